using Microsoft.AspNetCore.Mvc;
using ThiDuaKhenThuong.Infrastructure.Documents;
using ThiDuaKhenThuong.Web.Authorization;
using ThiDuaKhenThuong.Web.Features.Dossiers;

namespace ThiDuaKhenThuong.Web.Features.DossierDocuments;

/// <summary>Documents generated from the dossiers: the cover letter to sign, and the dossier list as a workbook.</summary>
[Authorize<DossierUser>]
public sealed class DossierDocumentsController : Controller
{
    private DossierViewer Viewer => DossierViewer.From(User);

    [HttpGet]
    public async Task<IActionResult> CoverLetter(Guid id, [FromServices] CoverLetter.Handler handler)
        => await handler.HandleAsync(Viewer, id, HttpContext.RequestAborted) is { } letter
            ? File(letter.Content, CoverLetterDocx.ContentType, letter.FileName)
            : NotFound();

    [HttpGet]
    public async Task<IActionResult> Export([FromQuery] ListDossiers.Query query, [FromServices] ExportDossiers.Handler handler)
    {
        var workbook = await handler.HandleAsync(Viewer, query, HttpContext.RequestAborted);
        return File(workbook.Content, ExportDossiers.ContentType, workbook.FileName);
    }
}
