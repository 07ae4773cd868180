using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Reporting;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Reports;

/// <summary>Queues the publication of a draft; the background worker computes and freezes it and notifies the requester.</summary>
public static class PublishReport
{
    public sealed record Result(Guid? JobId, string? Refusal);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        /// <summary>Null when the draft is not found or not the viewer's to publish.</summary>
        public async Task<Result?> HandleAsync(ReportViewer viewer, Guid draftId, CancellationToken cancellationToken)
        {
            var draft = await db.ReportDrafts.AsNoTracking().FirstOrDefaultAsync(d => d.Id == draftId, cancellationToken);
            if (draft is null || !viewer.CanWrite(draft.ScopeKind, draft.ScopeId))
            {
                return null;
            }

            if (string.IsNullOrWhiteSpace(draft.Movements) || string.IsNullOrWhiteSpace(draft.Commendation))
            {
                return new Result(null, "Vui lòng nhập đủ phần kết quả phong trào và kết quả khen thưởng trước khi công bố.");
            }

            var running = await db.ReportJobs.AsNoTracking()
                .Where(j => j.DraftId == draftId && (j.Status == ReportJobStatus.Pending || j.Status == ReportJobStatus.Running))
                .Select(j => (Guid?)j.Id).FirstOrDefaultAsync(cancellationToken);
            if (running is { } existing)
            {
                return new Result(existing, null);
            }

            var now = clock.GetUtcNow();
            var job = new ReportJob(draft.TenantId, Guid.CreateVersion7(now), draftId, viewer.UserId, viewer.FullName, now);
            db.ReportJobs.Add(job);
            await db.SaveChangesAsync(cancellationToken);
            return new Result(job.Id, null);
        }

        public async Task<ReportJob?> JobAsync(ReportViewer viewer, Guid jobId, CancellationToken cancellationToken)
        {
            var job = await db.ReportJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == jobId, cancellationToken);
            if (job is null)
            {
                return null;
            }

            var draft = await db.ReportDrafts.AsNoTracking().FirstOrDefaultAsync(d => d.Id == job.DraftId, cancellationToken);
            return draft is not null && viewer.CanView(draft.ScopeKind, draft.ScopeId) ? job : null;
        }
    }
}
