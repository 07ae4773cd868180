namespace ThiDuaKhenThuong.Infrastructure.Files;

/// <summary>The kinds of evidence file the portal accepts, recognised by content, never by name.</summary>
public enum FileKind
{
    Pdf,
    Docx,
    Xlsx,
    Jpeg,
    Png,
}

public static class FileKinds
{
    public static string ContentType(this FileKind kind) => kind switch
    {
        FileKind.Pdf => "application/pdf",
        FileKind.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        FileKind.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        FileKind.Jpeg => "image/jpeg",
        FileKind.Png => "image/png",
    };

    public static string Extension(this FileKind kind) => kind switch
    {
        FileKind.Pdf => ".pdf",
        FileKind.Docx => ".docx",
        FileKind.Xlsx => ".xlsx",
        FileKind.Jpeg => ".jpg",
        FileKind.Png => ".png",
    };
}
