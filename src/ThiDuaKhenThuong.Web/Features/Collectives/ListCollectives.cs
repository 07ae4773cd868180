using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.People;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Features.People;
using PersonDetails = ThiDuaKhenThuong.Web.Features.People.PersonDetails;
using ThiDuaKhenThuong.Web.Features.Shared;

namespace ThiDuaKhenThuong.Web.Features.Collectives;

/// <summary>Collectives, households and enterprises that can be nominated, with their award history.</summary>
public static class ListCollectives
{
    public const int PageSize = 25;

    public sealed class Query
    {
        public string? Q { get; set; }

        public CollectiveKind? Kind { get; set; }

        public int Page { get; set; } = 1;
    }

    public sealed record Row(Guid Id, string Name, CollectiveKind Kind, string UnitName, int Awards);

    public sealed record Model(Query Query, Paged<Row> Collectives);

    public sealed record DetailsModel(
        Collective Collective, string UnitName, IReadOnlyList<PersonDetails.Award> Awards, IReadOnlyList<(string Code, string Name)> AwardOptions, bool CanEdit);

    public sealed class Handler(AppDbContext db)
    {
        public async Task<Model> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var collectives = db.Collectives.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(query.Q))
            {
                var pattern = "%" + LikePattern.Escape(query.Q.Trim()) + "%";
                collectives = collectives.Where(c => EF.Functions.ILike(EF.Functions.Unaccent(c.Name), EF.Functions.Unaccent(pattern), "\\"));
            }

            if (query.Kind is { } kind)
            {
                collectives = collectives.Where(c => c.Kind == kind);
            }

            var total = await collectives.CountAsync(cancellationToken);
            var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
            query.Page = page;
            var rows = await collectives.OrderBy(c => c.Name).ThenBy(c => c.Id).Skip((page - 1) * PageSize).Take(PageSize)
                .Select(c => new Row(c.Id, c.Name, c.Kind,
                    db.Units.Where(u => u.Id == c.UnitId).Select(u => u.Name).FirstOrDefault() ?? "",
                    db.AwardHistory.Count(h => h.CollectiveId == c.Id)))
                .ToListAsync(cancellationToken);
            return new Model(query, new Paged<Row>(rows, page, PageSize, total));
        }

        /// <summary>Null for a missing id and for another province's collective alike.</summary>
        public async Task<DetailsModel?> DetailsAsync(Guid id, System.Security.Claims.ClaimsPrincipal user, CancellationToken cancellationToken)
        {
            var collective = await db.Collectives.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
            if (collective is null)
            {
                return null;
            }

            var unitName = await db.Units.Where(u => u.Id == collective.UnitId).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
            var history = await db.AwardHistory.AsNoTracking().Where(h => h.CollectiveId == id)
                .OrderByDescending(h => h.Year).ThenBy(h => h.AwardCode).ToListAsync(cancellationToken);
            var options = await PersonDetails.Handler.AwardOptionsAsync(db, cancellationToken);
            var awards = history.Select(h => new PersonDetails.Award(h.Id, h.AwardCode, NationalCatalog.ShortNameOf(h.AwardCode), h.Year,
                h.DecisionNumber, h.DecisionDate, h.IssuingAuthority, h.Source)).ToList();
            return new DetailsModel(collective, unitName, awards, options, PeopleScope.CanEdit(user, collective.UnitId));
        }
    }
}
