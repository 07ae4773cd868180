namespace ThiDuaKhenThuong.Domain.Dossiers;

/// <summary>A forbidden move on a dossier; the message is Vietnamese and shown to the user as is.</summary>
public sealed class DossierRuleException : InvalidOperationException
{
    public DossierRuleException()
        : base("Thao tác không hợp lệ với hồ sơ này.")
    {
    }

    public DossierRuleException(string message)
        : base(message)
    {
    }

    public DossierRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
