using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Infrastructure.Auditing;
using ThiDuaKhenThuong.Infrastructure.Identity;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Tenancy;

namespace ThiDuaKhenThuong.Web.Features.Users;

/// <summary>
/// Accounts are not <c>ITenantOwned</c> (the identity tables are the ADR-001 exception), so the change-log interceptor
/// does not see them: the admin's actions on an account are recorded here, in the same transaction as the change.
/// </summary>
public static class UserChangeLog
{
    public static void Record(AppDbContext db, ICurrentActor actor, TimeProvider clock, AppUser user, ChangeAction action, IReadOnlyDictionary<string, string?[]> changes)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(user);
        var now = clock.GetUtcNow();
        db.ChangeLog.Add(new ChangeLogEntry
        {
            TenantId = user.TenantId ?? throw new InvalidOperationException("Tài khoản không thuộc tỉnh nào."),
            Id = Guid.CreateVersion7(now),
            EntityType = nameof(AppUser),
            EntityId = user.Id.ToString(),
            Action = action,
            Changes = JsonSerializer.Serialize(changes),
            ActorId = actor.UserId,
            ActorName = actor.Name,
            OccurredAt = now,
        });
    }

    public static string RoleList(IEnumerable<string> roles) => string.Join(", ", roles.Order(StringComparer.Ordinal).Select(Roles.Label));

    public static Task<List<string>> RolesOfAsync(AppDbContext db, Guid userId, CancellationToken cancellationToken)
        => db.UserRoles.Where(ur => ur.UserId == userId).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToListAsync(cancellationToken);
}

/// <summary>A password shown once to the administrator: 20 characters from an alphabet without look-alikes (≈ 100 bits).</summary>
public static class GeneratedPassword
{
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string Create()
    {
        var chars = new char[23];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = i % 6 == 5 ? '-' : Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(chars);
    }
}

/// <summary>The roles a province's administrator may give: every role but the system administrator's.</summary>
public static class AssignableRoles
{
    public static IReadOnlyList<string> All { get; } = Roles.All.Where(r => r != Roles.SystemAdmin).ToList();

    public static bool IsAssignable(string role) => All.Contains(role, StringComparer.Ordinal);
}

/// <summary>User names are unique across the whole deployment, while an admin's queries see only their province.</summary>
public static class UserNames
{
    /// <summary>
    /// Whether the name is taken in any province. Reads with no tenant set, which the account filter allows (it is how
    /// sign-in finds an account); only existence is read, nothing of the other province's account is shown.
    /// </summary>
    public static async Task<bool> TakenAsync(AppDbContext db, ITenantContext tenant, string userName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(tenant);
        var normalized = userName.Trim().ToUpperInvariant();
        using (tenant.Use(null))
        {
            return await db.Users.AnyAsync(u => u.NormalizedUserName == normalized, cancellationToken);
        }
    }
}
