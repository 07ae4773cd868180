using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ThiDuaKhenThuong.Domain.Reporting;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Tenancy;

namespace ThiDuaKhenThuong.Infrastructure.Reporting;

public sealed class ReportJobOptions
{
    /// <summary>Runs the background worker; tests turn it off and call <see cref="ReportJobRunner.RunOnceAsync"/>.</summary>
    public bool Enabled { get; set; } = true;

    public int PollSeconds { get; set; } = 2;
}

/// <summary>
/// Runs pending report jobs, tenant by tenant, one job per transaction claimed with <c>FOR UPDATE SKIP LOCKED</c>
/// (ADR-005): across several app instances a job runs once. A failure marks the job failed with its reason.
/// </summary>
public sealed class ReportJobRunner(IServiceScopeFactory scopes, TimeProvider clock, ILogger<ReportJobRunner> logger)
{
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        List<Guid> tenants;
        await using (var scope = scopes.CreateAsyncScope())
        {
            tenants = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Tenants.Select(t => t.Id).ToListAsync(cancellationToken);
        }

        var done = 0;
        foreach (var tenantId in tenants)
        {
            while (await RunOneAsync(tenantId, cancellationToken))
            {
                done++;
            }
        }

        return done;
    }

    private async Task<bool> RunOneAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ITenantContext>().Use(tenantId);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var job = await db.ReportJobs.FromSql($"""
                SELECT * FROM report_jobs WHERE tenant_id = {tenantId} AND status = 'Pending'
                ORDER BY created_at, id LIMIT 1 FOR UPDATE SKIP LOCKED
                """).FirstOrDefaultAsync(cancellationToken);
        if (job is null)
        {
            return false;
        }

        // The whole job is one transaction: claimed, computed, published and notified together, or not at all.
        job.Advance(10, "Đang tính số liệu");
        var draft = await db.ReportDrafts.FirstOrDefaultAsync(d => d.Id == job.DraftId, cancellationToken);
        try
        {
            if (draft is null)
            {
                job.Fail("Không tìm thấy dự thảo báo cáo.", clock.GetUtcNow());
                await db.SaveChangesAsync(cancellationToken);
            }
            else
            {
                await scope.ServiceProvider.GetRequiredService<ReportPublisher>().PublishAsync(draft, job.RequestedByName, job.RequestedBy, job, cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Tạo báo cáo {JobId} không thành công", job.Id);
            await transaction.RollbackAsync(cancellationToken);
            await MarkFailedAsync(tenantId, job.Id, cancellationToken);
        }

        return true;
    }

    private async Task MarkFailedAsync(Guid tenantId, Guid jobId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ITenantContext>().Use(tenantId);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var job = await db.ReportJobs.FirstAsync(j => j.Id == jobId, cancellationToken);
        job.Fail("Không tạo được báo cáo do lỗi hệ thống. Vui lòng thử lại.", clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>Polls for report jobs in each app instance.</summary>
public sealed class ReportJobWorker(ReportJobRunner runner, TimeProvider clock, IOptions<ReportJobOptions> options, ILogger<ReportJobWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var interval = TimeSpan.FromSeconds(Math.Max(1, options.Value.PollSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await runner.RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Chạy hàng đợi báo cáo không thành công");
            }

            try
            {
                await Task.Delay(interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
