using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Organisation.Scoring;
using ThiDuaKhenThuong.Domain.Tenancy;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Infrastructure.Seeding;

/// <summary>
/// The 2025 scoring sheet of every demo cluster and block (the default sheet), so that the leader unit's staff can run
/// the year in the browser. A cluster that already has criteria is left alone.
/// </summary>
public sealed class ClusterYearDemoStep(AppDbContext db) : IDemoSeedStep
{
    public const int Year = 2025;

    public int Order => 60;

    public async Task SeedAsync(Tenant province, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(province);
        var groups = await db.EmulationGroups.Where(g => g.Year == Year && !db.ScoringCriteria.Any(c => c.GroupId == g.Id))
            .Select(g => g.Id).ToListAsync(cancellationToken);
        foreach (var groupId in groups)
        {
            db.ScoringCriteria.AddRange(DefaultScoringSheet.Lines.Select((line, i) => new ScoringCriterion(
                province.Id, Guid.CreateVersion7(), groupId, i + 1, line.Section, line.Title, line.Kind, line.MaxPoints, line.Evidence)));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
