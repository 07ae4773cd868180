using Microsoft.AspNetCore.Mvc;
using ThiDuaKhenThuong.Web.Authorization;

namespace ThiDuaKhenThuong.Web.Features.Units;

[Authorize<TenantMember>]
public sealed class UnitsController : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] ListUnits.Query query, [FromServices] ListUnits.Handler handler)
        => View(await handler.HandleAsync(query, HttpContext.RequestAborted));

    [HttpGet]
    public async Task<IActionResult> Details(Guid id, [FromServices] UnitDetails.Handler handler)
        => await handler.HandleAsync(id, HttpContext.RequestAborted) is { } model ? View(model) : NotFound();
}
