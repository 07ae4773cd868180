using Microsoft.AspNetCore.Mvc;
using ThiDuaKhenThuong.Web.Authorization;

namespace ThiDuaKhenThuong.Web.Features.Dashboard;

[Authorize<ProvinceOverview>]
public sealed class DashboardController : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(bool refresh, [FromServices] DashboardOverview.Handler handler)
        => View(await handler.HandleAsync(refresh, HttpContext.RequestAborted));
}
