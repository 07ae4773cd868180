using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Infrastructure.Caching;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Shared;

/// <summary>The bell in the layout: the signed-in user's unread notifications (counted at most every 30 seconds).</summary>
public sealed class NotificationBellViewComponent(AppDbContext db, UnreadNotificationCounts counts) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var userId = WorkflowActorFactory.UserId(HttpContext.User);
        var unread = userId is null
            ? 0
            : await counts.GetOrCountAsync(userId.Value, () => db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, HttpContext.RequestAborted));
        return View(unread);
    }
}
