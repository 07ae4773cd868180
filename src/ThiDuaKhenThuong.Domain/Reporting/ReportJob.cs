using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Domain.Reporting;

public enum ReportJobStatus
{
    Pending,
    Running,
    Done,
    Failed,
}

/// <summary>
/// A request to publish a draft: computed in the background by a worker that claims the row with
/// <c>FOR UPDATE SKIP LOCKED</c> (so one instance runs it), with progress the page polls, and a notification when done.
/// </summary>
public sealed class ReportJob : ITenantOwned
{
    private ReportJob()
    {
        Stage = string.Empty;
        RequestedByName = string.Empty;
    }

    public ReportJob(Guid tenantId, Guid id, Guid draftId, Guid requestedBy, string requestedByName, DateTimeOffset now)
    {
        TenantId = tenantId;
        Id = id;
        DraftId = draftId;
        RequestedBy = requestedBy;
        RequestedByName = requestedByName;
        CreatedAt = now;
        Status = ReportJobStatus.Pending;
        Stage = "Đang chờ xử lý";
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public Guid DraftId { get; private set; }

    public Guid RequestedBy { get; private set; }

    public string RequestedByName { get; private set; }

    public ReportJobStatus Status { get; private set; }

    /// <summary>0–100.</summary>
    public int Progress { get; private set; }

    public string Stage { get; private set; }

    public Guid? PublishedReportId { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? FinishedAt { get; private set; }

    public bool IsFinished => Status is ReportJobStatus.Done or ReportJobStatus.Failed;

    public void Advance(int progress, string stage)
    {
        Status = ReportJobStatus.Running;
        Progress = Math.Clamp(progress, 0, 99);
        Stage = stage;
    }

    public void Complete(Guid publishedReportId, DateTimeOffset now)
    {
        Status = ReportJobStatus.Done;
        Progress = 100;
        Stage = "Đã hoàn thành";
        PublishedReportId = publishedReportId;
        FinishedAt = now;
    }

    public void Fail(string reason, DateTimeOffset now)
    {
        Status = ReportJobStatus.Failed;
        Stage = reason.Length > 500 ? reason[..500] : reason;
        FinishedAt = now;
    }
}
