namespace ThiDuaKhenThuong.Domain.Campaigns;

/// <summary>A forbidden move on a campaign, an annual plan or a registration; the message is shown to the user as is.</summary>
public sealed class CampaignRuleException : Exception
{
    public CampaignRuleException()
    {
    }

    public CampaignRuleException(string message)
        : base(message)
    {
    }

    public CampaignRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
