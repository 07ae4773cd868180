using System.Diagnostics;
using ThiDuaKhenThuong.Infrastructure.Documents.Pdf;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Documents;

/// <summary>The portal's PDF printer: Vietnamese comes back out exactly, pages are numbered, and nothing is fetched from outside.</summary>
[Collection(PortalCollection.Name)]
public sealed class PdfRendererTests(PortalFixture fixture)
{
    [Fact]
    public async Task Html_IsPrintedAsA4_WithTheVietnameseTextReadableAndPagesNumbered()
    {
        var rows = string.Concat(Enumerable.Range(1, 80).Select(i => $"<p>Dòng {i}: Nguyễn Thị Hồng Nhung – Sở Y tế tỉnh Thái Bình</p>"));
        var html = $"<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><style>body{{font-family:'Times New Roman'}}</style></head><body><p><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b></p><p>Độc lập - Tự do - Hạnh phúc</p><img src=\"http://198.51.100.7/tracker.png\" alt=\"\">{rows}</body></html>";

        var pdf = await fixture.Portal.WithScopeAsync(sp => sp.GetRequiredService<IPdfRenderer>().RenderAsync(new PdfRequest(html)));

        pdf.AsSpan(0, 5).ToArray().ShouldBe("%PDF-"u8.ToArray());
        var text = await PdfTextAsync(pdf);
        text.ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        text.ShouldContain("Độc lập - Tự do - Hạnh phúc");
        text.ShouldContain("Dòng 80: Nguyễn Thị Hồng Nhung – Sở Y tế tỉnh Thái Bình");
        text.ShouldContain("Trang 1/");
        text.ShouldContain("Trang 2/");
    }

    [Fact]
    public async Task ManyDocumentsAtOnce_AreAllPrinted()
    {
        var renderer = fixture.Portal.Services.GetRequiredService<IPdfRenderer>();
        var jobs = Enumerable.Range(1, 6).Select(i => renderer.RenderAsync(new PdfRequest($"<html><body><p>Văn bản số {i}</p></body></html>") { PageNumbers = false }));

        var pdfs = await Task.WhenAll(jobs);

        for (var i = 0; i < pdfs.Length; i++)
        {
            (await PdfTextAsync(pdfs[i])).ShouldContain($"Văn bản số {i + 1}");
        }
    }

    /// <summary>What a reader of the PDF sees, by poppler's <c>pdftotext</c>.</summary>
    internal static async Task<string> PdfTextAsync(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"tdkt-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", "-enc", "UTF-8", path, "-"]) { RedirectStandardOutput = true })!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }
}
