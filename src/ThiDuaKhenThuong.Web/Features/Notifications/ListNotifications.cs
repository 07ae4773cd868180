using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Workflow.Notifications;

namespace ThiDuaKhenThuong.Web.Features.Notifications;

public static class ListNotifications
{
    public const int PageSize = 100;

    public sealed class Handler(AppDbContext db)
    {
        /// <summary>The user's latest notifications, unread first.</summary>
        public async Task<IReadOnlyList<Notification>> HandleAsync(Guid userId, CancellationToken cancellationToken)
            => await db.Notifications.AsNoTracking().Where(n => n.UserId == userId)
                .OrderBy(n => n.ReadAt != null).ThenByDescending(n => n.CreatedAt).Take(PageSize).ToListAsync(cancellationToken);
    }
}
