using System.Security.Claims;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Domain.Reporting;
using ThiDuaKhenThuong.Infrastructure.Identity;

namespace ThiDuaKhenThuong.Web.Features.Reports;

/// <summary>
/// Who may see and write which report: the Standing Agency writes and publishes every scope, the province's leaders
/// read every scope, a unit leader writes and reads the reports of their own unit only. Anything else is "not found".
/// </summary>
public sealed record ReportViewer(Guid UserId, string FullName, Guid? UnitId, IReadOnlySet<string> Roles)
{
    public static ReportViewer From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var unit = Guid.TryParse(user.FindFirstValue(PortalClaimsFactory.UnitIdClaim), out var u) ? u : (Guid?)null;
        var id = Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var i) ? i : Guid.Empty;
        return new ReportViewer(id, user.FindFirstValue(PortalClaimsFactory.FullNameClaim) ?? user.Identity?.Name ?? string.Empty, unit, Domain.Identity.Roles.All.Where(user.IsInRole).ToHashSet());
    }

    public bool IsStandingAgency => Roles.Contains(Domain.Identity.Roles.StandingOfficer) || Roles.Contains(Domain.Identity.Roles.StandingHead);

    public bool SeesProvince => IsStandingAgency || Roles.Contains(Domain.Identity.Roles.Leader);

    public bool IsUnitLeader => Roles.Contains(Domain.Identity.Roles.UnitLeader) && UnitId is not null;

    public bool CanView(ReportScopeKind kind, Guid? scopeId) => SeesProvince || OwnUnit(kind, scopeId);

    public bool CanWrite(ReportScopeKind kind, Guid? scopeId) => IsStandingAgency || OwnUnit(kind, scopeId);

    private bool OwnUnit(ReportScopeKind kind, Guid? scopeId) => IsUnitLeader && kind == ReportScopeKind.Unit && scopeId == UnitId;
}
