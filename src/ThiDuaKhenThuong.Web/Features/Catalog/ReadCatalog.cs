using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Infrastructure.Catalog;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Catalog;

/// <summary>The catalog as the province sees it: national entries, overlaid by the province's own copies, and every
/// rule set (national and the province's), rebuilt as domain objects.</summary>
public static class ReadCatalog
{
    public sealed record Model(IReadOnlyList<AwardType> AwardTypes, IReadOnlyList<RuleSet> RuleSets)
    {
        public AwardType? Award(string code) => AwardTypes.FirstOrDefault(a => a.Code == code);

        public RuleSet? Set(string code) => RuleSets.FirstOrDefault(s => s.Code == code);

        public RuleSet? InForce(DateOnly date) => RuleSetSelector.For(date, RuleSets);
    }

    public sealed class Handler(AppDbContext db)
    {
        public async Task<Model> HandleAsync(CancellationToken cancellationToken)
        {
            var national = await db.NationalAwardTypes.AsNoTracking().ToListAsync(cancellationToken);
            var own = await db.TenantAwardTypes.AsNoTracking().ToListAsync(cancellationToken);
            var owned = own.Select(a => a.Code).ToHashSet(StringComparer.Ordinal);
            var awards = national.Where(a => !owned.Contains(a.Code)).Cast<AwardTypeRecord>().Concat(own)
                .Select(a => a.ToDomain())
                .OrderBy(a => a.Level).ThenBy(a => a.IsTitle ? 0 : 1).ThenBy(a => a.Name, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false))
                .ToList();
            var sets = (await db.NationalRuleSets.AsNoTracking().ToListAsync(cancellationToken)).Select(s => s.ToDomain())
                .Concat((await db.TenantRuleSets.AsNoTracking().ToListAsync(cancellationToken)).Select(s => s.ToDomain()))
                .OrderBy(s => s.IsTenantDerived).ThenBy(s => s.ValidFrom)
                .ToList();
            return new Model(awards, sets);
        }
    }
}
