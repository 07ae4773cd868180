using System.Security.Claims;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Infrastructure.Identity;

namespace ThiDuaKhenThuong.Web.Features.Dossiers;

/// <summary>
/// The per-dossier check: role + unit scope + where the dossier stands. A unit sees its own dossiers; the Standing
/// Agency and the province's leaders see those that have been sent. Anything else is answered as "not found".
/// </summary>
public sealed record DossierViewer(Guid UserId, Guid? UnitId, IReadOnlySet<string> Roles)
{
    public static DossierViewer From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var unit = Guid.TryParse(user.FindFirstValue(PortalClaimsFactory.UnitIdClaim), out var u) ? u : (Guid?)null;
        var id = Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var i) ? i : Guid.Empty;
        return new DossierViewer(id, unit, Domain.Identity.Roles.All.Where(user.IsInRole).ToHashSet());
    }

    public bool IsUnitUser => Roles.Contains(Domain.Identity.Roles.UnitStaff) || Roles.Contains(Domain.Identity.Roles.UnitLeader);

    public bool IsProvinceUser => Roles.Contains(Domain.Identity.Roles.StandingOfficer) || Roles.Contains(Domain.Identity.Roles.StandingHead) || Roles.Contains(Domain.Identity.Roles.Leader);

    /// <summary>The Standing Agency (officers and its head): works the province's inbox, assigns and receives in bulk.</summary>
    public bool IsStandingAgency => Roles.Contains(Domain.Identity.Roles.StandingOfficer) || Roles.Contains(Domain.Identity.Roles.StandingHead);

    public bool CanView(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        // The Standing Agency sees a dossier once the unit has sent it, and keeps seeing it when it is returned.
        return (IsUnitUser && dossier.UnitId == UnitId) || (IsProvinceUser && dossier.SentAt is not null);
    }

    public bool CanEdit(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return Roles.Contains(Domain.Identity.Roles.UnitStaff) && dossier.UnitId == UnitId && dossier.IsEditable;
    }

    public bool CanCreate => Roles.Contains(Domain.Identity.Roles.UnitStaff) && UnitId is not null;
}
