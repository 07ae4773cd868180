namespace ThiDuaKhenThuong.Domain.Organisation;

/// <summary>
/// A restructuring or cluster/block change that the rules forbid (a cycle in the tree, a merge into itself, an operation
/// on a closed unit…). The message is Vietnamese and meant for the user; nothing has been changed when it is thrown.
/// </summary>
public sealed class OrganisationRuleException : InvalidOperationException
{
    public OrganisationRuleException()
        : base("Thao tác không hợp lệ với cơ cấu tổ chức.")
    {
    }

    public OrganisationRuleException(string message)
        : base(message)
    {
    }

    public OrganisationRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
