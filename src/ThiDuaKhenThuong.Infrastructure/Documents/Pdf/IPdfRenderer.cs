namespace ThiDuaKhenThuong.Infrastructure.Documents.Pdf;

/// <summary>
/// What to print: a complete HTML document (inline CSS, no external requests) and the page furniture. Margins follow
/// Nghị định 30/2020/NĐ-CP for A4 administrative documents (top and bottom 20 mm, left 30 mm, right 15 mm).
/// </summary>
public sealed record PdfRequest(string Html)
{
    public bool Landscape { get; init; }

    /// <summary>Prints "Trang x/y" centred at the foot of every page.</summary>
    public bool PageNumbers { get; init; } = true;

    public string MarginTop { get; init; } = "20mm";

    public string MarginBottom { get; init; } = "20mm";

    public string MarginLeft { get; init; } = "30mm";

    public string MarginRight { get; init; } = "15mm";
}

/// <summary>Turns HTML into a PDF. The portal's documents are Razor views rendered to HTML, then printed here.</summary>
public interface IPdfRenderer
{
    /// <exception cref="PdfRenderingException">The browser could not be started or the page could not be printed.</exception>
    Task<byte[]> RenderAsync(PdfRequest request, CancellationToken cancellationToken = default);
}

/// <summary>The PDF could not be produced; the message is shown to the user, the cause goes to the log.</summary>
public sealed class PdfRenderingException(string message, Exception? inner = null) : Exception(message, inner);
