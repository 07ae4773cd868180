namespace ThiDuaKhenThuong.Domain.Tenancy;

/// <summary>Raised when a write would touch a row of a province other than the current one.</summary>
public sealed class CrossTenantWriteException : InvalidOperationException
{
    public CrossTenantWriteException()
        : base("Không được ghi dữ liệu của tỉnh khác.")
    {
    }

    public CrossTenantWriteException(string message)
        : base(message)
    {
    }

    public CrossTenantWriteException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
