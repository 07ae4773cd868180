namespace ThiDuaKhenThuong.Infrastructure.Tenancy;

/// <summary>The province the current unit of work acts for; <c>null</c> means none (reads see nothing).</summary>
public interface ITenantContext
{
    Guid? TenantId { get; }

    /// <summary>Acts for <paramref name="tenantId"/> until the returned scope is disposed (seeding, background jobs).</summary>
    IDisposable Use(Guid? tenantId);
}
