using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.People;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Catalog;

/// <summary>
/// Judges a person of the registry for an award and year under the rule set in force on the chosen date. What the
/// portal does not record yet (initiatives, discipline, ratings, counts) is "not supplied", so those rules say Unknown.
/// A year is taken as documented when the person has at least one award recorded in it: a title missing in such a
/// year is a gap (Fail), in any other year missing data (Unknown).
/// </summary>
public static class CheckEligibility
{
    public sealed class Query
    {
        public Guid? PersonId { get; set; }

        public string? Award { get; set; }

        public int? Year { get; set; }

        public DateOnly? Date { get; set; }
    }

    public sealed record Option(string Value, string Label);

    public sealed record Model(Query Query, IReadOnlyList<Option> People, IReadOnlyList<Option> Awards, string? PersonName, EligibilityReport? Report, string? Error);

    public sealed class Handler(AppDbContext db, ReadCatalog.Handler catalog, TimeProvider clock)
    {
        public async Task<Model> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var data = await catalog.HandleAsync(cancellationToken);
            var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            query.Year ??= today.Year - 1;
            query.Date ??= today;
            var people = await db.People.AsNoTracking().OrderBy(p => p.FullName)
                .Select(p => new Option(p.Id.ToString(), p.FullName + (p.BirthYear != null ? " (" + p.BirthYear + ")" : "")))
                .ToListAsync(cancellationToken);
            var awards = data.AwardTypes.Where(a => a.IsFor(RecipientKinds.Individual)).Select(a => new Option(a.Code, a.Name)).ToList();
            if (query.PersonId is not { } personId || string.IsNullOrEmpty(query.Award))
            {
                return new Model(query, people, awards, null, null, null);
            }

            var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == personId, cancellationToken);
            var award = data.Award(query.Award);
            if (person is null || award is null)
            {
                return new Model(query, people, awards, null, null, "Không tìm thấy cá nhân hoặc danh hiệu đã chọn.");
            }

            if (query.Year is < 1990 or > 2100)
            {
                return new Model(query, people, awards, person.FullName, null, "Năm xét phải trong khoảng 1990–2100.");
            }

            var set = data.InForce(query.Date.Value);
            if (set is null)
            {
                return new Model(query, people, awards, person.FullName, null, $"Không có bộ quy tắc nào có hiệu lực ngày {query.Date:dd/MM/yyyy}.");
            }

            var history = await db.AwardHistory.AsNoTracking().Where(h => h.PersonId == personId).ToListAsync(cancellationToken);
            var context = new EligibilityContext
            {
                History = AwardHistoryRecord.CountedEntries(history),
                KnownHistoryYears = history.Select(h => h.Year).ToHashSet(),
            };
            var report = EligibilityEvaluator.Evaluate(award, query.Year.Value, context, set);
            return new Model(query, people, awards, person.FullName, report, null);
        }
    }
}
