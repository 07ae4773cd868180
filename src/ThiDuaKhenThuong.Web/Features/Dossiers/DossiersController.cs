using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Infrastructure.Files;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Authorization;
using ThiDuaKhenThuong.Web.Features.Shared;

namespace ThiDuaKhenThuong.Web.Features.Dossiers;

[Authorize<DossierUser>]
public sealed class DossiersController : Controller
{
    private DossierViewer Viewer => DossierViewer.From(User);

    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] ListDossiers.Query query, [FromServices] ListDossiers.Handler handler, [FromServices] ListDossiers.Inbox.Handler inbox)
        => View(Viewer.IsStandingAgency
            ? await inbox.HandleAsync(Viewer, query, HttpContext.RequestAborted)
            : await handler.HandleAsync(Viewer, query, HttpContext.RequestAborted));

    /// <summary>The inbox's bulk actions: receive the selected dossiers, or give them to an officer. Standing Agency only.</summary>
    [HttpPost]
    public async Task<IActionResult> Bulk(
        [FromForm] List<Guid>? ids,
        [FromForm] string? op,
        [FromForm] Guid? officerId,
        [FromServices] ReceiveDossiers.Handler receive,
        [FromServices] AssignDossiers.Handler assign)
    {
        if (!Viewer.IsStandingAgency || WorkflowActorFactory.From(User) is not { } actor)
        {
            return NotFound();
        }

        ids ??= [];
        (bool Succeeded, string Message) result = (false, "Vui lòng chọn thao tác.");
        if (ids.Count == 0)
        {
            result = (false, "Vui lòng chọn ít nhất một hồ sơ.");
        }
        else if (ids.Count > AssignDossiers.MaxDossiers)
        {
            result = (false, $"Mỗi lần chỉ xử lý tối đa {AssignDossiers.MaxDossiers} hồ sơ.");
        }
        else if (op == "receive")
        {
            var received = await receive.HandleAsync(Viewer, actor, ids, HttpContext.Connection.RemoteIpAddress?.ToString(), HttpContext.RequestAborted);
            result = (received.Succeeded, received.Message);
        }
        else if (op == "assign")
        {
            var assigned = await assign.HandleAsync(Viewer, ids, officerId, HttpContext.RequestAborted);
            result = (assigned.Succeeded, assigned.Message);
        }

        TempData[result.Succeeded ? "Notice" : "Problem"] = result.Message;
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> Create([FromServices] TimeProvider clock, [FromServices] AppDbContext db)
    {
        if (!Viewer.CanCreate)
        {
            return NotFound();
        }

        var command = new CreateDossier.Command { Year = clock.GetLocalNow().Year };
        return View(new CreateDossier.Form(command, await CreateDossier.OpenCampaignsAsync(db, command.Year, HttpContext.RequestAborted)));
    }

    [HttpPost]
    public async Task<IActionResult> Create(CreateDossier.Command command, [FromServices] IValidator<CreateDossier.Command> validator, [FromServices] CreateDossier.Handler handler, [FromServices] AppDbContext db)
    {
        if (!Viewer.CanCreate)
        {
            return NotFound();
        }

        if (!await this.ValidateAsync(validator, command))
        {
            return View(new CreateDossier.Form(command, await CreateDossier.OpenCampaignsAsync(db, command.Year, HttpContext.RequestAborted)));
        }

        var id = await handler.HandleAsync(Viewer, command, HttpContext.RequestAborted);
        TempData["Notice"] = "Đã tạo hồ sơ dự thảo. Hãy thêm đề nghị khen thưởng và tài liệu.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet]
    public async Task<IActionResult> Details(Guid id, [FromServices] DossierDetails.Handler handler)
        => await handler.HandleAsync(Viewer, WorkflowActorFactory.From(User), id, HttpContext.RequestAborted) is { } model ? View(model) : NotFound();

    [HttpPost]
    public async Task<IActionResult> Act(Guid id, ActOnDossier.Command command, [FromServices] IValidator<ActOnDossier.Command> validator, [FromServices] ActOnDossier.Handler handler)
    {
        if (WorkflowActorFactory.From(User) is not { } actor)
        {
            return NotFound();
        }

        if (!await this.ValidateAsync(validator, command))
        {
            TempData["Problem"] = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
            return RedirectToAction(nameof(Details), new { id });
        }

        var outcome = await handler.HandleAsync(Viewer, actor, id, command, HttpContext.Connection.RemoteIpAddress?.ToString(), HttpContext.RequestAborted);
        if (outcome is null || outcome.Status == Infrastructure.Workflow.WorkflowOutcomeStatus.NotFound)
        {
            return NotFound();
        }

        TempData[outcome.Succeeded ? "Notice" : "Problem"] = outcome.Succeeded ? "Đã thực hiện thao tác." : outcome.RefusalReason;
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    [RequestSizeLimit(UploadDocument.MaxFileBytes + (1024 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadDocument.MaxFileBytes + (1024 * 1024))]
    public async Task<IActionResult> Upload(Guid id, UploadDocument.Command command, [FromServices] AppDbContext db, [FromServices] UploadDocument.Handler handler)
    {
        var dossier = await db.Dossiers.Include(d => d.Nominations).FirstOrDefaultAsync(d => d.Id == id, HttpContext.RequestAborted);
        if (dossier is null || !Viewer.CanView(dossier))
        {
            return NotFound();
        }

        var refusal = await handler.HandleAsync(Viewer, dossier, command, HttpContext.RequestAborted);
        TempData[refusal is null ? "Notice" : "Problem"] = refusal ?? "Đã tải lên tài liệu.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet]
    public async Task<IActionResult> Download(Guid id, Guid documentId, [FromServices] AppDbContext db, [FromServices] IFileStore files)
    {
        var dossier = await db.Dossiers.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, HttpContext.RequestAborted);
        var document = await db.DossierDocuments.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId && d.DossierId == id, HttpContext.RequestAborted);
        if (dossier is null || document is null || !Viewer.CanView(dossier))
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
            var stream = await files.OpenReadAsync(dossier.TenantId, document.StorageKey, document.Sha256, HttpContext.RequestAborted);
            return File(stream, document.ContentType, document.DisplayName);
        }
        catch (FileIntegrityException integrity)
        {
            TempData["Problem"] = integrity.Message;
            return RedirectToAction(nameof(Details), new { id });
        }
        catch (FileNotFoundException)
        {
            return NotFound();
        }
    }
}
