using System.Security.Claims;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Infrastructure.Identity;

namespace ThiDuaKhenThuong.Web.Features.Shared;

/// <summary>What the layout shows about the signed-in account (taken from its server-side session).</summary>
public sealed record CurrentUser(string FullName, string? TenantName, string? UnitName, IReadOnlyList<string> Roles)
{
    public static CurrentUser? From(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var roles = Domain.Identity.Roles.All.Where(principal.IsInRole).ToList();
        return new CurrentUser(
            principal.FindFirstValue(PortalClaimsFactory.FullNameClaim) ?? principal.Identity.Name ?? string.Empty,
            principal.FindFirstValue(PortalClaimsFactory.TenantNameClaim),
            principal.FindFirstValue(PortalClaimsFactory.UnitNameClaim),
            roles);
    }

    public bool Is(string role) => Roles.Contains(role);

    public bool HasTenant => !string.IsNullOrEmpty(TenantName);

    public string RoleLabels => string.Join(", ", Roles.Select(Domain.Identity.Roles.Label));
}
