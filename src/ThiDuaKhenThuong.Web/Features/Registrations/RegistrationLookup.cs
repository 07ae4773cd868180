using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Registrations;

/// <summary>Shared reads of title registrations: the award choices, and which nominations of a dossier were registered.</summary>
public static class RegistrationLookup
{
    public static string KindLabel(NomineeKind kind) => kind == NomineeKind.Person ? "Cá nhân" : "Tập thể";

    /// <summary>
    /// The nominations of <paramref name="dossier"/> whose nominee was registered for the same award in the dossier's
    /// year: by registry entry anywhere in the province, or by typed name in the dossier's unit.
    /// </summary>
    public static async Task<IReadOnlySet<Guid>> RegisteredAsync(AppDbContext db, Dossier dossier, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(dossier);
        if (dossier.Nominations.Count == 0)
        {
            return new HashSet<Guid>();
        }

        var codes = dossier.Nominations.Select(n => n.AwardCode).Distinct().ToList();
        var ids = dossier.Nominations.Select(n => (Guid?)n.Nominee.Id).Distinct().ToList();
        var registrations = await db.TitleRegistrations.AsNoTracking()
            .Where(r => r.Year == dossier.Year && codes.Contains(r.AwardCode) && (ids.Contains(r.NomineeId) || (r.NomineeId == null && r.UnitId == dossier.UnitId)))
            .ToListAsync(cancellationToken);
        return dossier.Nominations
            .Where(n => registrations.Any(r => r.AwardCode == n.AwardCode && r.Covers(n.Nominee)))
            .Select(n => n.Id).ToHashSet();
    }

    /// <summary>Awards a unit can register for a kind of nominee, as (code, label).</summary>
    public static IReadOnlyList<(string Code, string Name)> AwardChoices(IEnumerable<AwardType> awards, NomineeKind? kind = null)
        => [.. awards.Where(a => kind is null || a.IsFor(kind == NomineeKind.Person ? RecipientKinds.Individual : RecipientKinds.Collective))
            .Select(a => (a.Code, $"{a.Name} ({a.ShortName})"))];
}
