using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Infrastructure.Caching;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Notifications;

public static class MarkNotificationsRead
{
    public sealed class Handler(AppDbContext db, TimeProvider clock, UnreadNotificationCounts unread)
    {
        /// <summary>Marks one notification (or all when <paramref name="id"/> is null) of the user read; returns its link, or null when not the user's.</summary>
        public async Task<(bool Found, string? Link)> HandleAsync(Guid userId, Guid? id, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow().ToUniversalTime();
            if (id is null)
            {
                await db.Notifications.Where(n => n.UserId == userId && n.ReadAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
                unread.Drop(userId);
                return (true, null);
            }

            var notification = await db.Notifications.FirstOrDefaultAsync(n => n.Id == id && n.UserId == userId, cancellationToken);
            if (notification is null)
            {
                return (false, null);
            }

            notification.MarkRead(now);
            await db.SaveChangesAsync(cancellationToken);
            return (true, notification.Link);
        }
    }
}
