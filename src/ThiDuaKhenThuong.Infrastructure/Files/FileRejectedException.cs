namespace ThiDuaKhenThuong.Infrastructure.Files;

/// <summary>An upload refused for a reason the user can act on; the message is Vietnamese and shown as is.</summary>
public sealed class FileRejectedException : Exception
{
    public FileRejectedException()
        : base("Tệp không hợp lệ.")
    {
    }

    public FileRejectedException(string message)
        : base(message)
    {
    }

    public FileRejectedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
