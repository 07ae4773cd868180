using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Council;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Authorization;
using ThiDuaKhenThuong.Web.Features.Shared;

namespace ThiDuaKhenThuong.Web.Features.CouncilSessions;

/// <summary>
/// Council sessions: the Standing Agency prepares the agenda, publishes it, opens and closes the secret ballot and
/// records the results; council members read the agenda and vote. Sessions a user may not see answer 404.
/// </summary>
[Authorize<CouncilSessionUser>]
public sealed partial class CouncilSessionsController : Controller
{
    private SessionViewer Viewer => SessionViewer.From(User);

    [HttpGet]
    public async Task<IActionResult> Index([FromServices] AppDbContext db)
    {
        var viewer = Viewer;
        var myTerms = await db.CouncilMembers.Where(m => m.UserId == viewer.UserId && viewer.HasCouncilRole).Select(m => m.TermId).Distinct().ToListAsync(HttpContext.RequestAborted);
        var sessions = await db.CouncilSessions.AsNoTracking()
            .Where(s => viewer.IsStandingAgency || (myTerms.Contains(s.TermId) && s.Status != CouncilSessionStatus.Draft))
            .OrderByDescending(s => s.MeetingDate).ThenByDescending(s => s.CreatedAt).Take(200)
            .Select(s => new IndexRow(s.Id, s.MeetingDate, s.Place, s.Status, s.Items.Count, s.VotingClosesAt))
            .ToListAsync(HttpContext.RequestAborted);
        return View(sessions);
    }

    public sealed record IndexRow(Guid Id, DateOnly MeetingDate, string Place, CouncilSessionStatus Status, int Items, DateTimeOffset VotingClosesAt);

    [HttpGet]
    [Authorize<ManageCouncilSessions>]
    public async Task<IActionResult> Create([FromServices] CreateSession.Handler handler)
        => View(new CreateSession.FormModel(new CreateSession.Command(), await handler.TermsAsync(HttpContext.RequestAborted)));

    [HttpPost]
    [Authorize<ManageCouncilSessions>]
    public async Task<IActionResult> Create(CreateSession.Command command, [FromServices] IValidator<CreateSession.Command> validator, [FromServices] CreateSession.Handler handler)
    {
        if (!await this.ValidateAsync(validator, command))
        {
            return View(new CreateSession.FormModel(command, await handler.TermsAsync(HttpContext.RequestAborted)));
        }

        var id = await handler.HandleAsync(command, Viewer.UserId, HttpContext.RequestAborted);
        TempData["Notice"] = "Đã tạo phiên họp. Hãy chọn các đề nghị đưa vào chương trình.";
        return RedirectToAction(nameof(Agenda), new { id });
    }

    [HttpGet]
    public async Task<IActionResult> Details(Guid id, [FromServices] SessionDetails.Handler handler)
        => await handler.HandleAsync(Viewer, id, HttpContext.RequestAborted) is { } model ? View(model) : NotFound();

    [HttpGet]
    [Authorize<ManageCouncilSessions>]
    public async Task<IActionResult> Agenda(Guid id, [FromServices] SessionAccess.Handler access, [FromServices] BuildAgenda.Handler handler)
    {
        if (await access.LoadAsync(Viewer, id, HttpContext.RequestAborted) is not { } found)
        {
            return NotFound();
        }

        return View(new BuildAgenda.Model(found.Session, await handler.CandidatesAsync(found.Session, HttpContext.RequestAborted)));
    }

    [HttpPost]
    [Authorize<ManageCouncilSessions>]
    public async Task<IActionResult> Agenda(Guid id, [FromForm] List<Guid>? selected, [FromServices] SessionAccess.Handler access, [FromServices] BuildAgenda.Handler handler)
    {
        if (await access.LoadAsync(Viewer, id, HttpContext.RequestAborted) is null)
        {
            return NotFound();
        }

        var problem = await handler.SetAsync(id, selected ?? [], HttpContext.RequestAborted);
        TempData[problem is null ? "Notice" : "Problem"] = problem ?? "Đã cập nhật chương trình phiên họp.";
        return problem is null ? RedirectToAction(nameof(Details), new { id }) : RedirectToAction(nameof(Agenda), new { id });
    }

    [HttpPost]
    [Authorize<ManageCouncilSessions>]
    public Task<IActionResult> Publish(Guid id, [FromServices] SessionAccess.Handler access, [FromServices] PublishSession.Handler handler)
        => StepAsync(id, access, () => handler.PublishAsync(id, HttpContext.RequestAborted), "Đã công bố chương trình; thành viên Hội đồng đã được thông báo.");

    [HttpPost]
    [Authorize<ManageCouncilSessions>]
    public Task<IActionResult> Open(Guid id, [FromForm] DateTime? votingClosesAt, [FromServices] SessionAccess.Handler access, [FromServices] PublishSession.Handler handler)
        => StepAsync(id, access, () => handler.OpenVotingAsync(id, votingClosesAt is { } at ? CreateSession.VietnamTime(at) : null, HttpContext.RequestAborted), "Đã mở bỏ phiếu.");

    [HttpPost]
    [Authorize<ManageCouncilSessions>]
    public Task<IActionResult> Close(Guid id, [FromServices] SessionAccess.Handler access, [FromServices] CloseVoting.Handler handler)
        => StepAsync(id, access, () => handler.CloseAsync(id, Viewer.UserId, HttpContext.RequestAborted), "Đã kết thúc bỏ phiếu; kết quả đã được chốt.");

    [HttpPost]
    [Authorize<ManageCouncilSessions>]
    public async Task<IActionResult> Record(Guid id, [FromServices] SessionAccess.Handler access, [FromServices] RecordResults.Handler handler)
    {
        if (await access.LoadAsync(Viewer, id, HttpContext.RequestAborted) is null || WorkflowActorFactory.From(User) is not { } actor)
        {
            return NotFound();
        }

        var result = await handler.HandleAsync(id, actor, HttpContext.Connection.RemoteIpAddress?.ToString(), HttpContext.RequestAborted);
        TempData[result.Succeeded ? "Notice" : "Problem"] = result.Message;
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    [Authorize<ManageCouncilSessions>]
    public Task<IActionResult> RequestReset(Guid id, [FromForm] string? reason, [FromServices] SessionAccess.Handler access, [FromServices] ResetResults.Handler handler)
        => StepAsync(id, access, () => handler.RequestAsync(id, Viewer.UserId, reason, HttpContext.RequestAborted), "Đã ghi đề nghị hủy kết quả; cần một cán bộ khác xác nhận.");

    [HttpPost]
    [Authorize<ManageCouncilSessions>]
    public Task<IActionResult> ConfirmReset(Guid id, [FromForm] DateTime? votingClosesAt, [FromServices] SessionAccess.Handler access, [FromServices] ResetResults.Handler handler)
        => StepAsync(id, access, () => handler.ConfirmAsync(id, Viewer.UserId, votingClosesAt is { } at ? CreateSession.VietnamTime(at) : null, HttpContext.RequestAborted), "Đã hủy kết quả và mở lại bỏ phiếu.");

    private async Task<IActionResult> StepAsync(Guid id, SessionAccess.Handler access, Func<Task<string?>> step, string done)
    {
        if (await access.LoadAsync(Viewer, id, HttpContext.RequestAborted) is null)
        {
            return NotFound();
        }

        var problem = await step();
        TempData[problem is null ? "Notice" : "Problem"] = problem ?? done;
        return RedirectToAction(nameof(Details), new { id });
    }
}
