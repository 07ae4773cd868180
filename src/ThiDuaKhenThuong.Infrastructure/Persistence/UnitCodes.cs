using Microsoft.EntityFrameworkCore;

namespace ThiDuaKhenThuong.Infrastructure.Persistence;

/// <summary>
/// Unit codes are unique only within a validity period: a code may be given again once its unit has closed. Lookups by
/// code (imports, seeds) take the unit in force on the date, or else the latest one that bore the code.
/// </summary>
public static class UnitCodes
{
    public static async Task<Dictionary<string, Guid>> ByCodeAsync(AppDbContext db, DateOnly onDate, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var units = await db.Units.AsNoTracking().Select(u => new { u.Code, u.Id, u.ValidFrom, u.ValidTo }).ToListAsync(cancellationToken);
        return units.GroupBy(u => u.Code, StringComparer.OrdinalIgnoreCase).ToDictionary(
            g => g.Key,
            g => (g.FirstOrDefault(u => u.ValidFrom <= onDate && (u.ValidTo == null || onDate < u.ValidTo)) ?? g.OrderByDescending(u => u.ValidFrom).First()).Id,
            StringComparer.OrdinalIgnoreCase);
    }
}
