using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Domain.Reporting;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Infrastructure.Reporting;

/// <summary>
/// The small cubes forms 0601, 0604 and 0605 are counted from, each one GROUP BY in the database for the current
/// province (row security and the tenant filter): campaigns by level, kind and duration; emulation staff by their
/// traits as of the report day; units in place on that day by kind with their staff.
/// </summary>
public sealed class OrganisationFormsQuery(AppDbContext db)
{
    /// <summary>Campaigns whose years cover the period's year, or with a milestone in the period.</summary>
    public async Task<IReadOnlyList<CampaignCubeRow>> CampaignCubeAsync(ReportPeriod period, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(period);
        var (from, to, year) = (period.From, period.To, period.Year);
        var rows = await db.Campaigns.AsNoTracking()
            .GroupBy(c => new { c.Level, c.Kind, MultiYear = c.FromYear != c.ToYear })
            .Select(g => new
            {
                g.Key.Level,
                g.Key.Kind,
                g.Key.MultiYear,
                InEffect = g.Count(c => c.FromYear <= year && c.ToYear >= year),
                Launched = g.Count(c => c.LaunchDate >= from && c.LaunchDate <= to),
                Preliminary = g.Count(c => c.PreliminaryReviewDate >= from && c.PreliminaryReviewDate <= to),
                Final = g.Count(c => c.FinalReviewDate >= from && c.FinalReviewDate <= to),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new CampaignCubeRow(r.Level, r.Kind, r.MultiYear, r.InEffect, r.Launched, r.Preliminary, r.Final))];
    }

    /// <summary>Staff in the work on <paramref name="asOf"/>, grouped by unit kind and every trait form 0605 splits by.</summary>
    public async Task<IReadOnlyList<StaffCubeRow>> StaffCubeAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        var year = asOf.Year;
        var rows = await ActiveStaff(asOf)
            .Join(db.Units.AsNoTracking(), s => s.UnitId, u => u.Id, (s, u) => new { s, u.Kind })
            .GroupBy(x => new
            {
                x.Kind,
                x.s.FullTime,
                x.s.Sex,
                Age = year - x.s.BirthYear,
                x.s.Education,
                x.s.PoliticalTheory,
                Years = year - x.s.StartedYear,
            })
            .Select(g => new { g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new StaffCubeRow(r.Key.Kind, r.Key.FullTime, r.Key.Sex, r.Key.Age, r.Key.Education, r.Key.PoliticalTheory, r.Key.Years, r.Count))];
    }

    /// <summary>
    /// Per unit kind: the units in place on <paramref name="asOf"/>, those of them with staff in the work, and the
    /// staff full-time / part-time (counted under their unit's kind).
    /// </summary>
    public async Task<IReadOnlyList<OrganisationCubeRow>> OrganisationCubeAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        var staff = ActiveStaff(asOf);
        var units = await db.Units.AsNoTracking()
            .Where(u => u.ValidFrom <= asOf && (u.ValidTo == null || asOf < u.ValidTo))
            .GroupBy(u => u.Kind)
            .Select(g => new { Kind = g.Key, Units = g.Count(), WithStaff = g.Count(u => staff.Any(s => s.UnitId == u.Id)) })
            .ToListAsync(cancellationToken);
        var people = await staff
            .Join(db.Units.AsNoTracking(), s => s.UnitId, u => u.Id, (s, u) => new { s.FullTime, u.Kind })
            .GroupBy(x => x.Kind)
            .Select(g => new { Kind = g.Key, FullTime = g.Count(x => x.FullTime), PartTime = g.Count(x => !x.FullTime) })
            .ToListAsync(cancellationToken);
        return [.. units.Select(u => u.Kind).Union(people.Select(p => p.Kind)).Select(kind =>
        {
            var u = units.FirstOrDefault(x => x.Kind == kind);
            var p = people.FirstOrDefault(x => x.Kind == kind);
            return new OrganisationCubeRow(kind, u?.Units ?? 0, u?.WithStaff ?? 0, p?.FullTime ?? 0, p?.PartTime ?? 0);
        })];
    }

    /// <summary>Whether a council term covers the day, and how many standing agencies are in place on it.</summary>
    public async Task<(bool CouncilInTerm, int StandingAgencies)> BodiesAsync(DateOnly asOf, CancellationToken cancellationToken)
    {
        var council = await db.CouncilTerms.AsNoTracking().AnyAsync(t => t.StartsOn <= asOf && asOf <= t.EndsOn, cancellationToken);
        var standing = await db.Units.AsNoTracking()
            .CountAsync(u => u.Kind == UnitKind.StandingAgency && u.ValidFrom <= asOf && (u.ValidTo == null || asOf < u.ValidTo), cancellationToken);
        return (council, standing);
    }

    private IQueryable<EmulationStaffMember> ActiveStaff(DateOnly asOf)
        => db.EmulationStaff.AsNoTracking().Where(s => s.StartedYear <= asOf.Year && (s.LeftOn == null || asOf < s.LeftOn));
}
