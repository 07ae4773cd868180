using Microsoft.AspNetCore.Mvc;
using ThiDuaKhenThuong.Web.Authorization;
using ThiDuaKhenThuong.Web.Features.Shared;

namespace ThiDuaKhenThuong.Web.Features.Notifications;

/// <summary>The signed-in user's in-app notifications (the bell).</summary>
[Authorize<TenantMember>]
public sealed class NotificationsController : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index([FromServices] ListNotifications.Handler handler)
        => WorkflowActorFactory.UserId(User) is { } userId ? View(await handler.HandleAsync(userId, HttpContext.RequestAborted)) : NotFound();

    [HttpPost]
    public async Task<IActionResult> Read(Guid id, [FromServices] MarkNotificationsRead.Handler handler)
    {
        if (WorkflowActorFactory.UserId(User) is not { } userId)
        {
            return NotFound();
        }

        var (found, link) = await handler.HandleAsync(userId, id, HttpContext.RequestAborted);
        if (!found)
        {
            return NotFound();
        }

        return link is not null && Url.IsLocalUrl(link) ? LocalRedirect(link) : RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> ReadAll([FromServices] MarkNotificationsRead.Handler handler)
    {
        if (WorkflowActorFactory.UserId(User) is { } userId)
        {
            await handler.HandleAsync(userId, null, HttpContext.RequestAborted);
        }

        TempData["Notice"] = "Đã đánh dấu tất cả thông báo là đã đọc.";
        return RedirectToAction(nameof(Index));
    }
}
