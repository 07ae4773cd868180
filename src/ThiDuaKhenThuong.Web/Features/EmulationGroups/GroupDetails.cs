using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Features.Organisation;

namespace ThiDuaKhenThuong.Web.Features.EmulationGroups;

/// <summary>A cluster or block of one year: its members over the year, its leader and deputy, and the forms to change them.</summary>
public static class GroupDetails
{
    public sealed record MemberRow(Guid UnitId, string Code, string Name, DateOnly From, DateOnly? To, DateOnly? UnitClosedOn);

    public sealed record DutyRow(Guid Id, GroupRole Role, Guid UnitId, string UnitName, DateOnly From, DateOnly? To);

    public sealed class Model
    {
        public required EmulationGroup Group { get; init; }

        public required IReadOnlyList<MemberRow> Members { get; init; }

        public required IReadOnlyList<DutyRow> Duties { get; init; }

        /// <summary>Units that may join: active in the year and not members at its end.</summary>
        public required IReadOnlyList<UnitOption> Candidates { get; init; }

        public GroupForms.AddMember AddMember { get; set; } = new();

        public GroupForms.AssignDuty AssignDuty { get; set; } = new();

        public IEnumerable<UnitOption> MemberUnits => Members.DistinctBy(m => m.UnitId).Select(m => new UnitOption(m.UnitId, m.Code, m.Name)).OrderBy(u => u.Name);
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        /// <summary>A group of the current province, or null.</summary>
        public async Task<Model?> HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var group = await db.EmulationGroups.AsNoTracking().Include(g => g.Members).Include(g => g.Leaders).AsSplitQuery()
                .FirstOrDefaultAsync(g => g.Id == id, cancellationToken);
            if (group is null)
            {
                return null;
            }

            var unitIds = group.Members.Select(m => m.UnitId).Concat(group.Leaders.Select(l => l.UnitId)).Distinct().ToList();
            var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, cancellationToken);
            var members = group.Members
                .Select(m => new MemberRow(m.UnitId, units[m.UnitId].Code, units[m.UnitId].Name, m.ValidFrom, m.ValidTo, units[m.UnitId].ValidTo))
                .OrderBy(m => m.Name, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false)).ThenBy(m => m.From).ToList();
            var duties = group.Leaders.OrderBy(l => l.Role).ThenBy(l => l.ValidFrom)
                .Select(l => new DutyRow(l.Id, l.Role, l.UnitId, units[l.UnitId].Name, l.ValidFrom, l.ValidTo)).ToList();
            var lastDay = new DateOnly(group.Year, 12, 31);
            var openAtEnd = group.Members.Where(m => m.ValidTo is null).Select(m => m.UnitId).ToList();
            var candidates = await db.Units.AsNoTracking()
                .Where(u => u.ValidFrom <= lastDay && (u.ValidTo == null || u.ValidTo > group.FirstDay) && !openAtEnd.Contains(u.Id))
                .OrderBy(u => u.Name).Select(u => new UnitOption(u.Id, u.Code, u.Name)).ToListAsync(cancellationToken);

            var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            var start = today.Year == group.Year ? today : group.FirstDay;
            return new Model
            {
                Group = group,
                Members = members,
                Duties = duties,
                Candidates = candidates,
                AddMember = new GroupForms.AddMember { From = start },
                AssignDuty = new GroupForms.AssignDuty { From = group.FirstDay },
            };
        }
    }
}
