using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Council;
using ThiDuaKhenThuong.Infrastructure.Documents.Pdf;
using ThiDuaKhenThuong.Infrastructure.Files;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Authorization;
using ThiDuaKhenThuong.Web.Features.Catalog;
using ThiDuaKhenThuong.Web.Features.Shared.Printing;

namespace ThiDuaKhenThuong.Web.Features.CouncilSessions;

public sealed partial class CouncilSessionsController
{
    /// <summary>The member's ballot page: one choice per item; "confirm" shows a summary, "submit" stores it once.</summary>
    [HttpGet]
    public async Task<IActionResult> Ballot(Guid id, [FromServices] SessionAccess.Handler access, [FromServices] CastBallot.Handler handler, [FromServices] ReadCatalog.Handler catalog)
    {
        if (await access.LoadAsync(Viewer, id, HttpContext.RequestAborted) is not { Member: { } me } found)
        {
            return NotFound();
        }

        if (await handler.HasVotedAsync(id, me.Id, HttpContext.RequestAborted) || found.Session.Status != CouncilSessionStatus.Voting)
        {
            TempData["Problem"] = found.Session.Status == CouncilSessionStatus.Voting ? "Bạn đã bỏ phiếu trong phiên họp này." : CastBallot.NotOpen;
            return RedirectToAction(nameof(Details), new { id });
        }

        var awards = await catalog.HandleAsync(HttpContext.RequestAborted);
        return View(new CastBallot.Model(found.Session, me, CastBallot.Lines(found.Session, me, null, c => awards.Award(c)?.Name ?? c), false, []));
    }

    [HttpPost]
    public async Task<IActionResult> Ballot(Guid id, CastBallot.Command command, [FromServices] SessionAccess.Handler access, [FromServices] CastBallot.Handler handler, [FromServices] ReadCatalog.Handler catalog)
    {
        if (await access.LoadAsync(Viewer, id, HttpContext.RequestAborted) is not { Member: { } me } found)
        {
            return NotFound();
        }

        return await VoteAsync(found.Session, me, command, null, handler, catalog);
    }

    /// <summary>An absent member's written ballot, entered by an officer: the participation records who entered it and when.</summary>
    [HttpGet]
    [Authorize<ManageCouncilSessions>]
    public async Task<IActionResult> Written(Guid id, Guid? memberId, [FromServices] SessionAccess.Handler access, [FromServices] CastBallot.Handler handler, [FromServices] ReadCatalog.Handler catalog)
    {
        if (await access.LoadAsync(Viewer, id, HttpContext.RequestAborted) is not { } found)
        {
            return NotFound();
        }

        if (memberId is null || found.Members.FirstOrDefault(m => m.Id == memberId) is not { } member)
        {
            return View("WrittenPick", found);
        }

        if (await handler.HasVotedAsync(id, member.Id, HttpContext.RequestAborted))
        {
            TempData["Problem"] = CastBallot.AlreadyVoted;
            return RedirectToAction(nameof(Written), new { id });
        }

        var awards = await catalog.HandleAsync(HttpContext.RequestAborted);
        return View("Ballot", new CastBallot.Model(found.Session, member, CastBallot.Lines(found.Session, member, null, c => awards.Award(c)?.Name ?? c), true, []));
    }

    [HttpPost]
    [Authorize<ManageCouncilSessions>]
    public async Task<IActionResult> Written(Guid id, Guid memberId, CastBallot.Command command, [FromServices] SessionAccess.Handler access, [FromServices] CastBallot.Handler handler, [FromServices] ReadCatalog.Handler catalog)
    {
        if (await access.LoadAsync(Viewer, id, HttpContext.RequestAborted) is not { } found || found.Members.FirstOrDefault(m => m.Id == memberId) is not { } member)
        {
            return NotFound();
        }

        return await VoteAsync(found.Session, member, command, Viewer.UserId, handler, catalog);
    }

    [HttpGet]
    public async Task<IActionResult> Sheet(Guid id, Guid itemId, bool pdf, [FromServices] AgendaDossier.Handler handler, [FromServices] PrintedDocuments printed)
    {
        if (await handler.SheetAsync(Viewer, id, itemId, HttpContext.RequestAborted) is not { } model)
        {
            return NotFound();
        }

        return pdf ? await PdfAsync(printed, "~/Features/CouncilSessions/SheetPrint.cshtml", model, $"tom-tat-de-nghi-{model.Item.Order}.pdf", id) : View(model);
    }

