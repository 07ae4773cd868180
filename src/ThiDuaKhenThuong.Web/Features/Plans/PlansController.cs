using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Campaigns;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Infrastructure.Files;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Authorization;
using ThiDuaKhenThuong.Web.Features.Dossiers;
using ThiDuaKhenThuong.Web.Features.Shared;

namespace ThiDuaKhenThuong.Web.Features.Plans;

[Authorize<PlanningUser>]
public sealed class PlansController : Controller
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private DossierViewer Viewer => DossierViewer.From(User);

    private bool CanOpen => User.IsInRole(Roles.StandingOfficer) || User.IsInRole(Roles.StandingHead);

    [HttpGet]
    public async Task<IActionResult> Index([FromServices] ListCollections.Handler handler)
        => View(await handler.HandleAsync(Viewer, CanOpen, HttpContext.RequestAborted));

    [HttpGet]
    [Authorize<ManageCampaigns>]
    public async Task<IActionResult> Open([FromServices] OpenCollection.Handler handler)
        => View("Collection", await handler.NewFormAsync(HttpContext.RequestAborted));

    [HttpPost]
    [Authorize<ManageCampaigns>]
    public Task<IActionResult> Open(OpenCollection.Command command, [FromServices] IValidator<OpenCollection.Command> validator, [FromServices] OpenCollection.Handler handler)
        => SaveCollectionAsync(null, command, validator, handler);

    [HttpGet]
    [Authorize<ManageCampaigns>]
    public async Task<IActionResult> Edit(Guid id, [FromServices] OpenCollection.Handler handler)
        => await handler.EditFormAsync(id, HttpContext.RequestAborted) is { } form ? View("Collection", form) : NotFound();

    [HttpPost]
    [Authorize<ManageCampaigns>]
    public Task<IActionResult> Edit(Guid id, OpenCollection.Command command, [FromServices] IValidator<OpenCollection.Command> validator, [FromServices] OpenCollection.Handler handler)
        => SaveCollectionAsync(id, command, validator, handler);

    [HttpGet]
    public async Task<IActionResult> Board(Guid id, [FromServices] PlanBoard.Handler handler)
        => Viewer.IsProvinceUser && await handler.HandleAsync(id, HttpContext.RequestAborted) is { } model ? View(model) : NotFound();

    [HttpGet]
    public async Task<IActionResult> Export(Guid id, [FromServices] PlanBoard.Handler handler)
        => Viewer.IsProvinceUser && await handler.ExportAsync(id, HttpContext.RequestAborted) is { } bytes ? File(bytes, Xlsx, "tinh-hinh-gui-ke-hoach.xlsx") : NotFound();

    /// <summary>The unit's own plan of a collection: its page, or the empty form before the first save.</summary>
    [HttpGet]
    public async Task<IActionResult> Mine(Guid id, [FromServices] AppDbContext db)
    {
        if (!Viewer.IsUnitUser || Viewer.UnitId is not { } unitId)
        {
            return NotFound();
        }

        var collection = await db.PlanCollections.AsNoTracking().Include(c => c.Units).FirstOrDefaultAsync(c => c.Id == id, HttpContext.RequestAborted);
        if (collection is null || !collection.Expects(unitId))
        {
            return NotFound();
        }

        var planId = await db.UnitPlans.Where(p => p.CollectionId == id && p.UnitId == unitId).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(HttpContext.RequestAborted);
        return planId is { } existing ? RedirectToAction(nameof(Plan), new { id = existing }) : View("NewPlan", collection);
    }

    [HttpPost]
    [RequestSizeLimit(StoredUpload.MaxFileBytes + (1024 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = StoredUpload.MaxFileBytes + (1024 * 1024))]
    public async Task<IActionResult> Save(Guid id, SavePlan.Command command, [FromServices] SavePlan.Handler handler)
    {
        var result = await handler.HandleAsync(Viewer, id, command, HttpContext.RequestAborted);
        if (result.NotFound)
        {
            return NotFound();
        }

        TempData[result.Problem is null ? "Notice" : "Problem"] = result.Problem ?? "Đã lưu kế hoạch.";
        return result.PlanId is { } planId ? RedirectToAction(nameof(Plan), new { id = planId }) : RedirectToAction(nameof(Mine), new { id });
    }

    [HttpGet]
    public async Task<IActionResult> Plan(Guid id, [FromServices] UnitPlanPage.Handler handler)
        => await handler.HandleAsync(Viewer, WorkflowActorFactory.From(User), id, HttpContext.RequestAborted) is { } model ? View(model) : NotFound();

    [HttpPost]
    public async Task<IActionResult> Act(Guid id, ActOnPlan.Command command, [FromServices] ActOnPlan.Handler handler)
    {
        if (WorkflowActorFactory.From(User) is not { } actor)
        {
            return NotFound();
        }

        var outcome = await handler.HandleAsync(Viewer, actor, id, command, HttpContext.Connection.RemoteIpAddress?.ToString(), HttpContext.RequestAborted);
        if (outcome is null || outcome.Status == Infrastructure.Workflow.WorkflowOutcomeStatus.NotFound)
        {
            return NotFound();
        }

        TempData[outcome.Succeeded ? "Notice" : "Problem"] = outcome.Succeeded ? "Đã thực hiện thao tác." : outcome.RefusalReason;
        return RedirectToAction(nameof(Plan), new { id });
    }

    [HttpGet]
    public async Task<IActionResult> Download(Guid id, [FromServices] AppDbContext db, [FromServices] IFileStore files)
    {
        var plan = await db.UnitPlans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, HttpContext.RequestAborted);
        if (plan is null || !UnitPlanPage.CanView(Viewer, plan) || plan.StorageKey is null || plan.Sha256 is null)
        {
            return NotFound();
        }

        if (plan.ScanStatus != Domain.Dossiers.DocumentScanStatus.Clean)
        {
            TempData["Problem"] = "Tệp đang chờ kiểm tra mã độc hoặc đã bị chặn; chưa thể tải xuống.";
            return RedirectToAction(nameof(Plan), new { id });
        }

        try
        {
            var stream = await files.OpenReadAsync(plan.TenantId, plan.StorageKey, plan.Sha256, HttpContext.RequestAborted);
            return File(stream, plan.ContentType ?? "application/octet-stream", plan.DocumentName);
        }
        catch (FileIntegrityException integrity)
        {
            TempData["Problem"] = integrity.Message;
            return RedirectToAction(nameof(Plan), new { id });
        }
    }

    private async Task<IActionResult> SaveCollectionAsync(Guid? id, OpenCollection.Command command, IValidator<OpenCollection.Command> validator, OpenCollection.Handler handler)
    {
        if (await this.ValidateAsync(validator, command))
        {
            try
            {
                var saved = await handler.HandleAsync(id, WorkflowActorFactory.UserId(User) ?? Guid.Empty, command, HttpContext.RequestAborted);
                if (saved is null)
                {
                    return NotFound();
                }

                TempData["Notice"] = id is null ? "Đã mở đợt thu kế hoạch." : "Đã lưu thay đổi.";
                return RedirectToAction(nameof(Board), new { id = saved });
            }
            catch (CampaignRuleException rule)
            {
                ModelState.AddModelError(string.Empty, rule.Message);
            }
        }

        return View("Collection", await handler.FormAsync(id, command, HttpContext.RequestAborted));
    }
}
