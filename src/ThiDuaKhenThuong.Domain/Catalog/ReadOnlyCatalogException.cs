namespace ThiDuaKhenThuong.Domain.Catalog;

/// <summary>Raised when something tries to change a national (read-only) catalog entry or rule set.</summary>
public sealed class ReadOnlyCatalogException : InvalidOperationException
{
    public ReadOnlyCatalogException()
        : base("Danh mục, bộ quy tắc quốc gia chỉ đọc.")
    {
    }

    public ReadOnlyCatalogException(string message)
        : base(message)
    {
    }

    public ReadOnlyCatalogException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
