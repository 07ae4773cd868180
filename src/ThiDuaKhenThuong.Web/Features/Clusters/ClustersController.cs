using Microsoft.AspNetCore.Mvc;
using ThiDuaKhenThuong.Infrastructure.Files;
using ThiDuaKhenThuong.Web.Authorization;

namespace ThiDuaKhenThuong.Web.Features.Clusters;

/// <summary>
/// A cluster's or block's year: commitment, scoring sheet, self-assessment, cross-scoring, consolidation, publication,
/// the suy tôn vote, the proposal dossier and next year's rotation. Every action loads the cluster through
/// <see cref="ClusterContexts"/>, which answers 404 for a cluster the account may not see.
/// </summary>
[Authorize<ClusterWork>]
public sealed partial class ClustersController(ClusterContexts.Handler contexts) : Controller
{
    private ClusterViewer Viewer => ClusterViewer.From(User);

    [HttpGet]
    public async Task<IActionResult> Index(int? year, [FromServices] ListClusters.Handler handler)
        => View(await handler.HandleAsync(Viewer, year, HttpContext.RequestAborted));

    [HttpGet]
    public async Task<IActionResult> Details(Guid id, [FromServices] ClusterOverview.Handler handler)
        => await contexts.LoadAsync(Viewer, id, HttpContext.RequestAborted) is { } context
            ? View(await handler.HandleAsync(context, HttpContext.RequestAborted))
            : NotFound();

    [HttpPost]
    public Task<IActionResult> Settings(Guid id, ChangeClusterSettings.Command form, [FromServices] ChangeClusterSettings.Handler handler)
        => ActAsync(id, c => handler.HandleAsync(c, form, HttpContext.RequestAborted), "Đã lưu thiết lập chấm điểm.");

    [HttpPost]
    [RequestSizeLimit(UploadGroupFile.MaxFileBytes + 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadGroupFile.MaxFileBytes + 1024 * 1024)]
    public Task<IActionResult> Commitment(Guid id, UploadGroupFile.CommitmentCommand form, [FromServices] UploadGroupFile.Handler handler)
        => ActAsync(id, c => handler.CommitmentAsync(c, form, HttpContext.RequestAborted), "Đã lưu bản giao ước thi đua.");

    [HttpGet]
    public async Task<IActionResult> File(Guid id, Guid fileId, [FromServices] DownloadGroupFile.Handler download)
    {
        if (await contexts.LoadAsync(Viewer, id, HttpContext.RequestAborted) is not { } context)
        {
            return NotFound();
        }

        try
        {
            return await download.OpenAsync(context, fileId, HttpContext.RequestAborted) is { } found
                ? File(found.Content, found.File.ContentType, found.File.DisplayName)
                : NotFound();
        }
        catch (FileIntegrityException)
        {
            TempData["Problem"] = "Tệp đã bị thay đổi sau khi tải lên (mã băm không khớp); không thể tải xuống.";
            return Redirect("/Clusters/Details/" + id);
        }
    }

    [HttpPost]
    public Task<IActionResult> Publish(Guid id, [FromServices] LeadingUnitBallot.Handler handler)
        => ActAsync(id, c => handler.PublishAsync(c, HttpContext.RequestAborted), "Đã công bố kết quả chấm điểm và xếp hạng.");

    [HttpPost]
    public Task<IActionResult> OpenVote(Guid id, [FromServices] LeadingUnitBallot.Handler handler)
        => ActAsync(id, c => handler.OpenAsync(c, HttpContext.RequestAborted), "Đã mở bỏ phiếu suy tôn.");

    [HttpPost]
    public Task<IActionResult> Vote(Guid id, Guid? candidate, [FromServices] LeadingUnitBallot.Handler handler)
        => ActAsync(id, c => handler.CastAsync(c, candidate ?? Guid.Empty, HttpContext.RequestAborted), "Đã ghi nhận phiếu suy tôn của đơn vị.");

    [HttpPost]
    public Task<IActionResult> CloseVote(Guid id, [FromServices] LeadingUnitBallot.Handler handler)
        => ActAsync(id, c => handler.CloseAsync(c, HttpContext.RequestAborted), "Đã kết thúc bỏ phiếu suy tôn.");

    [HttpPost]
    public async Task<IActionResult> Proposal(Guid id, CreateProposal.Command form, [FromServices] CreateProposal.Handler handler)
    {
        if (await contexts.LoadAsync(Viewer, id, HttpContext.RequestAborted) is not { } context)
        {
            return NotFound();
        }

        var (dossierId, error) = await handler.HandleAsync(context, form, HttpContext.RequestAborted);
        if (dossierId is null)
        {
            TempData["Problem"] = error;
            return Redirect("/Clusters/Details/" + id);
        }

        TempData["Notice"] = "Đã lập hồ sơ đề nghị của cụm, khối. Hãy tải lên tờ trình, biên bản họp cụm, khối rồi trình thủ trưởng gửi hồ sơ.";
        return Redirect("/Dossiers/Details/" + dossierId);
    }

    [HttpPost]
    public Task<IActionResult> Rotation(Guid id, RecordRotation.Command form, [FromServices] RecordRotation.Handler handler)
        => ActAsync(id, c => handler.HandleAsync(c, form, HttpContext.RequestAborted), "Đã ghi nhận đơn vị trưởng, phó năm sau.");

    /// <summary>Post/Redirect/Get for the page's small forms: the notice when done, otherwise the reason.</summary>
    private async Task<IActionResult> ActAsync(Guid id, Func<ClusterContext, Task<string?>> act, string notice, string? back = null)
    {
        if (await contexts.LoadAsync(Viewer, id, HttpContext.RequestAborted) is not { } context)
        {
            return NotFound();
        }

        var error = await act(context);
        if (error is null)
        {
            TempData["Notice"] = notice;
        }
        else
        {
            TempData["Problem"] = error;
        }

        return Redirect(back ?? "/Clusters/Details/" + id);
    }
}
