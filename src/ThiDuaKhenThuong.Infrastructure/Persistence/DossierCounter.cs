using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Infrastructure.Persistence;

/// <summary>
/// The last dossier number given in a province and year (số hồ sơ runs per tenant and year). Incremented inside the
/// receiving transition's transaction, with optimistic concurrency, so numbers are never given twice.
/// </summary>
public sealed class DossierCounter : ITenantOwned
{
    public Guid TenantId { get; set; }

    public int Year { get; set; }

    public int LastNumber { get; set; }
}
