using System.Security.Claims;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Infrastructure.Identity;

namespace ThiDuaKhenThuong.Web.Features.People;

/// <summary>Who may edit whom: the administrator and the Standing Agency the whole province, unit staff their own unit.</summary>
public static class PeopleScope
{
    /// <summary>True when the user may edit records of <paramref name="unitId"/>.</summary>
    public static bool CanEdit(ClaimsPrincipal user, Guid unitId)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.IsInRole(Roles.TenantAdmin) || user.IsInRole(Roles.StandingOfficer))
        {
            return true;
        }

        return user.IsInRole(Roles.UnitStaff)
               && Guid.TryParse(user.FindFirstValue(PortalClaimsFactory.UnitIdClaim), out var own) && own == unitId;
    }

    /// <summary>The unit to which new records are limited, or null for the whole province.</summary>
    public static Guid? OwnUnitOnly(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.TenantAdmin) || user.IsInRole(Roles.StandingOfficer)
            ? null
            : Guid.TryParse(user.FindFirstValue(PortalClaimsFactory.UnitIdClaim), out var own) ? own : Guid.Empty;
    }
}
