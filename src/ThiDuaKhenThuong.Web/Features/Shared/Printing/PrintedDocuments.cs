using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using ThiDuaKhenThuong.Infrastructure.Documents.Pdf;

namespace ThiDuaKhenThuong.Web.Features.Shared.Printing;

/// <summary>
/// The heading block of a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP, Phụ lục I): the issuing body
/// under its parent on the left with the number and symbol, the national title and motto on the right with the place
/// and date line.
/// </summary>
/// <param name="ParentBody">"ỦY BAN NHÂN DÂN" line, or null when the issuing body stands alone.</param>
/// <param name="IssuingBody">"TỈNH THÁI BÌNH", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG".</param>
/// <param name="NumberAndSymbol">"Số: 12/QĐ-UBND"; null prints "Số:      /" for the clerk to fill in.</param>
/// <param name="Place">The province's name as used in the date line ("Thái Bình").</param>
/// <param name="Date">The document's date; null leaves "ngày … tháng … năm …" blank.</param>
public sealed record DocumentHeading(string? ParentBody, string IssuingBody, string? NumberAndSymbol, string Place, DateOnly? Date)
{
    public string DateLine => Date is { } d
        ? string.Create(CultureInfo.InvariantCulture, $"{Place}, ngày {d.Day:00} tháng {d.Month:00} năm {d.Year}")
        : $"{Place}, ngày      tháng      năm";
}

/// <summary>Renders a Razor view to an HTML string and prints it as PDF through <see cref="IPdfRenderer"/>.</summary>
public sealed class PrintedDocuments(ICompositeViewEngine viewEngine, ITempDataDictionaryFactory tempData, IPdfRenderer pdf)
{
    public const string PdfContentType = "application/pdf";

    /// <summary>Renders <paramref name="viewPath"/> (e.g. "~/Features/Council/Minutes.cshtml") with the model.</summary>
    public async Task<string> HtmlAsync(ControllerContext context, string viewPath, object model)
    {
        ArgumentNullException.ThrowIfNull(context);
        var found = viewEngine.GetView(executingFilePath: null, viewPath, isMainPage: true);
        if (!found.Success)
        {
            throw new InvalidOperationException($"View {viewPath} not found: {string.Join("; ", found.SearchedLocations)}");
        }

        var viewData = new ViewDataDictionary(new Microsoft.AspNetCore.Mvc.ModelBinding.EmptyModelMetadataProvider(), context.ModelState) { Model = model };
        await using var writer = new StringWriter(CultureInfo.InvariantCulture);
        var viewContext = new ViewContext(context, found.View, viewData, tempData.GetTempData(context.HttpContext), writer, new HtmlHelperOptions());
        await found.View.RenderAsync(viewContext);
        return writer.ToString();
    }

    public async Task<byte[]> PdfAsync(ControllerContext context, string viewPath, object model, bool landscape = false, CancellationToken cancellationToken = default)
    {
        var html = await HtmlAsync(context, viewPath, model);
        return await pdf.RenderAsync(new PdfRequest(html) { Landscape = landscape }, cancellationToken);
    }
}
