using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Infrastructure.Identity;

/// <summary>
/// Keeps sign-in sessions in the database; the cookie holds only the session key. Signing out, changing a password or
/// changing roles deletes the rows, which ends the session on every device at once. A session also ends after
/// <see cref="AbsoluteLifetime"/> whatever the activity.
/// </summary>
public sealed class DbTicketStore(IServiceScopeFactory scopes, IDataProtectionProvider protection, TimeProvider clock) : ITicketStore
{
    public static readonly TimeSpan AbsoluteLifetime = TimeSpan.FromHours(12);

    /// <summary>Set on the request that has just revoked the account's sessions and signs the same browser in again.</summary>
    public const string ReissueItem = "tdkt:reissue-session";

    private readonly IDataProtector protector = protection.CreateProtector("ThiDuaKhenThuong.AuthSessions.v1");

    public async Task<string> StoreAsync(AuthenticationTicket ticket)
    {
        var id = Guid.NewGuid();
        var now = clock.GetUtcNow();
        var userId = UserId(ticket);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        // Housekeeping at sign-in: the account's ended sessions are removed, so the table does not grow forever.
        var ended = now - AbsoluteLifetime;
        await db.AuthSessions.Where(s => s.UserId == userId && (s.ExpiresAt <= now || s.CreatedAt <= ended)).ExecuteDeleteAsync();
        db.AuthSessions.Add(new AuthSession
        {
            Id = id,
            UserId = userId,
            Ticket = Serialize(ticket),
            CreatedAt = now,
            ExpiresAt = ticket.Properties.ExpiresUtc ?? now.Add(AbsoluteLifetime),
        });
        await db.SaveChangesAsync();
        return id.ToString("N");
    }

    public Task RenewAsync(string key, AuthenticationTicket ticket) => RenewAsync(key, ticket, null);

    public Task RenewAsync(string key, AuthenticationTicket ticket, HttpContext httpContext, CancellationToken cancellationToken)
        => RenewAsync(key, ticket, httpContext);

    /// <summary>
    /// Renewing never resurrects a revoked session, except right after the account's own password change, when the
    /// cookie handler re-issues the current browser's session under its existing key (see <see cref="ReissueItem"/>).
    /// </summary>
    private async Task RenewAsync(string key, AuthenticationTicket ticket, HttpContext? httpContext)
    {
        if (!Guid.TryParseExact(key, "N", out var id))
        {
            return;
        }

        var bytes = Serialize(ticket);
        var now = clock.GetUtcNow();
        var expires = ticket.Properties.ExpiresUtc ?? now.AddMinutes(30);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var updated = await db.AuthSessions.Where(s => s.Id == id)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.Ticket, bytes).SetProperty(x => x.ExpiresAt, expires));
        if (updated == 0 && httpContext?.Items.ContainsKey(ReissueItem) == true)
        {
            db.AuthSessions.Add(new AuthSession { Id = id, UserId = UserId(ticket), Ticket = bytes, CreatedAt = now, ExpiresAt = expires });
            await db.SaveChangesAsync();
        }
    }

    public async Task<AuthenticationTicket?> RetrieveAsync(string key)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await RetrieveAsync(key, scope.ServiceProvider.GetRequiredService<AppDbContext>(), CancellationToken.None);
    }

    /// <summary>
    /// Every signed-in request looks its session up here: with the request's own database context (no scope of its own),
    /// before the province is known (the connection then carries no province; the session table has none).
    /// </summary>
    public Task<AuthenticationTicket?> RetrieveAsync(string key, HttpContext httpContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        return RetrieveAsync(key, httpContext.RequestServices.GetRequiredService<AppDbContext>(), cancellationToken);
    }

    private async Task<AuthenticationTicket?> RetrieveAsync(string key, AppDbContext db, CancellationToken cancellationToken)
    {
        if (!Guid.TryParseExact(key, "N", out var id))
        {
            return null;
        }

        var session = await db.AuthSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
        var now = clock.GetUtcNow();
        if (session is null || session.ExpiresAt <= now || now - session.CreatedAt >= AbsoluteLifetime)
        {
            return null;
        }

        try
        {
            return TicketSerializer.Default.Deserialize(protector.Unprotect(session.Ticket));
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    public async Task RemoveAsync(string key)
    {
        if (!Guid.TryParseExact(key, "N", out var id))
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await db.AuthSessions.Where(s => s.Id == id).ExecuteDeleteAsync();
    }

    private byte[] Serialize(AuthenticationTicket ticket) => protector.Protect(TicketSerializer.Default.Serialize(ticket));

    private static Guid UserId(AuthenticationTicket ticket)
    {
        var value = ticket.Principal.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value;
        return Guid.TryParse(value, out var id) ? id : throw new InvalidOperationException("Phiên đăng nhập không có mã người dùng.");
    }
}

/// <summary>Ends sessions server-side: after a password or role change every open session of the account is closed.</summary>
public sealed class SessionRevoker(AppDbContext db)
{
    public Task<int> RevokeAllAsync(Guid userId, CancellationToken cancellationToken = default)
        => db.AuthSessions.Where(s => s.UserId == userId).ExecuteDeleteAsync(cancellationToken);
}

/// <summary>Hooks the ticket store into the Identity application cookie.</summary>
public sealed class ConfigureSessionStore(DbTicketStore store) : Microsoft.Extensions.Options.IPostConfigureOptions<CookieAuthenticationOptions>
{
    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (name == Microsoft.AspNetCore.Identity.IdentityConstants.ApplicationScheme)
        {
            options.SessionStore = store;
        }
    }
}
