namespace ThiDuaKhenThuong.Infrastructure.Documents.Pdf;

/// <summary>Configuration section <c>Pdf</c>.</summary>
public sealed class PdfOptions
{
    public const string Section = "Pdf";

    /// <summary>Debian's Chromium; Playwright downloads nothing when this is set.</summary>
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>PDFs printed at the same time per app instance; a burst of requests waits instead of exhausting memory.</summary>
    public int MaxParallel { get; set; } = 2;

    /// <summary>How long a request may wait for its turn and its printing together.</summary>
    public int TimeoutSeconds { get; set; } = 60;
}
