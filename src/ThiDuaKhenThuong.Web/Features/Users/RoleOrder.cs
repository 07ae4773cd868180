using ThiDuaKhenThuong.Domain.Identity;

namespace ThiDuaKhenThuong.Web.Features.Users;

/// <summary>Roles always read in the same order (the order of <see cref="Roles.All"/>), whatever order the database returns.</summary>
public static class RoleOrder
{
    public static IReadOnlyList<string> Sort(IEnumerable<string> roles)
        => roles.OrderBy(r => Roles.All.ToList().IndexOf(r) is var i && i < 0 ? int.MaxValue : i).ToList();
}
