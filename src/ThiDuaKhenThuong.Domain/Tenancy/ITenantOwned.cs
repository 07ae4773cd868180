namespace ThiDuaKhenThuong.Domain.Tenancy;

/// <summary>
/// A row that belongs to exactly one province. Its <see cref="TenantId"/> leads the primary key, every foreign key,
/// unique constraint and index, and row-level security in PostgreSQL refuses any row of another tenant.
/// </summary>
public interface ITenantOwned
{
    Guid TenantId { get; }
}
