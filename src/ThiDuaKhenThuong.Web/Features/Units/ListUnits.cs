using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Features.Shared;

namespace ThiDuaKhenThuong.Web.Features.Units;

/// <summary>The province's directory of units: search ignoring diacritics, filter by kind and cluster/block, sort, page.</summary>
public static class ListUnits
{
    public const int PageSize = 25;

    public sealed class Query
    {
        public string? Q { get; set; }

        public UnitKind? Kind { get; set; }

        public Guid? GroupId { get; set; }

        public string? Sort { get; set; }

        public int Page { get; set; } = 1;
    }

    public sealed record Row(Guid Id, string Code, string Name, UnitKind Kind, string? ParentName, string? GroupName, DateOnly ValidFrom, DateOnly? ValidTo);

    public sealed record GroupOption(Guid Id, string Name);

    public sealed record Model(Query Query, Paged<Row> Units, IReadOnlyList<GroupOption> Groups);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<Model> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var year = clock.GetLocalNow().Year;
            var groupYear = await db.EmulationGroups.Where(g => g.Year <= year).MaxAsync(g => (int?)g.Year, cancellationToken) ?? year;
            var groups = await db.EmulationGroups.Where(g => g.Year == groupYear)
                .OrderBy(g => g.Kind).ThenBy(g => g.Code)
                .Select(g => new GroupOption(g.Id, g.Name)).ToListAsync(cancellationToken);

            var units = db.Units.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(query.Q))
            {
                var pattern = "%" + LikePattern.Escape(query.Q.Trim()) + "%";
                units = units.Where(u => EF.Functions.ILike(EF.Functions.Unaccent(u.Name), EF.Functions.Unaccent(pattern))
                                         || EF.Functions.ILike(u.Code, pattern));
            }

            if (query.Kind is { } kind)
            {
                units = units.Where(u => u.Kind == kind);
            }

            if (query.GroupId is { } groupId)
            {
                units = units.Where(u => db.EmulationGroupMembers.Any(m => m.GroupId == groupId && m.UnitId == u.Id));
            }

            units = query.Sort switch
            {
                "code" => units.OrderBy(u => u.Code),
                "kind" => units.OrderBy(u => u.Kind).ThenBy(u => u.Name),
                "-name" => units.OrderByDescending(u => u.Name),
                _ => units.OrderBy(u => u.Name),
            };

            var total = await units.CountAsync(cancellationToken);
            var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
            query.Page = page;
            var rows = await units.Skip((page - 1) * PageSize).Take(PageSize)
                .Select(u => new Row(
                    u.Id, u.Code, u.Name, u.Kind,
                    db.Units.Where(p => p.Id == u.ParentId).Select(p => p.Name).FirstOrDefault(),
                    db.EmulationGroupMembers.Where(m => m.UnitId == u.Id)
                        .Join(db.EmulationGroups.Where(g => g.Year == groupYear), m => m.GroupId, g => g.Id, (m, g) => g.Name)
                        .FirstOrDefault(),
                    u.ValidFrom, u.ValidTo))
                .ToListAsync(cancellationToken);
            return new Model(query, new Paged<Row>(rows, page, PageSize, total), groups);
        }
    }
}
