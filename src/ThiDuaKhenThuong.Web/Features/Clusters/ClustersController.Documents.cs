using Microsoft.AspNetCore.Mvc;
using ThiDuaKhenThuong.Infrastructure.Documents.Pdf;
using ThiDuaKhenThuong.Web.Features.Shared.Printing;

namespace ThiDuaKhenThuong.Web.Features.Clusters;

/// <summary>The ranking workbook and the leading-unit vote minutes.</summary>
public sealed partial class ClustersController
{
    [HttpGet]
    public async Task<IActionResult> Ranking(Guid id, [FromServices] ClusterOverview.Handler overview)
    {
        if (await contexts.LoadAsync(Viewer, id, HttpContext.RequestAborted) is not { } context)
        {
            return NotFound();
        }

        var (content, nameOrReason) = ClusterDocuments.Ranking(await overview.HandleAsync(context, HttpContext.RequestAborted));
        if (content is null)
        {
            TempData["Problem"] = nameOrReason;
            return Redirect("/Clusters/Details/" + id);
        }

        return File(content, ClusterDocuments.XlsxContentType, nameOrReason);
    }

    [HttpGet]
    public async Task<IActionResult> VoteMinutes(Guid id, [FromServices] ClusterOverview.Handler overview, [FromServices] ClusterDocuments.Handler documents, [FromServices] PrintedDocuments printed)
    {
        if (await contexts.LoadAsync(Viewer, id, HttpContext.RequestAborted) is not { } context)
        {
            return NotFound();
        }

        var (model, reason) = await documents.MinutesAsync(await overview.HandleAsync(context, HttpContext.RequestAborted), HttpContext.RequestAborted);
        if (model is null)
        {
            TempData["Problem"] = reason;
            return Redirect("/Clusters/Details/" + id);
        }

        try
        {
            var pdf = await printed.PdfAsync(ControllerContext, "~/Features/Clusters/VoteMinutes.cshtml", model, cancellationToken: HttpContext.RequestAborted);
            return File(pdf, PrintedDocuments.PdfContentType, $"bien-ban-kiem-phieu-suy-ton-{context.Group.Code.ToLowerInvariant()}-{context.Group.Year}.pdf");
        }
        catch (PdfRenderingException ex)
        {
            TempData["Problem"] = ex.Message;
            return Redirect("/Clusters/Details/" + id);
        }
    }
}
