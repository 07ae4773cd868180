using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ThiDuaKhenThuong.Infrastructure.Caching;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Tenancy;

namespace ThiDuaKhenThuong.Infrastructure.Workflow.Notifications;

public sealed class OutboxOptions
{
    /// <summary>Runs the background worker; tests turn it off and call <see cref="OutboxRelay.RunOnceAsync"/>.</summary>
    public bool Enabled { get; set; } = true;

    public int BatchSize { get; set; } = 20;

    public int PollSeconds { get; set; } = 5;
}

/// <summary>
/// Delivers pending notification messages, tenant by tenant (row security hides other tenants' rows), in batches
/// claimed with <c>FOR UPDATE SKIP LOCKED</c>, so several app instances share the work without taking the same row.
/// At least once: in-app rows are unique per (message, user) and e-mails carry a stable delivery id, so a retry does
/// not double them. A failure is retried later with exponential backoff.
/// </summary>
public sealed class OutboxRelay(
    IServiceScopeFactory scopes, IMailSender mail, TimeProvider clock, IOptions<OutboxOptions> options, ILogger<OutboxRelay> logger,
    UnreadNotificationCounts unread)
{
    /// <summary>Relays every due message of every tenant once; returns the number delivered.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        List<Guid> tenants;
        await using (var scope = scopes.CreateAsyncScope())
        {
            tenants = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Tenants.Select(t => t.Id).ToListAsync(cancellationToken);
        }

        var delivered = 0;
        foreach (var tenantId in tenants)
        {
            int batch;
            do
            {
                batch = await RunBatchAsync(tenantId, cancellationToken);
                delivered += Math.Max(batch, 0);
            }
            while (batch > 0);
        }

        return delivered;
    }

    /// <summary>One batch of one tenant: the number delivered, 0 when nothing was due, -1 when something failed.</summary>
    private async Task<int> RunBatchAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ITenantContext>().Use(tenantId);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var now = clock.GetUtcNow().ToUniversalTime();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var batch = await db.OutboxMessages.FromSql($"""
                SELECT * FROM outbox_messages
                WHERE processed_at IS NULL AND kind = 'Notification' AND (next_attempt_at IS NULL OR next_attempt_at <= {now})
                ORDER BY created_at, id LIMIT {options.Value.BatchSize}
                FOR UPDATE SKIP LOCKED
                """).ToListAsync(cancellationToken);
        var delivered = 0;
        var failed = false;
        foreach (var message in batch)
        {
            try
            {
                await DeliverAsync(db, message, now, cancellationToken);
                message.MarkProcessed(now);
                delivered++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException and not DbUpdateException and not Npgsql.NpgsqlException)
            {
                logger.LogWarning(ex, "Gửi thông báo {MessageId} không thành công (lần {Attempt})", message.MessageId, message.Attempts + 1);
                message.MarkFailed(now, ex.Message);
                failed = true;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        if (delivered > 0)
        {
            // The bells of the recipients show the new notifications on their next page.
            unread.DropAll();
        }

        return failed ? -1 : delivered;
    }

    private async Task DeliverAsync(AppDbContext db, OutboxMessage message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var users = db.Users.AsNoTracking();
        if (message.RecipientUserIds.Count > 0)
        {
            users = users.Where(u => message.RecipientUserIds.Contains(u.Id));
        }
        else
        {
            if (message.RecipientUnitId is { } unitId)
            {
                users = users.Where(u => u.UnitId == unitId);
            }

            var roles = message.RecipientRoles;
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && roles.Contains(r.Name!))));
        }

        var recipients = await users.OrderBy(u => u.Id).Select(u => new { u.Id, u.Email, u.FullName }).ToListAsync(cancellationToken);
        foreach (var user in recipients)
        {
            await db.Database.ExecuteSqlInterpolatedAsync($"""
                INSERT INTO notifications (tenant_id, id, user_id, message_id, title, body, link, created_at)
                VALUES ({message.TenantId}, {Guid.CreateVersion7(now)}, {user.Id}, {message.MessageId}, {message.Subject}, {message.Body}, {message.Link}, {now})
                ON CONFLICT (tenant_id, message_id, user_id) DO NOTHING
                """, cancellationToken);
            if (!string.IsNullOrWhiteSpace(user.Email))
            {
                await mail.SendAsync(new OutgoingMail($"{message.MessageId}.{user.Id:N}", user.Email, user.FullName, message.Subject, message.Body), cancellationToken);
            }
        }
    }
}
