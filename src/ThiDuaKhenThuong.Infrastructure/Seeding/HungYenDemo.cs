using ThiDuaKhenThuong.Domain.Organisation;

namespace ThiDuaKhenThuong.Infrastructure.Seeding;

/// <summary>A small second province, so that every page can be checked for leaks between provinces.</summary>
internal static class HungYenDemo
{
    public static IReadOnlyList<DemoUnitRow> Units { get; } =
    [
        new("UBND", "Ủy ban nhân dân tỉnh Hưng Yên", UnitKind.ProvinceGovernment, null, null),
        new("SNV", "Sở Nội vụ tỉnh Hưng Yên", UnitKind.Department, "UBND", "K-TONGHOP"),
        new("BTDKT", "Ban Thi đua - Khen thưởng tỉnh Hưng Yên", UnitKind.StandingAgency, "SNV", null),
        new("STC", "Sở Tài chính tỉnh Hưng Yên", UnitKind.Department, "UBND", "K-TONGHOP"),
        new("SYT", "Sở Y tế tỉnh Hưng Yên", UnitKind.Department, "UBND", "K-VHXH"),
        new("SGDDT", "Sở Giáo dục và Đào tạo tỉnh Hưng Yên", UnitKind.Department, "UBND", "K-VHXH"),
        new("TPHY", "Ủy ban nhân dân thành phố Hưng Yên", UnitKind.Locality, "UBND", "C-1"),
        new("TXMH", "Ủy ban nhân dân thị xã Mỹ Hào", UnitKind.Locality, "UBND", "C-1"),
    ];

    public static IReadOnlyList<DemoGroupRow> Groups { get; } =
    [
        new("K-TONGHOP", "Khối các cơ quan tổng hợp (Hưng Yên)", EmulationGroupKind.Block),
        new("K-VHXH", "Khối các cơ quan văn hóa - xã hội (Hưng Yên)", EmulationGroupKind.Block),
        new("C-1", "Cụm thi đua số 1 (Hưng Yên)", EmulationGroupKind.Cluster),
    ];
}
