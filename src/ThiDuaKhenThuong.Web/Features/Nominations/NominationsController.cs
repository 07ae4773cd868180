using Microsoft.AspNetCore.Mvc;
using ThiDuaKhenThuong.Web.Authorization;
using ThiDuaKhenThuong.Web.Features.Dossiers;

namespace ThiDuaKhenThuong.Web.Features.Nominations;

/// <summary>Nominations inside a dossier: add (with the eligibility check at once), justify, remove, appraise, import.</summary>
[Authorize<DossierUser>]
public sealed class NominationsController : Controller
{
    private DossierViewer Viewer => DossierViewer.From(User);

    [HttpGet]
    public async Task<IActionResult> Add(Guid id, [FromQuery] AddNomination.Command command, [FromServices] NominationAccess.Handler access, [FromServices] AddNomination.Handler handler)
    {
        var dossier = await access.DossierAsync(Viewer, id, HttpContext.RequestAborted);
        if (dossier is null || !Viewer.CanEdit(dossier))
        {
            return NotFound();
        }

        return View(await handler.FormAsync(dossier, command, HttpContext.RequestAborted));
    }

    [HttpPost]
    [ActionName("Add")]
    public async Task<IActionResult> AddPost(Guid id, AddNomination.Command command, [FromServices] NominationAccess.Handler access, [FromServices] AddNomination.Handler handler)
    {
        var dossier = await access.DossierAsync(Viewer, id, HttpContext.RequestAborted);
        if (dossier is null || !Viewer.CanEdit(dossier))
        {
            return NotFound();
        }

        var result = await handler.AddAsync(dossier, command, HttpContext.RequestAborted);
        if (result.NominationId is { } nominationId)
        {
            TempData["Notice"] = "Đã thêm đề nghị và kiểm tra điều kiện.";
            return RedirectToAction(nameof(Details), new { id = nominationId });
        }

        ModelState.AddModelError(string.Empty, result.Error!);
        return View("Add", await handler.FormAsync(dossier, command, HttpContext.RequestAborted));
    }

    [HttpGet]
    public async Task<IActionResult> Details(Guid id, [FromServices] NominationDetails.Handler handler)
        => await handler.HandleAsync(Viewer, id, null, HttpContext.RequestAborted) is { } model ? View(model) : NotFound();

    [HttpPost]
    public async Task<IActionResult> Justify(Guid id, string? justification, [FromServices] ChangeNomination.Handler handler)
    {
        var outcome = await handler.JustifyAsync(Viewer, id, justification, HttpContext.RequestAborted);
        if (outcome.NotFound)
        {
            return NotFound();
        }

        TempData[outcome.Refusal is null ? "Notice" : "Problem"] = outcome.Refusal
            ?? (string.IsNullOrWhiteSpace(justification) ? "Đã xóa giải trình." : "Đã lưu giải trình.");
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpPost]
    public async Task<IActionResult> Remove(Guid id, [FromServices] ChangeNomination.Handler handler)
    {
        var outcome = await handler.RemoveAsync(Viewer, id, HttpContext.RequestAborted);
        if (outcome.NotFound)
        {
            return NotFound();
        }

        if (outcome.Refusal is not null)
        {
            TempData["Problem"] = outcome.Refusal;
            return RedirectToAction(nameof(Details), new { id });
        }

        TempData["Notice"] = "Đã xóa đề nghị khỏi hồ sơ.";
        return RedirectToAction("Details", "Dossiers", new { id = outcome.DossierId });
    }

    [HttpPost]
    public async Task<IActionResult> Appraise(Guid id, AppraiseNomination.Command command, [FromServices] AppraiseNomination.Handler handler, [FromServices] NominationDetails.Handler details)
    {
        var outcome = await handler.HandleAsync(Viewer, id, command, HttpContext.RequestAborted);
        if (outcome.NotFound)
        {
            return NotFound();
        }

        if (outcome.Refusal is null)
        {
            TempData["Notice"] = "Đã lưu kết quả thẩm định.";
            return RedirectToAction(nameof(Details), new { id });
        }

        ModelState.AddModelError(string.Empty, outcome.Refusal);
        return await details.HandleAsync(Viewer, id, command, HttpContext.RequestAborted) is { } model ? View(nameof(Details), model) : NotFound();
    }

    [HttpGet]
    public async Task<IActionResult> Import(Guid id, [FromServices] NominationAccess.Handler access)
    {
        var dossier = await access.DossierAsync(Viewer, id, HttpContext.RequestAborted);
        return dossier is null || !Viewer.CanEdit(dossier) ? NotFound() : View(new ImportNominations.Model(dossier, null, [], 0));
    }

    [HttpGet]
    public IActionResult Template()
        => File(NominationSheet.Template(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "mau-nhap-de-nghi-khen-thuong.xlsx");

    [HttpPost]
    [ActionName("Import")]
    [RequestSizeLimit(NominationSheet.MaxBytes + (64 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = NominationSheet.MaxBytes + (64 * 1024))]
    public async Task<IActionResult> ImportPost(Guid id, IFormFile? file, [FromServices] NominationAccess.Handler access, [FromServices] ImportNominations.Handler handler)
    {
        var dossier = await access.DossierAsync(Viewer, id, HttpContext.RequestAborted);
        if (dossier is null || !Viewer.CanEdit(dossier))
        {
            return NotFound();
        }

        if (file is null || file.Length == 0)
        {
            return View("Import", new ImportNominations.Model(dossier, "Vui lòng chọn tệp Excel (.xlsx) có dữ liệu.", [], 0));
        }

        if (file.Length > NominationSheet.MaxBytes)
        {
            return View("Import", new ImportNominations.Model(dossier, "Tệp lớn hơn 20 MB; vui lòng chia thành nhiều tệp.", [], 0));
        }

        await using var stream = file.OpenReadStream();
        return View("Import", await handler.HandleAsync(dossier, stream, HttpContext.RequestAborted));
    }
}
