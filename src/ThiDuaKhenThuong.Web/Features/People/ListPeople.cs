using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.People;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Features.Shared;

namespace ThiDuaKhenThuong.Web.Features.People;

/// <summary>People who can be nominated: search ignoring diacritics ("nguyen van a" finds "Nguyễn Văn A"), filters, sort, pages.</summary>
public static class ListPeople
{
    public const int PageSize = 25;

    public sealed class Query
    {
        public string? Q { get; set; }

        public Guid? UnitId { get; set; }

        public bool DirectWorker { get; set; }

        public bool Leader { get; set; }

        public bool EthnicMinority { get; set; }

        public string? Sort { get; set; }

        public int Page { get; set; } = 1;
    }

    public sealed record Row(Guid Id, string FullName, Gender Gender, int? BirthYear, string? Position, string UnitName, int Awards);

    public sealed record UnitOption(Guid Id, string Name);

    public sealed record Model(Query Query, Paged<Row> People, IReadOnlyList<UnitOption> Units);

    public sealed class Handler(AppDbContext db)
    {
        public async Task<Model> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var units = await db.Units.AsNoTracking().OrderBy(u => u.Name).Select(u => new UnitOption(u.Id, u.Name)).ToListAsync(cancellationToken);
            var people = db.People.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(query.Q))
            {
                var text = query.Q.Trim();
                var pattern = "%" + LikePattern.Escape(text.ToLowerInvariant()) + "%";

                // Same expression as the trigram index ix_people_tenant_id_name_trgm, so the index serves the search.
                people = people.Where(p => EF.Functions.ILike(AppDbContext.Unaccent(p.FullName.ToLower()), AppDbContext.Unaccent(pattern), "\\")
                                           || p.NationalId == text);
            }

            if (query.UnitId is { } unitId)
            {
                people = people.Where(p => p.UnitId == unitId);
            }

            if (query.DirectWorker)
            {
                people = people.Where(p => p.IsDirectWorker);
            }

            if (query.Leader)
            {
                people = people.Where(p => p.LeaderLevel != LeaderLevel.None);
            }

            if (query.EthnicMinority)
            {
                people = people.Where(p => p.IsEthnicMinority);
            }

            people = query.Sort switch
            {
                "-name" => people.OrderByDescending(p => p.FullName),
                "birth" => people.OrderBy(p => p.BirthYear).ThenBy(p => p.FullName),
                "unit" => people.OrderBy(p => db.Units.Where(u => u.Id == p.UnitId).Select(u => u.Name).FirstOrDefault()).ThenBy(p => p.FullName),
                _ => people.OrderBy(p => p.FullName).ThenBy(p => p.Id),
            };

            var total = await people.CountAsync(cancellationToken);
            var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
            query.Page = page;
            var rows = await people.Skip((page - 1) * PageSize).Take(PageSize)
                .Select(p => new Row(p.Id, p.FullName, p.Gender, p.BirthYear, p.Position,
                    db.Units.Where(u => u.Id == p.UnitId).Select(u => u.Name).FirstOrDefault() ?? "",
                    db.AwardHistory.Count(h => h.PersonId == p.Id)))
                .ToListAsync(cancellationToken);
            return new Model(query, new Paged<Row>(rows, page, PageSize, total), units);
        }
    }
}
