using Microsoft.AspNetCore.Identity;

namespace ThiDuaKhenThuong.Infrastructure.Identity;

/// <summary>
/// A portal account. It belongs to one province and one unit (a system administrator to none). The identity tables are
/// the documented exception to row-level security: sign-in reads them before any tenant is known.
/// </summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public Guid? TenantId { get; set; }

    public Guid? UnitId { get; set; }

    public string FullName { get; set; } = string.Empty;

    public bool IsDisabled { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The 30-second step of the last authenticator code accepted: a code (and any older one) works once.</summary>
    public long? TotpLastStep { get; set; }
}

public sealed class AppRole : IdentityRole<Guid>
{
    public AppRole()
    {
    }

    public AppRole(string name)
        : base(name)
    {
        Id = Guid.NewGuid();
        NormalizedName = name.ToUpperInvariant();
    }
}

/// <summary>A server-side sign-in session: the cookie carries only its key, so ending a session here ends it everywhere.</summary>
public sealed class AuthSession
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public byte[] Ticket { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }
}
