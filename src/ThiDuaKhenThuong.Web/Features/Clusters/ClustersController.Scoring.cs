using Microsoft.AspNetCore.Mvc;

namespace ThiDuaKhenThuong.Web.Features.Clusters;

/// <summary>The scoring sheet, self-assessment with evidence, and cross-scoring.</summary>
public sealed partial class ClustersController
{
    [HttpGet]
    public async Task<IActionResult> Sheet(Guid id, [FromServices] EditSheet.Handler handler)
        => await contexts.LoadAsync(Viewer, id, HttpContext.RequestAborted) is { } context
            ? View(await handler.ReadAsync(context, null, HttpContext.RequestAborted))
            : NotFound();

    [HttpPost]
    public async Task<IActionResult> CopySheet(Guid id, [FromServices] EditSheet.Handler handler)
    {
        if (await contexts.LoadAsync(Viewer, id, HttpContext.RequestAborted) is not { } context)
        {
            return NotFound();
        }

        var (ok, message) = await handler.CopyForwardAsync(context, HttpContext.RequestAborted);
        TempData[ok ? "Notice" : "Problem"] = message;
        return Redirect("/Clusters/Sheet/" + id);
    }

    [HttpPost]
    public async Task<IActionResult> SaveCriterion(Guid id, EditSheet.Command form, [FromServices] EditSheet.Handler handler)
    {
        if (await contexts.LoadAsync(Viewer, id, HttpContext.RequestAborted) is not { } context)
        {
            return NotFound();
        }

        if (await handler.SaveAsync(context, form, HttpContext.RequestAborted) is { } error)
        {
            ModelState.AddModelError(string.Empty, error);
            return View("Sheet", await handler.ReadAsync(context, form, HttpContext.RequestAborted));
        }

        TempData["Notice"] = "Đã lưu tiêu chí.";
        return Redirect("/Clusters/Sheet/" + id);
    }

    [HttpPost]
    public Task<IActionResult> DeleteCriterion(Guid id, Guid criterionId, [FromServices] EditSheet.Handler handler)
        => ActAsync(id, c => handler.DeleteAsync(c, criterionId, HttpContext.RequestAborted), "Đã xóa tiêu chí.", "/Clusters/Sheet/" + id);

    [HttpGet]
    public Task<IActionResult> SelfAssessment(Guid id, [FromServices] EnterScores.Handler handler)
        => ScoreFormAsync(id, null, true, handler);

    [HttpPost]
    public Task<IActionResult> SelfAssessment(Guid id, EnterScores.Command form, [FromServices] EnterScores.Handler handler)
        => SaveScoresAsync(id, null, true, form, handler);

    [HttpGet]
    public Task<IActionResult> CrossScore(Guid id, Guid unit, [FromServices] EnterScores.Handler handler)
        => ScoreFormAsync(id, unit, false, handler);

    [HttpPost]
    public Task<IActionResult> CrossScore(Guid id, Guid unit, EnterScores.Command form, [FromServices] EnterScores.Handler handler)
        => SaveScoresAsync(id, unit, false, form, handler);

    [HttpPost]
    [RequestSizeLimit(UploadGroupFile.MaxFileBytes + 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadGroupFile.MaxFileBytes + 1024 * 1024)]
    public Task<IActionResult> Evidence(Guid id, UploadGroupFile.EvidenceCommand form, [FromServices] UploadGroupFile.Handler handler)
        => ActAsync(id, c => handler.EvidenceAsync(c, form, HttpContext.RequestAborted), "Đã tải lên minh chứng.", "/Clusters/SelfAssessment/" + id);

    private async Task<IActionResult> ScoreFormAsync(Guid id, Guid? unit, bool isSelf, EnterScores.Handler handler)
    {
        if (await contexts.LoadAsync(Viewer, id, HttpContext.RequestAborted) is not { } context)
        {
            return NotFound();
        }

        var scored = unit ?? context.ViewerUnitId ?? Guid.Empty;
        if (EnterScores.Handler.Refusal(context, scored, isSelf, out var notFound) is { } refusal)
        {
            if (notFound)
            {
                return NotFound();
            }

            TempData["Problem"] = refusal;
            return Redirect("/Clusters/Details/" + id);
        }

        return View("Score", await handler.ReadAsync(context, scored, isSelf, null, HttpContext.RequestAborted));
    }

    private async Task<IActionResult> SaveScoresAsync(Guid id, Guid? unit, bool isSelf, EnterScores.Command form, EnterScores.Handler handler)
    {
        if (await contexts.LoadAsync(Viewer, id, HttpContext.RequestAborted) is not { } context)
        {
            return NotFound();
        }

        var scored = unit ?? context.ViewerUnitId ?? Guid.Empty;
        var outcome = await handler.SaveAsync(context, scored, isSelf, form, HttpContext.RequestAborted);
        if (outcome.NotFound)
        {
            return NotFound();
        }

        if (outcome.Errors.Count == 0)
        {
            TempData["Notice"] = isSelf ? "Đã lưu điểm tự đánh giá." : "Đã lưu điểm chấm chéo.";
            return Redirect(isSelf ? "/Clusters/SelfAssessment/" + id : $"/Clusters/CrossScore/{id}?unit={scored}");
        }

        if (await handler.ReadAsync(context, scored, isSelf, form, HttpContext.RequestAborted) is not { } model)
        {
            // Refused outright (a unit scoring itself): back to the cluster with the reason.
            TempData["Problem"] = outcome.Errors[0];
            return Redirect("/Clusters/Details/" + id);
        }

        foreach (var error in outcome.Errors)
        {
            ModelState.AddModelError(string.Empty, error);
        }

        return View("Score", model);
    }
}
