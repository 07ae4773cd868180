namespace ThiDuaKhenThuong.Domain.Identity;

/// <summary>The portal's roles (DOMAIN.md §2). Code names are English; the UI shows <see cref="Label"/>.</summary>
public static class Roles
{
    public const string UnitStaff = nameof(UnitStaff);
    public const string UnitLeader = nameof(UnitLeader);
    public const string StandingOfficer = nameof(StandingOfficer);
    public const string StandingHead = nameof(StandingHead);
    public const string CouncilMember = nameof(CouncilMember);
    public const string Leader = nameof(Leader);
    public const string TenantAdmin = nameof(TenantAdmin);
    public const string SystemAdmin = nameof(SystemAdmin);

    public static IReadOnlyList<string> All { get; } =
    [
        UnitStaff, UnitLeader, StandingOfficer, StandingHead, CouncilMember, Leader, TenantAdmin, SystemAdmin,
    ];

    public static string Label(string role) => role switch
    {
        UnitStaff => "Cán bộ làm công tác TĐKT của đơn vị",
        UnitLeader => "Thủ trưởng đơn vị",
        StandingOfficer => "Chuyên viên Cơ quan Thường trực",
        StandingHead => "Lãnh đạo Cơ quan Thường trực",
        CouncilMember => "Thành viên Hội đồng TĐKT",
        Leader => "Lãnh đạo UBND tỉnh",
        TenantAdmin => "Quản trị của tỉnh",
        SystemAdmin => "Quản trị hệ thống",
        _ => role,
    };
}
