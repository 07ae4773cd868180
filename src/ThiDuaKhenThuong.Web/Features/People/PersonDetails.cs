using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.People;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.People;

public static class PersonDetails
{
    public sealed record Award(Guid Id, string Code, string Name, int Year, string DecisionNumber, DateOnly DecisionDate, string IssuingAuthority, AwardSource Source);

    public sealed record Model(Person Person, string UnitName, IReadOnlyList<Award> Awards, IReadOnlyList<(string Code, string Name)> AwardOptions, bool CanEdit);

    public sealed class Handler(AppDbContext db)
    {
        /// <summary>Null for a missing id and for another province's person alike.</summary>
        public async Task<Model?> HandleAsync(Guid id, System.Security.Claims.ClaimsPrincipal user, CancellationToken cancellationToken)
        {
            var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
            if (person is null)
            {
                return null;
            }

            var unitName = await db.Units.Where(u => u.Id == person.UnitId).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
            var history = await db.AwardHistory.AsNoTracking().Where(h => h.PersonId == id)
                .OrderByDescending(h => h.Year).ThenBy(h => h.AwardCode).ToListAsync(cancellationToken);
            var options = await AwardOptionsAsync(db, cancellationToken);
            var names = options.ToDictionary(o => o.Code, o => o.Name);
            var awards = history.Select(h => new Award(h.Id, h.AwardCode, names.GetValueOrDefault(h.AwardCode, h.AwardCode), h.Year,
                h.DecisionNumber, h.DecisionDate, h.IssuingAuthority, h.Source)).ToList();
            return new Model(person, unitName, awards, options, PeopleScope.CanEdit(user, person.UnitId));
        }

        public static async Task<IReadOnlyList<(string Code, string Name)>> AwardOptionsAsync(AppDbContext db, CancellationToken cancellationToken)
            => (await db.NationalAwardTypes.AsNoTracking().OrderBy(a => a.Level).ThenBy(a => a.Name).Select(a => new { a.Code, a.Name }).ToListAsync(cancellationToken))
                .Select(a => (a.Code, $"{a.Name} ({NationalCatalog.ShortNameOf(a.Code)})")).ToList();
    }
}