    [HttpGet]
    public async Task<IActionResult> Dossier(Guid id, Guid dossierId, [FromServices] AgendaDossier.Handler handler)
        => await handler.DossierAsync(Viewer, id, dossierId, HttpContext.RequestAborted) is { } model ? View(model) : NotFound();

    [HttpGet]
    public async Task<IActionResult> Document(Guid id, Guid dossierId, Guid documentId, [FromServices] AgendaDossier.Handler handler, [FromServices] IFileStore files)
    {
        if (await handler.DossierAsync(Viewer, id, dossierId, HttpContext.RequestAborted) is not { } model
            || model.Documents.FirstOrDefault(d => d.Id == documentId) is not { } document)
        {
            return NotFound();
        }

        if (!document.CanBeDownloaded)
        {
            TempData["Problem"] = "Tệp đang chờ kiểm tra mã độc hoặc đã bị chặn; chưa thể tải xuống.";
            return RedirectToAction(nameof(Dossier), new { id, dossierId });
        }

        try
        {
            return File(await files.OpenReadAsync(model.Dossier.TenantId, document.StorageKey, document.Sha256, HttpContext.RequestAborted), document.ContentType, document.DisplayName);
        }
        catch (Exception ex) when (ex is FileIntegrityException or FileNotFoundException)
        {
            TempData["Problem"] = ex is FileIntegrityException ? ex.Message : "Không tìm thấy tệp.";
            return RedirectToAction(nameof(Dossier), new { id, dossierId });
        }
    }

    /// <summary>Biên bản kiểm phiếu (<paramref name="kind"/> "count") or biên bản họp ("meeting"), after close only.</summary>
    [HttpGet]
    public async Task<IActionResult> Minutes(Guid id, string? kind, [FromServices] SessionDetails.Handler handler, [FromServices] PrintedDocuments printed)
    {
        if (await handler.HandleAsync(Viewer, id, HttpContext.RequestAborted) is not { } model)
        {
            return NotFound();
        }

        if (!model.IsClosed)
        {
            TempData["Problem"] = "Biên bản chỉ có sau khi kết thúc bỏ phiếu.";
            return RedirectToAction(nameof(Details), new { id });
        }

        return kind == "meeting"
            ? await PdfAsync(printed, "~/Features/CouncilSessions/MeetingMinutes.cshtml", model, "bien-ban-hop-hoi-dong.pdf", id)
            : await PdfAsync(printed, "~/Features/CouncilSessions/CountMinutes.cshtml", model, "bien-ban-kiem-phieu.pdf", id);
    }

    private async Task<IActionResult> VoteAsync(CouncilSession session, CouncilMember voter, CastBallot.Command command, Guid? enteredBy, CastBallot.Handler handler, ReadCatalog.Handler catalog)
    {
        // A complete ballot being submitted needs no award names: the catalog is read only for a page to show.
        var lines = CastBallot.Lines(session, voter, command, c => c);
        var problems = CastBallot.Problems(lines);
        var written = enteredBy is not null;
        if (problems.Count > 0 || command.Step != "submit")
        {
            var awards = await catalog.HandleAsync(HttpContext.RequestAborted);
            lines = CastBallot.Lines(session, voter, command, c => awards.Award(c)?.Name ?? c);
            return View("Ballot", new CastBallot.Model(session, voter, lines, written, problems) { Confirming = problems.Count == 0 });
        }

        var refusal = await handler.SubmitAsync(session.Id, voter, lines, enteredBy, HttpContext.RequestAborted);
        TempData[refusal is null ? "Notice" : "Problem"] = refusal ?? (written ? $"Đã ghi nhận phiếu bằng văn bản của {voter.FullName}." : "Đã ghi nhận phiếu của bạn. Cảm ơn!");
        return RedirectToAction(nameof(Details), new { id = session.Id });
    }

    private async Task<IActionResult> PdfAsync(PrintedDocuments printed, string view, object model, string fileName, Guid id)
    {
        try
        {
            return File(await printed.PdfAsync(ControllerContext, view, model, cancellationToken: HttpContext.RequestAborted), PrintedDocuments.PdfContentType, fileName);
        }
        catch (PdfRenderingException ex)
        {
            TempData["Problem"] = ex.Message;
            return RedirectToAction(nameof(Details), new { id });
        }
    }
}
