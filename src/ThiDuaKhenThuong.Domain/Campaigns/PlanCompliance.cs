namespace ThiDuaKhenThuong.Domain.Campaigns;

/// <summary>How a unit stands against a plan collection's deadline.</summary>
public enum PlanComplianceStatus
{
    /// <summary>Chưa gửi.</summary>
    Missing,

    /// <summary>Gửi đúng hạn.</summary>
    OnTime,

    /// <summary>Gửi muộn.</summary>
    Late,

    /// <summary>Bị trả lại, chờ đơn vị gửi lại.</summary>
    Returned,
}

/// <summary>
/// The compliance rule, in one place. A plan is on time when it was first sent no later than the end of the deadline
/// day in the province's local time (UTC+7): sent at 23:59 on the deadline day is on time, at 00:00 the next day is
/// late. A plan returned for changes shows as returned until it is sent again; resending keeps the first sending time,
/// so a plan sent on time and returned after the deadline is still on time once resent.
/// </summary>
public static class PlanCompliance
{
    public static PlanComplianceStatus Of(DateOnly deadline, TimeSpan utcOffset, DateTimeOffset? firstSentAt, bool returned)
    {
        if (firstSentAt is not { } sent)
        {
            return PlanComplianceStatus.Missing;
        }

        if (returned)
        {
            return PlanComplianceStatus.Returned;
        }

        return IsOnTime(deadline, utcOffset, sent) ? PlanComplianceStatus.OnTime : PlanComplianceStatus.Late;
    }

    public static bool IsOnTime(DateOnly deadline, TimeSpan utcOffset, DateTimeOffset sentAt)
        => DateOnly.FromDateTime(sentAt.ToOffset(utcOffset).DateTime) <= deadline;

    public static string Label(this PlanComplianceStatus status) => status switch
    {
        PlanComplianceStatus.Missing => "Chưa gửi",
        PlanComplianceStatus.OnTime => "Gửi đúng hạn",
        PlanComplianceStatus.Late => "Gửi muộn",
        PlanComplianceStatus.Returned => "Bị trả lại",
        _ => status.ToString(),
    };
}
