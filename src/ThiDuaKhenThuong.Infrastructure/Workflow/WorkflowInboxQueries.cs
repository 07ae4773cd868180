using ThiDuaKhenThuong.Domain.Workflow;

namespace ThiDuaKhenThuong.Infrastructure.Workflow;

/// <summary>Deadline filters for inboxes and dashboards, on the stored <c>deadline_at</c> column (index led by tenant, state, deadline).</summary>
public static class WorkflowInboxQueries
{
    /// <summary>Instances whose running step ended before <paramref name="today"/> (the deadline day itself is on time).</summary>
    public static IQueryable<WorkflowInstance> Overdue(this IQueryable<WorkflowInstance> instances, DateOnly today)
        => instances.Where(i => i.DeadlineAt != null && i.DeadlineAt < today);

    /// <summary>Instances due from <paramref name="today"/> to <see cref="WorkflowDeadlines.DueSoonCutoff"/> working days ahead.</summary>
    public static IQueryable<WorkflowInstance> DueSoon(
        this IQueryable<WorkflowInstance> instances, DateOnly today, WorkingCalendar calendar, int withinWorkingDays = WorkflowDeadlines.DefaultDueSoonWorkingDays)
    {
        var cutoff = WorkflowDeadlines.DueSoonCutoff(today, calendar, withinWorkingDays);
        return instances.Where(i => i.DeadlineAt != null && i.DeadlineAt >= today && i.DeadlineAt <= cutoff);
    }
}
