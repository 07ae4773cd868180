using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Infrastructure.Documents;
using ThiDuaKhenThuong.Infrastructure.Documents.Pdf;
using ThiDuaKhenThuong.Web.Authorization;
using ThiDuaKhenThuong.Web.Features.Shared;
using ThiDuaKhenThuong.Web.Features.Shared.Printing;

namespace ThiDuaKhenThuong.Web.Features.Decisions;

/// <summary>Award decisions: the officer drafts, the Standing Agency's head reviews, the leader signs (records).</summary>
[Authorize<DecisionUser>]
public sealed class DecisionsController : Controller
{
    private bool IsOfficer => User.IsInRole(Roles.StandingOfficer);

    private bool IsLeader => User.IsInRole(Roles.Leader);

    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] ListDecisions.Query query, [FromServices] ListDecisions.Handler handler)
        => View(await handler.HandleAsync(query, HttpContext.RequestAborted));

    [HttpGet]
    public async Task<IActionResult> Draft([FromQuery] DraftDecision.Command command, [FromServices] DraftForm.Handler form)
        => IsOfficer ? View(await form.HandleAsync(command, prefill: true, HttpContext.RequestAborted)) : Forbid();

    [HttpPost]
    [ActionName("Draft")]
    public async Task<IActionResult> DraftPost(
        DraftDecision.Command command, [FromServices] IValidator<DraftDecision.Command> validator, [FromServices] DraftDecision.Handler handler, [FromServices] DraftForm.Handler form)
    {
        if (!IsOfficer || WorkflowActorFactory.UserId(User) is not { } officerId)
        {
            return Forbid();
        }

        if (await this.ValidateAsync(validator, command))
        {
            var (id, problem) = await handler.HandleAsync(officerId, command, HttpContext.RequestAborted);
            if (id is not null)
            {
                TempData["Notice"] = "Đã lưu dự thảo. Lãnh đạo UBND tỉnh có thể xem và ký.";
                return RedirectToAction(nameof(Details), new { id });
            }

            ModelState.AddModelError(string.Empty, problem!);
        }

        return View("Draft", await form.HandleAsync(command, prefill: false, HttpContext.RequestAborted));
    }

    [HttpGet]
    public async Task<IActionResult> Details(Guid id, [FromServices] DecisionDetails.Handler handler)
        => await handler.HandleAsync(id, HttpContext.RequestAborted) is { } model ? View(model) : NotFound();

    /// <summary>The leader signs; irreversible, so the form asks for an explicit confirmation.</summary>
    [HttpPost]
    public async Task<IActionResult> Sign(Guid id, bool confirmed, [FromServices] RecordDecision.Handler handler)
    {
        if (!IsLeader || WorkflowActorFactory.From(User) is not { } leader)
        {
            return Forbid();
        }

        if (!confirmed)
        {
            TempData["Problem"] = "Vui lòng đánh dấu xác nhận trước khi ký: việc ký và ghi nhận không thể hoàn tác.";
            return RedirectToAction(nameof(Details), new { id });
        }

        if (await handler.HandleAsync(id, leader, HttpContext.RequestAborted) is not { } result)
        {
            return NotFound();
        }

        TempData[result.Succeeded ? "Notice" : "Problem"] = result.Message;
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    public async Task<IActionResult> Central(
        Guid id, bool confirmed, RecordCentralDecision.Command command, [FromServices] IValidator<RecordCentralDecision.Command> validator, [FromServices] RecordCentralDecision.Handler handler)
    {
        if (!IsOfficer || WorkflowActorFactory.From(User) is not { } officer)
        {
            return Forbid();
        }

        if (!confirmed)
        {
            TempData["Problem"] = "Vui lòng đánh dấu xác nhận trước khi ghi nhận: việc này không thể hoàn tác.";
            return RedirectToAction(nameof(Details), new { id });
        }

        if (!await this.ValidateAsync(validator, command))
        {
            TempData["Problem"] = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
            return RedirectToAction(nameof(Details), new { id });
        }

        if (await handler.HandleAsync(id, command, officer, HttpContext.RequestAborted) is not { } result)
        {
            return NotFound();
        }

        TempData[result.Succeeded ? "Notice" : "Problem"] = result.Message;
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet]
    public async Task<IActionResult> Revoke(Guid id, [FromServices] DecisionDetails.Handler details, [FromServices] TimeProvider clock)
    {
        if (!IsOfficer)
        {
            return Forbid();
        }

        return await details.HandleAsync(id, HttpContext.RequestAborted) is { } model
            ? View(new RevokeForm(model, new DraftRevocation.Command { Date = DateOnly.FromDateTime(clock.GetLocalNow().DateTime), SignerTitle = Domain.Decisions.DecisionTemplates.Chairman }))
            : NotFound();
    }

    [HttpPost]
    [ActionName("Revoke")]
    public async Task<IActionResult> RevokePost(
        Guid id, DraftRevocation.Command command, [FromServices] IValidator<DraftRevocation.Command> validator, [FromServices] DraftRevocation.Handler handler, [FromServices] DecisionDetails.Handler details)
    {
        if (!IsOfficer || WorkflowActorFactory.UserId(User) is not { } officerId)
        {
            return Forbid();
        }

        if (await this.ValidateAsync(validator, command))
        {
            var (newId, problem) = await handler.HandleAsync(id, officerId, command, HttpContext.RequestAborted);
            if (newId is not null)
            {
                TempData["Notice"] = "Đã lưu dự thảo quyết định thu hồi. Lãnh đạo UBND tỉnh có thể xem và ký.";
                return RedirectToAction(nameof(Details), new { id = newId });
            }

            if (problem is null)
            {
                return NotFound();
            }

            ModelState.AddModelError(string.Empty, problem);
        }

        return await details.HandleAsync(id, HttpContext.RequestAborted) is { } model ? View("Revoke", new RevokeForm(model, command)) : NotFound();
    }

    [HttpPost]
    [RequestSizeLimit(AttachScan.MaxBytes + (1024 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = AttachScan.MaxBytes + (1024 * 1024))]
    public async Task<IActionResult> Scan(Guid id, IFormFile? file, [FromServices] AttachScan.Handler handler)
    {
        if (!IsLeader && !IsOfficer)
        {
            return Forbid();
        }

        var problem = await handler.HandleAsync(id, file, HttpContext.RequestAborted);
        if (problem == string.Empty)
        {
            return NotFound();
        }

        TempData[problem is null ? "Notice" : "Problem"] = problem ?? "Đã đính kèm bản chụp văn bản đã ký.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet]
    public async Task<IActionResult> ScanFile(Guid id, [FromServices] Infrastructure.Persistence.AppDbContext db, [FromServices] Infrastructure.Files.IFileStore files)
    {
        var decision = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(db.AwardDecisions, d => d.Id == id, HttpContext.RequestAborted);
        if (decision?.ScanStorageKey is null || decision.ScanSha256 is null)
        {
            return NotFound();
        }

        try
        {
            var stream = await files.OpenReadAsync(decision.TenantId, decision.ScanStorageKey, decision.ScanSha256, HttpContext.RequestAborted);
            return File(stream, PrintedDocuments.PdfContentType, decision.ScanFileName ?? "ban-chup.pdf");
        }
        catch (Infrastructure.Files.FileIntegrityException integrity)
        {
            TempData["Problem"] = integrity.Message;
            return RedirectToAction(nameof(Details), new { id });
        }
    }

    [HttpGet]
    public async Task<IActionResult> Docx(Guid id, [FromServices] DecisionDetails.Handler details)
        => await details.HandleAsync(id, HttpContext.RequestAborted) is { } model
            ? File(DecisionDocx.Build(model.Document), DecisionDocx.ContentType, FileName(model, "docx"))
            : NotFound();

    [HttpGet]
    public async Task<IActionResult> Pdf(Guid id, [FromServices] DecisionDetails.Handler details, [FromServices] PrintedDocuments printed)
    {
        if (await details.HandleAsync(id, HttpContext.RequestAborted) is not { } model)
        {
            return NotFound();
        }

        try
        {
            var pdf = await printed.PdfAsync(ControllerContext, "~/Features/Decisions/Print.cshtml", model.Document, cancellationToken: HttpContext.RequestAborted);
            return File(pdf, PrintedDocuments.PdfContentType, FileName(model, "pdf"));
        }
        catch (PdfRenderingException failure)
        {
            TempData["Problem"] = failure.Message;
            return RedirectToAction(nameof(Details), new { id });
        }
    }

    private static string FileName(DecisionDetails.Model model, string extension)
        => $"{(model.Decision.Kind == Domain.Decisions.DecisionKind.CentralSubmission ? "to-trinh" : "quyet-dinh")}-{model.Decision.Number}-{model.Decision.Year}.{extension}";
}

public sealed record RevokeForm(DecisionDetails.Model Details, DraftRevocation.Command Command);
