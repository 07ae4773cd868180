using Microsoft.AspNetCore.Mvc;
using ThiDuaKhenThuong.Web.Authorization;

namespace ThiDuaKhenThuong.Web.Features.Catalog;

/// <summary>The award catalog: every province user reads it; the administrator derives and adjusts the province's rule sets.</summary>
[Authorize<TenantMember>]
public sealed class CatalogController : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index([FromServices] ReadCatalog.Handler handler)
        => View(await handler.HandleAsync(HttpContext.RequestAborted));

    [HttpGet]
    public async Task<IActionResult> Details(string id, string? set, [FromServices] AwardTypeDetails.Handler handler)
        => await handler.HandleAsync(id, set, HttpContext.RequestAborted) is { } model ? View(model) : NotFound();

    [HttpGet]
    public async Task<IActionResult> Check([FromQuery] CheckEligibility.Query query, [FromServices] CheckEligibility.Handler handler)
        => View(await handler.HandleAsync(query, HttpContext.RequestAborted));

    [HttpPost]
    [Authorize<ManageCatalog>]
    public async Task<IActionResult> Derive(string parent, [FromServices] DeriveRuleSet.Handler handler)
    {
        var result = await handler.HandleAsync(parent, HttpContext.RequestAborted);
        TempData["Notice"] = result.Message;
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    [Authorize<ManageCatalog>]
    public async Task<IActionResult> EditRule([FromQuery] EditRule.Command command, [FromServices] EditRule.Handler handler)
        => await handler.FormAsync(command, HttpContext.RequestAborted) is { } model ? View(model) : NotFound();

    [HttpPost]
    [Authorize<ManageCatalog>]
    [ActionName(nameof(EditRule))]
    public async Task<IActionResult> SaveRule(EditRule.Command command, [FromServices] EditRule.Handler handler)
    {
        var error = await handler.SaveAsync(command, HttpContext.RequestAborted);
        if (error is null)
        {
            TempData["Notice"] = "Đã cập nhật tham số của quy tắc.";
            return RedirectToAction(nameof(Details), new { id = command.Award, set = command.Set });
        }

        ModelState.AddModelError(string.Empty, error);
        return await handler.FormAsync(command, HttpContext.RequestAborted) is { } model ? View(model) : NotFound();
    }
}
