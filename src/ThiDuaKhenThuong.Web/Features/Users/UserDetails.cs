using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Users;

public static class UserDetails
{
    public sealed record Model(Guid Id, string UserName, string FullName, string? Email, string? UnitName, IReadOnlyList<string> Roles, bool IsDisabled, DateTimeOffset? LockedUntil, DateTimeOffset CreatedAt);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        /// <summary>An account of the current province, or null (another province's account is not found).</summary>
        public async Task<Model?> HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var user = await db.Users.AsNoTracking().Where(u => u.Id == id && u.TenantId != null).FirstOrDefaultAsync(cancellationToken);
            if (user is null)
            {
                return null;
            }

            var unitName = await db.Units.Where(u => u.Id == user.UnitId).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken);
            var roles = RoleOrder.Sort(await db.UserRoles.Where(ur => ur.UserId == id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToListAsync(cancellationToken));
            var lockedUntil = user.LockoutEnd > clock.GetUtcNow() ? user.LockoutEnd : null;
            return new Model(user.Id, user.UserName ?? string.Empty, user.FullName, user.Email, unitName, roles, user.IsDisabled, lockedUntil, user.CreatedAt);
        }
    }
}
