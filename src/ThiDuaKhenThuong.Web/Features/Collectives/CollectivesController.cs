using Microsoft.AspNetCore.Mvc;
using ThiDuaKhenThuong.Web.Authorization;

namespace ThiDuaKhenThuong.Web.Features.Collectives;

[Authorize<TenantMember>]
public sealed class CollectivesController : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] ListCollectives.Query query, [FromServices] ListCollectives.Handler handler)
        => View(await handler.HandleAsync(query, HttpContext.RequestAborted));

    [HttpGet]
    public async Task<IActionResult> Details(Guid id, [FromServices] ListCollectives.Handler handler)
        => await handler.DetailsAsync(id, HttpContext.RequestAborted) is { } model ? View(model) : NotFound();
}
