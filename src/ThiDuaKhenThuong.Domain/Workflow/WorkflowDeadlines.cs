using System.Text.Json.Serialization;

namespace ThiDuaKhenThuong.Domain.Workflow;

/// <summary>Reads an instance's clock for inboxes, dashboards and reminder jobs.</summary>
public static class WorkflowDeadlines
{
    /// <summary>Default warning window: three working days before the deadline.</summary>
    public const int DefaultDueSoonWorkingDays = 3;

    /// <summary>Working days left until the deadline (0 on the deadline day, negative when overdue); null without a running clock.</summary>
    public static int? RemainingWorkingDays(WorkflowInstance instance, DateOnly today, WorkingCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(calendar);
        return instance.DeadlineAt is { } deadline ? calendar.WorkingDaysBetween(today, deadline) : null;
    }

    /// <summary>The deadline day itself is still on time; the day after it is overdue.</summary>
    public static bool IsOverdue(WorkflowInstance instance, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.DeadlineAt is { } deadline && deadline < today;
    }

    public static bool IsDueSoon(
        WorkflowInstance instance, DateOnly today, WorkingCalendar calendar, int withinWorkingDays = DefaultDueSoonWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(instance);
        return instance.DeadlineAt is { } deadline
            && deadline >= today
            && deadline <= DueSoonCutoff(today, calendar, withinWorkingDays);
    }

    /// <summary>
    /// Latest deadline that counts as due soon on <paramref name="today"/>. Lets a query filter a stored deadline column
    /// (<c>deadline_at BETWEEN today AND cutoff</c>) instead of computing working days per row.
    /// </summary>
    public static DateOnly DueSoonCutoff(DateOnly today, WorkingCalendar calendar, int withinWorkingDays = DefaultDueSoonWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        return calendar.AddWorkingDays(today, withinWorkingDays);
    }

    public static DeadlineStatus StatusOf(
        WorkflowInstance instance, DateOnly today, WorkingCalendar calendar, int dueSoonWorkingDays = DefaultDueSoonWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (instance.IsClockPaused)
        {
            return DeadlineStatus.Paused;
        }

        if (instance.DeadlineAt is null)
        {
            return DeadlineStatus.None;
        }

        if (IsOverdue(instance, today))
        {
            return DeadlineStatus.Overdue;
        }

        return IsDueSoon(instance, today, calendar, dueSoonWorkingDays) ? DeadlineStatus.DueSoon : DeadlineStatus.OnTrack;
    }

    public static string Label(DeadlineStatus status) => status switch
    {
        DeadlineStatus.None => "Không tính hạn",
        DeadlineStatus.OnTrack => "Trong hạn",
        DeadlineStatus.DueSoon => "Sắp đến hạn",
        DeadlineStatus.Overdue => "Quá hạn",
        DeadlineStatus.Paused => "Tạm dừng tính hạn",
    };
}

[JsonConverter(typeof(JsonStringEnumConverter<DeadlineStatus>))]
public enum DeadlineStatus
{
    None,
    OnTrack,
    DueSoon,
    Overdue,
    Paused,
}
