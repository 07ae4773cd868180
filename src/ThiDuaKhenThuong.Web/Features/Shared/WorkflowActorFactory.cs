using System.Security.Claims;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Identity;
using ThiDuaKhenThuong.Infrastructure.Tenancy;

namespace ThiDuaKhenThuong.Web.Features.Shared;

/// <summary>The workflow actor of the signed-in user, from the account's claims (never from form fields).</summary>
public static class WorkflowActorFactory
{
    public static WorkflowActor? From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId) || TenantContext.FromUser(user) is not { } tenantId)
        {
            return null;
        }

        Guid? unitId = Guid.TryParse(user.FindFirstValue(PortalClaimsFactory.UnitIdClaim), out var unit) ? unit : null;
        return new WorkflowActor(userId, tenantId, [.. Domain.Identity.Roles.All.Where(user.IsInRole)], unitId);
    }

    public static Guid? UserId(ClaimsPrincipal user)
        => Guid.TryParse(user?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;
}
