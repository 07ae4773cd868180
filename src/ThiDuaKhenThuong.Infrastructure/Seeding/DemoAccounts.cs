using ThiDuaKhenThuong.Domain.Identity;

namespace ThiDuaKhenThuong.Infrastructure.Seeding;

/// <summary>One account per role in each demo province (Development only); listed in the README and by the run script.</summary>
public static class DemoAccounts
{
    /// <summary>The development-only password of every demo account. Never seeded outside Development.</summary>
    public const string Password = "ThiDua@2025-demo";

    public static IReadOnlyList<DemoAccount> All { get; } =
    [
        new("tb.canbo", Roles.UnitStaff, DemoTenants.ThaiBinhCode, "SYT", "Nguyễn Thị Lan"),
        new("tb.thutruong", Roles.UnitLeader, DemoTenants.ThaiBinhCode, "SYT", "Trần Văn Hùng"),
        new("tb.chuyenvien", Roles.StandingOfficer, DemoTenants.ThaiBinhCode, "BTDKT", "Phạm Thu Hà"),
        new("tb.truongban", Roles.StandingHead, DemoTenants.ThaiBinhCode, "BTDKT", "Lê Minh Tuấn"),
        new("tb.hoidong", Roles.CouncilMember, DemoTenants.ThaiBinhCode, "SNV", "Vũ Đức Thắng"),
        new("tb.lanhdao", Roles.Leader, DemoTenants.ThaiBinhCode, "UBND", "Đặng Quốc Khánh"),
        new("tb.quantri", Roles.TenantAdmin, DemoTenants.ThaiBinhCode, "BTDKT", "Hoàng Anh Dũng"),

        // The leader (khối trưởng) and deputy (khối phó) units of the culture and society block in 2025: they run
        // and cross-score the block's year in the demo.
        new("tb.khoitruong", Roles.UnitStaff, DemoTenants.ThaiBinhCode, "BAOTB", "Đinh Thị Ngọc"),
        new("tb.khoitruong.tt", Roles.UnitLeader, DemoTenants.ThaiBinhCode, "BAOTB", "Cao Văn Phúc"),
        new("tb.khoipho", Roles.UnitStaff, DemoTenants.ThaiBinhCode, "DAITB", "Lương Thị Huyền"),
        new("hy.canbo", Roles.UnitStaff, DemoTenants.HungYenCode, "SYT", "Đỗ Thị Mai"),
        new("hy.thutruong", Roles.UnitLeader, DemoTenants.HungYenCode, "SYT", "Bùi Văn Nam"),
        new("hy.chuyenvien", Roles.StandingOfficer, DemoTenants.HungYenCode, "BTDKT", "Ngô Thị Hằng"),
        new("hy.truongban", Roles.StandingHead, DemoTenants.HungYenCode, "BTDKT", "Phan Văn Long"),
        new("hy.hoidong", Roles.CouncilMember, DemoTenants.HungYenCode, "SNV", "Trịnh Văn Sơn"),
        new("hy.lanhdao", Roles.Leader, DemoTenants.HungYenCode, "UBND", "Lý Thị Thu"),
        new("hy.quantri", Roles.TenantAdmin, DemoTenants.HungYenCode, "BTDKT", "Mai Xuân Trường"),
        new("sysadmin", Roles.SystemAdmin, null, null, "Quản trị hệ thống"),
        .. CouncilDemo.ThaiBinhSeatAccounts(),
    ];
}

/// <param name="Compact">Printed with its series on one line (tb.hoidong02 … tb.hoidong18) by <c>demo-accounts</c>.</param>
public sealed record DemoAccount(string UserName, string Role, string? TenantCode, string? UnitCode, string FullName, bool Compact = false);

public static class DemoTenants
{
    public const string ThaiBinhCode = "thai-binh";
    public const string HungYenCode = "hung-yen";
}
