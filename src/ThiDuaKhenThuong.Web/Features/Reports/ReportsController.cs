using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using ThiDuaKhenThuong.Domain.Reporting;
using ThiDuaKhenThuong.Infrastructure.Documents.Pdf;
using ThiDuaKhenThuong.Infrastructure.Reporting;
using ThiDuaKhenThuong.Web.Authorization;
using ThiDuaKhenThuong.Web.Features.Shared;
using ThiDuaKhenThuong.Web.Features.Shared.Printing;

namespace ThiDuaKhenThuong.Web.Features.Reports;

[Authorize<ReportUser>]
public sealed class ReportsController(ReportPages.Handler pages) : Controller
{
    public const string PrintView = "~/Features/Reports/Print.cshtml";

    private ReportViewer Viewer => ReportViewer.From(User);

    [HttpGet]
    public async Task<IActionResult> Index() => View(await pages.IndexAsync(Viewer, HttpContext.RequestAborted));

    [HttpPost]
    public async Task<IActionResult> Create([Bind(Prefix = "NewReport")] CreateReport.Command command, [FromServices] IValidator<CreateReport.Command> validator, [FromServices] CreateReport.Handler handler)
    {
        if (!await this.ValidateAsync(validator, command))
        {
            var model = await pages.IndexAsync(Viewer, HttpContext.RequestAborted);
            return View(nameof(Index), model with { NewReport = command });
        }

        var id = await handler.HandleAsync(Viewer, command, HttpContext.RequestAborted);
        if (id is null)
        {
            return NotFound();
        }

        TempData["Notice"] = "Đã tạo dự thảo báo cáo; phần nội dung đã được điền sẵn từ số liệu, hãy biên tập lại.";
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpGet]
    public async Task<IActionResult> Edit(Guid id)
        => await pages.EditAsync(Viewer, id, null, HttpContext.RequestAborted) is { } model ? View(model) : NotFound();

    [HttpPost]
    public async Task<IActionResult> Edit(Guid id, EditReport.Command command, [FromServices] IValidator<EditReport.Command> validator, [FromServices] EditReport.Handler handler)
    {
        if (!await this.ValidateAsync(validator, command))
        {
            return await pages.EditAsync(Viewer, id, command, HttpContext.RequestAborted) is { } model ? View(model) : NotFound();
        }

        if (!await handler.HandleAsync(Viewer, id, command, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        TempData["Notice"] = "Đã lưu dự thảo báo cáo.";
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost]
    public async Task<IActionResult> Prefill(Guid id, [FromServices] EditReport.Handler handler)
    {
        if (!await handler.PrefillAsync(Viewer, id, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        TempData["Notice"] = "Đã viết lại nội dung dự thảo từ số liệu hiện tại.";
        return RedirectToAction(nameof(Edit), new { id });
    }

    [HttpPost]
    public async Task<IActionResult> Publish(Guid id, [FromServices] PublishReport.Handler handler)
    {
        var result = await handler.HandleAsync(Viewer, id, HttpContext.RequestAborted);
        if (result is null)
        {
            return NotFound();
        }

        if (result.Refusal is not null)
        {
            TempData["Problem"] = result.Refusal;
            return RedirectToAction(nameof(Edit), new { id });
        }

        return RedirectToAction(nameof(Job), new { id = result.JobId });
    }

    [HttpGet]
    public async Task<IActionResult> Job(Guid id, [FromServices] PublishReport.Handler handler)
        => await handler.JobAsync(Viewer, id, HttpContext.RequestAborted) is { } job ? View(job) : NotFound();

    /// <summary>The progress the job page polls: status, percent, stage and, when done, where to go.</summary>
    [HttpGet]
    public async Task<IActionResult> JobStatus(Guid id, [FromServices] PublishReport.Handler handler)
        => await handler.JobAsync(Viewer, id, HttpContext.RequestAborted) is { } job
            ? Json(new { status = job.Status.ToString(), progress = job.Progress, stage = job.Stage, done = job.IsFinished, link = job.PublishedReportId is { } p ? Url.Action(nameof(Published), new { id = p }) : null })
            : NotFound();

    [HttpGet]
    public async Task<IActionResult> Published(Guid id)
    {
        var report = await pages.PublishedAsync(Viewer, id, HttpContext.RequestAborted);
        return report is null ? NotFound() : View(await pages.DocumentAsync(report, HttpContext.RequestAborted));
    }

    /// <summary>A published version in PDF, Word or Excel, rendered from its frozen figures and text.</summary>
    [HttpGet]
    public async Task<IActionResult> Download(Guid id, string? format, [FromServices] PrintedDocuments printed)
    {
        var report = await pages.PublishedAsync(Viewer, id, HttpContext.RequestAborted);
        if (report is null)
        {
            return NotFound();
        }

        var document = await pages.DocumentAsync(report, HttpContext.RequestAborted);
        return await RenderAsync(document, format, printed, nameof(Published), new { id });
    }

    /// <summary>The newest published province report of the kind, straight to the file (the leader's shortcut).</summary>
    [HttpGet]
    public async Task<IActionResult> Latest(ReportPeriodKind kind, string? format, [FromServices] PrintedDocuments printed)
    {
        var report = await pages.LatestProvinceAsync(Viewer, kind, HttpContext.RequestAborted);
        if (report is null)
        {
            TempData["Problem"] = "Chưa có báo cáo nào được công bố.";
            return RedirectToAction(nameof(Index));
        }

        return await RenderAsync(await pages.DocumentAsync(report, HttpContext.RequestAborted), format ?? "pdf", printed, nameof(Index), null);
    }

    [HttpGet]
    [Authorize<ProvinceOverview>]
    public async Task<IActionResult> Forms(int? year, ReportPeriodKind? kind, [FromServices] StatisticalFormsPage.Handler handler)
        => View(await handler.HandleAsync(year, kind, HttpContext.RequestAborted));

    /// <summary>Forms 0601–0605 as one workbook, a sheet each, in the official layout (merged headers, codes, column numbers).</summary>
    [HttpGet]
    [Authorize<ProvinceOverview>]
    public async Task<IActionResult> FormsExcel(int? year, ReportPeriodKind? kind, [FromServices] StatisticalFormsPage.Handler handler)
    {
        var model = await handler.HandleAsync(year, kind, HttpContext.RequestAborted);
        var suffix = model.Kind == ReportPeriodKind.SixMonth ? "6-thang" : "nam";
        return File(ReportXlsx.Forms(model.IssuingBody, [.. model.All]), ReportXlsx.ContentType, $"bieu-0601-0605-{suffix}-{model.Year}.xlsx");
    }

    private async Task<IActionResult> RenderAsync(ReportDocument document, string? format, PrintedDocuments printed, string back, object? routeValues)
    {
        switch (format)
        {
            case "docx":
                return File(ReportDocx.Build(document), ReportDocx.ContentType, document.FileName("docx"));
            case "xlsx":
                return File(ReportXlsx.Build(document), ReportXlsx.ContentType, document.FileName("xlsx"));
            default:
                try
                {
                    var pdf = await printed.PdfAsync(ControllerContext, PrintView, document, cancellationToken: HttpContext.RequestAborted);
                    return File(pdf, PrintedDocuments.PdfContentType, document.FileName("pdf"));
                }
                catch (PdfRenderingException ex)
                {
                    TempData["Problem"] = ex.Message;
                    return RedirectToAction(back, routeValues);
                }
        }
    }
}
