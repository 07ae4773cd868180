namespace ThiDuaKhenThuong.Web.Features.Shared;

public static class LikePattern
{
    /// <summary>Escapes LIKE wildcards so that what the user typed is searched literally.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
    }
}
