using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.EmulationGroups;

/// <summary>The clusters and blocks of one year, with their members, leader and deputy on the year's reference day.</summary>
public static class ListGroups
{
    public sealed record Row(Guid Id, string Code, string Name, EmulationGroupKind Kind, int MemberCount, IReadOnlyList<string> Leaders, IReadOnlyList<string> Deputies);

    /// <param name="ReferenceDay">Today within the year; the first or last day for a future or past year.</param>
    public sealed record Model(int Year, IReadOnlyList<int> Years, DateOnly ReferenceDay, IReadOnlyList<Row> Groups, bool NextYearHasGroups);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<Model> HandleAsync(int? year, CancellationToken cancellationToken)
        {
            var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            var years = await db.EmulationGroups.Select(g => g.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
            var chosen = year is >= 1900 and <= 9998 ? year.Value : years.Where(y => y <= today.Year).DefaultIfEmpty(today.Year).Max();
            var day = chosen < today.Year ? new DateOnly(chosen, 12, 31) : chosen > today.Year ? new DateOnly(chosen, 1, 1) : today;

            var groups = await db.EmulationGroups.AsNoTracking().Where(g => g.Year == chosen)
                .OrderBy(g => g.Kind).ThenBy(g => g.Code)
                .Select(g => new
                {
                    g.Id, g.Code, g.Name, g.Kind,
                    Members = g.Members.Count(m => m.ValidFrom <= day && (m.ValidTo == null || day < m.ValidTo)),
                    Duties = g.Leaders.Where(l => l.ValidFrom <= day && (l.ValidTo == null || day < l.ValidTo))
                        .Select(l => new { l.Role, Name = db.Units.Where(u => u.Id == l.UnitId).Select(u => u.Name).FirstOrDefault() }).ToList(),
                })
                .ToListAsync(cancellationToken);
            var rows = groups.Select(g => new Row(
                g.Id, g.Code, g.Name, g.Kind, g.Members,
                g.Duties.Where(d => d.Role == GroupRole.Leader).Select(d => d.Name ?? string.Empty).ToList(),
                g.Duties.Where(d => d.Role == GroupRole.Deputy).Select(d => d.Name ?? string.Empty).ToList())).ToList();
            var allYears = years.Append(today.Year).Append(chosen).Distinct().OrderByDescending(y => y).ToList();
            return new Model(chosen, allYears, day, rows, years.Contains(chosen + 1));
        }
    }
}
