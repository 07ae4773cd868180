using ThiDuaKhenThuong.Domain.Organisation;

namespace ThiDuaKhenThuong.Domain.Tests.Organisation;

internal static class OrganisationTestData
{
    public static readonly Guid Province = Guid.Parse("22222222-2222-2222-2222-222222222222");
    public static readonly DateOnly Start = new(2021, 1, 1);
    public static readonly DateOnly Reform = new(2025, 7, 1);
    public static readonly DecisionReference Decision = new("202/2025/QH15", new DateOnly(2025, 6, 12));

    public static Unit NewUnit(string code, string name, Unit? parent = null, DateOnly? from = null, UnitKind kind = UnitKind.Locality)
        => new(Province, Guid.CreateVersion7(), code, name, kind, parent?.Id, from ?? Start);

    public static DateOnly D(int year, int month, int day) => new(year, month, day);
}
