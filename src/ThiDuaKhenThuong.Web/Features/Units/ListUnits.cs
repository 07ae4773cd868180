using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Features.Shared;

namespace ThiDuaKhenThuong.Web.Features.Units;

/// <summary>
/// The province's directory of units: search ignoring diacritics, filter by kind and cluster/block, sort, page.
/// With <see cref="Query.AsOf"/> it shows the organisation as it was on that day: the units that existed, under the
/// names and parents they had then, and the clusters/blocks they belonged to.
/// </summary>
public static partial class ListUnits
{
    public const int PageSize = 25;

    public sealed class Query
    {
        public string? Q { get; set; }

        public UnitKind? Kind { get; set; }

        public Guid? GroupId { get; set; }

        /// <summary>Xem theo ngày: null shows every unit, past and present, under its latest name.</summary>
        public DateOnly? AsOf { get; set; }

        public string? Sort { get; set; }

        public int Page { get; set; } = 1;
    }

    public sealed record Row(Guid Id, string Code, string Name, UnitKind Kind, string? ParentName, string? GroupName, DateOnly ValidFrom, DateOnly? ValidTo);

    public sealed record GroupOption(Guid Id, string Name);

    public sealed record Model(Query Query, Paged<Row> Units, IReadOnlyList<GroupOption> Groups, int GroupYear);

    public sealed partial class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<Model> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var year = query.AsOf?.Year ?? clock.GetLocalNow().Year;
            var groupYear = query.AsOf is null
                ? await db.EmulationGroups.Where(g => g.Year <= year).MaxAsync(g => (int?)g.Year, cancellationToken) ?? year
                : year;
            var groups = await db.EmulationGroups.Where(g => g.Year == groupYear)
                .OrderBy(g => g.Kind).ThenBy(g => g.Code)
                .Select(g => new GroupOption(g.Id, g.Name)).ToListAsync(cancellationToken);

            var units = query.AsOf is { } asOf ? AsOf(asOf) : Latest();
            if (!string.IsNullOrWhiteSpace(query.Q))
            {
                var pattern = "%" + LikePattern.Escape(query.Q.Trim()) + "%";
                units = units.Where(u => EF.Functions.ILike(EF.Functions.Unaccent(u.Name), EF.Functions.Unaccent(pattern), "\\")
                                         || EF.Functions.ILike(u.Code, pattern, "\\"));
            }

            if (query.Kind is { } kind)
            {
                units = units.Where(u => u.Kind == kind);
            }

            if (query.GroupId is { } groupId)
            {
                units = units.Where(u => Memberships(query.AsOf).Any(m => m.GroupId == groupId && m.UnitId == u.Id));
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
            var rows = await Project(units.Skip((page - 1) * PageSize).Take(PageSize), query.AsOf, groupYear).ToListAsync(cancellationToken);
            return new Model(query, new Paged<Row>(rows, page, PageSize, total), groups, groupYear);
        }
    }
}
