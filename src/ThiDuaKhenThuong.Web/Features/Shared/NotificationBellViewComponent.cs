using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Shared;

/// <summary>The bell in the layout: the signed-in user's unread notifications.</summary>
public sealed class NotificationBellViewComponent(AppDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var userId = WorkflowActorFactory.UserId(HttpContext.User);
        var unread = userId is null
            ? 0
            : await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null, HttpContext.RequestAborted);
        return View(unread);
    }
}
