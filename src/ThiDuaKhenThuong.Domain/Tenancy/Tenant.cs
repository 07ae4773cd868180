namespace ThiDuaKhenThuong.Domain.Tenancy;

/// <summary>A province (later also a ministry or central body) served by the deployment.</summary>
public sealed class Tenant
{
    private Tenant()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    public Tenant(Guid id, string code, string name, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Id = id;
        Code = code.Trim().ToLowerInvariant();
        Name = name.Trim();
        Status = TenantStatus.Active;
        CreatedAt = createdAt;
    }

    public Guid Id { get; private set; }

    /// <summary>Short slug, e.g. <c>thai-binh</c>.</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    public TenantStatus Status { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public bool IsActive => Status == TenantStatus.Active;

    public void Suspend() => Status = TenantStatus.Suspended;

    public void Activate() => Status = TenantStatus.Active;

    public void Rename(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
    }
}

public enum TenantStatus
{
    Active,
    Suspended,
}
