using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Infrastructure.Catalog;

/// <summary>
/// Writes <see cref="NationalCatalog"/> into the national tables, as the owner role after each migration, so every
/// environment (production included) has it. Idempotent: rows are matched by their stable seed ids and brought up to
/// date when the catalog in code changes.
/// </summary>
public static class NationalCatalogSeeder
{
    public static async Task SeedAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var awards = await db.NationalAwardTypes.ToDictionaryAsync(a => a.Id, cancellationToken);
        foreach (var award in NationalCatalog.CreateAwardTypes())
        {
            if (!awards.TryGetValue(award.Id, out var row))
            {
                row = new NationalAwardType();
                db.NationalAwardTypes.Add(row);
            }

            row.CopyFrom(award);
        }

        var sets = await db.NationalRuleSets.ToDictionaryAsync(s => s.Id, cancellationToken);
        foreach (var set in NationalCatalog.CreateRuleSets())
        {
            if (!sets.TryGetValue(set.Id, out var row))
            {
                row = new NationalRuleSet();
                db.NationalRuleSets.Add(row);
            }

            row.CopyFrom(set);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
