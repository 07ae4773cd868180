using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Units;

/// <summary>The two views of the directory: every unit under its latest name, or the units of one day as they were.</summary>
public static partial class ListUnits
{
    /// <summary>A unit as listed: a class with setters, so that EF Core can filter and sort after projecting.</summary>
    public sealed class UnitView
    {
        public Guid Id { get; init; }

        public string Code { get; init; } = string.Empty;

        public string Name { get; init; } = string.Empty;

        public UnitKind Kind { get; init; }

        public Guid? ParentId { get; init; }

        public DateOnly ValidFrom { get; init; }

        public DateOnly? ValidTo { get; init; }
    }

    public sealed partial class Handler
    {
        private IQueryable<UnitView> Latest() => db.Units.AsNoTracking().Select(u => new UnitView
        {
            Id = u.Id, Code = u.Code, Name = u.Name, Kind = u.Kind, ParentId = u.ParentId, ValidFrom = u.ValidFrom, ValidTo = u.ValidTo,
        });

        private IQueryable<UnitView> AsOf(DateOnly day) =>
            from n in db.UnitNames.AsNoTracking()
            where n.ValidFrom <= day && (n.ValidTo == null || day < n.ValidTo)
            join u in db.Units.AsNoTracking() on n.UnitId equals u.Id
            where u.ValidFrom <= day && (u.ValidTo == null || day < u.ValidTo)
            select new UnitView
            {
                Id = u.Id,
                Code = u.Code,
                Name = n.Name,
                Kind = u.Kind,
                ParentId = db.UnitParents.Where(p => p.UnitId == u.Id && p.ValidFrom <= day && (p.ValidTo == null || day < p.ValidTo))
                    .Select(p => p.ParentId).FirstOrDefault(),
                ValidFrom = u.ValidFrom,
                ValidTo = u.ValidTo,
            };

        /// <summary>Memberships on the day, or any membership when no day is chosen.</summary>
        private IQueryable<EmulationGroupMember> Memberships(DateOnly? day) => day is { } d
            ? db.EmulationGroupMembers.Where(m => m.ValidFrom <= d && (m.ValidTo == null || d < m.ValidTo))
            : db.EmulationGroupMembers;

        private IQueryable<Row> Project(IQueryable<UnitView> page, DateOnly? day, int groupYear)
        {
            var groups = db.EmulationGroups.Where(g => g.Year == groupYear);
            var memberships = Memberships(day);
            return day is { } d
                ? page.Select(u => new Row(
                    u.Id, u.Code, u.Name, u.Kind,
                    db.UnitNames.Where(n => n.UnitId == u.ParentId && n.ValidFrom <= d && (n.ValidTo == null || d < n.ValidTo)).Select(n => n.Name).FirstOrDefault(),
                    memberships.Where(m => m.UnitId == u.Id).Join(groups, m => m.GroupId, g => g.Id, (m, g) => g.Name).FirstOrDefault(),
                    u.ValidFrom, u.ValidTo))
                : page.Select(u => new Row(
                    u.Id, u.Code, u.Name, u.Kind,
                    db.Units.Where(p => p.Id == u.ParentId).Select(p => p.Name).FirstOrDefault(),
                    memberships.Where(m => m.UnitId == u.Id).Join(groups, m => m.GroupId, g => g.Id, (m, g) => g.Name).FirstOrDefault(),
                    u.ValidFrom, u.ValidTo));
        }
    }
}
