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

namespace ThiDuaKhenThuong.Web.Features.Campaigns;

[Authorize<PlanningUser>]
public sealed class CampaignsController : Controller
{
    private bool CanManage => User.IsInRole(Roles.StandingOfficer) || User.IsInRole(Roles.StandingHead);

    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] ListCampaigns.Query query, [FromServices] ListCampaigns.Handler handler)
        => View(await handler.HandleAsync(query, CanManage, HttpContext.RequestAborted));

    [HttpGet]
    public async Task<IActionResult> Details(Guid id, [FromServices] CampaignDetails.Handler handler)
        => await handler.HandleAsync(id, DossierViewer.From(User), CanManage, HttpContext.RequestAborted) is { } model ? View(model) : NotFound();

    [HttpGet]
    [Authorize<ManageCampaigns>]
    public IActionResult Create([FromServices] TimeProvider clock)
    {
        var year = clock.GetLocalNow().Year;
        return View("Edit", new CampaignForm(null, new SaveCampaign.Command { FromYear = year, ToYear = year }));
    }

    [HttpPost]
    [Authorize<ManageCampaigns>]
    public Task<IActionResult> Create(SaveCampaign.Command command, [FromServices] IValidator<SaveCampaign.Command> validator, [FromServices] SaveCampaign.Handler handler)
        => SaveAsync(null, command, validator, handler);

    [HttpGet]
    [Authorize<ManageCampaigns>]
    public async Task<IActionResult> Edit(Guid id, [FromServices] AppDbContext db)
        => await db.Campaigns.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, HttpContext.RequestAborted) is { } campaign
            ? View(new CampaignForm(id, SaveCampaign.Command.From(campaign)))
            : NotFound();

    [HttpPost]
    [Authorize<ManageCampaigns>]
    public Task<IActionResult> Edit(Guid id, SaveCampaign.Command command, [FromServices] IValidator<SaveCampaign.Command> validator, [FromServices] SaveCampaign.Handler handler)
        => SaveAsync(id, command, validator, handler);

    [HttpPost]
    [Authorize<ManageCampaigns>]
    [RequestSizeLimit(StoredUpload.MaxFileBytes + (1024 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = StoredUpload.MaxFileBytes + (1024 * 1024))]
    public async Task<IActionResult> Upload(Guid id, string? title, IFormFile? file, [FromServices] UploadCampaignDocument.Handler handler)
    {
        var refusal = await handler.HandleAsync(id, WorkflowActorFactory.UserId(User) ?? Guid.Empty, title, file, HttpContext.RequestAborted);
        if (refusal == UploadCampaignDocument.NotFound)
        {
            return NotFound();
        }

        TempData[refusal is null ? "Notice" : "Problem"] = refusal ?? "Đã tải lên văn bản của phong trào.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet]
    public async Task<IActionResult> Download(Guid id, Guid documentId, [FromServices] AppDbContext db, [FromServices] IFileStore files)
    {
        var document = await db.CampaignDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId && d.CampaignId == id, HttpContext.RequestAborted);
        if (document is null)
        {
            return NotFound();
        }

        if (!document.CanBeDownloaded)
        {
            TempData["Problem"] = "Tệp đang chờ kiểm tra mã độc hoặc đã bị chặn; chưa thể tải xuống.";
            return RedirectToAction(nameof(Details), new { id });
        }

        try
        {
            var stream = await files.OpenReadAsync(document.TenantId, document.StorageKey, document.Sha256, HttpContext.RequestAborted);
            return File(stream, document.ContentType, document.DisplayName);
        }
        catch (FileIntegrityException integrity)
        {
            TempData["Problem"] = integrity.Message;
            return RedirectToAction(nameof(Details), new { id });
        }
    }

    private async Task<IActionResult> SaveAsync(Guid? id, SaveCampaign.Command command, IValidator<SaveCampaign.Command> validator, SaveCampaign.Handler handler)
    {
        if (!await this.ValidateAsync(validator, command))
        {
            return View("Edit", new CampaignForm(id, command));
        }

        Guid? saved;
        try
        {
            saved = await handler.HandleAsync(id, WorkflowActorFactory.UserId(User) ?? Guid.Empty, command, HttpContext.RequestAborted);
        }
        catch (CampaignRuleException rule)
        {
            ModelState.AddModelError(string.Empty, rule.Message);
            return View("Edit", new CampaignForm(id, command));
        }

        if (saved is null)
        {
            return NotFound();
        }

        TempData["Notice"] = id is null ? "Đã ghi nhận phong trào thi đua." : "Đã lưu thay đổi của phong trào.";
        return RedirectToAction(nameof(Details), new { id = saved });
    }
}

public sealed record CampaignForm(Guid? Id, SaveCampaign.Command Command);
