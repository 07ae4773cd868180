using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Infrastructure.Persistence;

/// <summary>The last dossier number given in a province and year (số hồ sơ runs per tenant and year).</summary>
public sealed class DossierCounter : ITenantOwned
{
    public Guid TenantId { get; set; }

    public int Year { get; set; }

    public int LastNumber { get; set; }

    /// <summary>Takes the next number atomically, inside the caller's transaction (row lock until commit).</summary>
    public static async Task<int> NextAsync(AppDbContext db, Guid tenantId, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var numbers = await db.Database.SqlQuery<int>($"""
            INSERT INTO dossier_counters (tenant_id, year, last_number) VALUES ({tenantId}, {year}, 1)
            ON CONFLICT (tenant_id, year) DO UPDATE SET last_number = dossier_counters.last_number + 1
            RETURNING last_number AS "Value"
            """).ToListAsync(cancellationToken);
        return numbers.Single();
    }
}
