using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Reporting;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Workflow.Notifications;

namespace ThiDuaKhenThuong.Infrastructure.Reporting;

/// <summary>Computes a draft's figures and freezes them with its text into a new published version.</summary>
public sealed class ReportPublisher(AppDbContext db, ReportFiguresQuery figures, TimeProvider clock)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static ReportRequest RequestFor(ReportDraft draft)
    {
        ArgumentNullException.ThrowIfNull(draft);
        return new ReportRequest(draft.TenantId, draft.Period, new ReportScope(draft.ScopeKind, draft.ScopeId, draft.ScopeName), draft.AsOf);
    }

    public static ReportFigures Read(PublishedReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return JsonSerializer.Deserialize<ReportFigures>(report.FiguresJson, Json)
               ?? throw new InvalidOperationException("Empty figures.");
    }

    /// <summary>Publishes the draft (one transaction: the snapshot, the draft's version count, the job's state, the notification).</summary>
    public async Task<PublishedReport> PublishAsync(ReportDraft draft, string publishedByName, Guid userId, ReportJob? job, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var computed = await figures.ComputeAsync(RequestFor(draft), cancellationToken);
        job?.Advance(70, "Đang lưu phiên bản công bố");
        var now = clock.GetUtcNow();
        var published = draft.Publish(Guid.CreateVersion7(now), JsonSerializer.Serialize(computed, Json), publishedByName, userId, now);
        db.PublishedReports.Add(published);
        job?.Complete(published.Id, now);
        db.OutboxMessages.Add(new OutboxMessage(draft.TenantId, Guid.CreateVersion7(now), $"report:{published.Id}", OutboxKind.Notification, "notify:report-ready", now)
        {
            RecipientUserIds = [userId],
            Subject = "Báo cáo đã sẵn sàng",
            Body = $"{draft.Period.Title} ({draft.ScopeName}), phiên bản {published.Version}, đã được công bố và sẵn sàng để tải xuống.",
            Link = $"/Reports/Published/{published.Id}",
        });
        await db.SaveChangesAsync(cancellationToken);
        return published;
    }

    public async Task<PublishedReport?> LatestAsync(Guid draftId, CancellationToken cancellationToken)
        => await db.PublishedReports.AsNoTracking().Where(p => p.DraftId == draftId).OrderByDescending(p => p.Version).FirstOrDefaultAsync(cancellationToken);
}
