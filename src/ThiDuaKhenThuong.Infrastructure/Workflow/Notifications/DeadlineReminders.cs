using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Tenancy;

namespace ThiDuaKhenThuong.Infrastructure.Workflow.Notifications;

public sealed class ReminderOptions
{
    /// <summary>Runs the background worker; tests turn it off and call <see cref="DeadlineReminders.RunOnceAsync"/>.</summary>
    public bool Enabled { get; set; } = true;

    public int IntervalMinutes { get; set; } = 60;

    /// <summary>How many working days before the deadline a dossier counts as due soon.</summary>
    public int DueSoonWorkingDays { get; set; } = WorkflowDeadlines.DefaultDueSoonWorkingDays;
}

/// <summary>
/// Writes a reminder to the outbox for every running step that is due soon or overdue, at most one per instance, day
/// and kind: the message id is <c>reminder:{instance}:{yyyy-MM-dd}:{due-soon|overdue}</c> and the outbox's unique
/// (tenant, message id) turns a second insert, by a later run or another app instance, into a no-op (ADR-005).
/// </summary>
public sealed class DeadlineReminders(IServiceScopeFactory scopes, TimeProvider clock, Microsoft.Extensions.Options.IOptions<ReminderOptions> options)
{
    public const string DueSoonKind = "due-soon";
    public const string OverdueKind = "overdue";

    public static string MessageId(Guid instanceId, DateOnly today, string kind)
        => string.Create(CultureInfo.InvariantCulture, $"reminder:{instanceId:D}:{today:yyyy-MM-dd}:{kind}");

    /// <summary>Reminds about every tenant's due-soon and overdue instances once; returns the number of new outbox rows.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        List<Guid> tenants;
        await using (var scope = scopes.CreateAsyncScope())
        {
            tenants = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Tenants.Select(t => t.Id).ToListAsync(cancellationToken);
        }

        var written = 0;
        foreach (var tenantId in tenants)
        {
            written += await RunForTenantAsync(tenantId, cancellationToken);
        }

        return written;
    }

    private async Task<int> RunForTenantAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        using var _ = scope.ServiceProvider.GetRequiredService<ITenantContext>().Use(tenantId);
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var calendar = await scope.ServiceProvider.GetRequiredService<WorkingCalendars>().LoadAsync(cancellationToken);
        var now = clock.GetUtcNow().ToUniversalTime();
        var today = calendar.LocalDate(now);
        var cutoff = WorkflowDeadlines.DueSoonCutoff(today, calendar, Math.Max(0, options.Value.DueSoonWorkingDays));
        var instances = await db.WorkflowInstances.AsNoTracking()
            .Where(i => i.DeadlineAt != null && i.DeadlineAt <= cutoff)
            .OrderBy(i => i.DeadlineAt).ThenBy(i => i.Id)
            .ToListAsync(cancellationToken);
        if (instances.Count == 0)
        {
            return 0;
        }

        var definitions = new Dictionary<(string, int), WorkflowDefinition?>();
        var written = 0;
        foreach (var instance in instances)
        {
            var key = (instance.DefinitionCode, instance.DefinitionVersion);
            if (!definitions.TryGetValue(key, out var definition))
            {
                var record = await db.WorkflowDefinitions.AsNoTracking()
                    .FirstOrDefaultAsync(d => d.Code == instance.DefinitionCode && d.Version == instance.DefinitionVersion, cancellationToken);
                definitions[key] = definition = record?.Read();
            }

            if (definition is null || definition.FindState(instance.State) is not { IsTerminal: false } state)
            {
                continue;
            }

            var message = Compose(instance, definition, state, calendar, today, now);
            written += await InsertAsync(db, message, cancellationToken);
        }

        return written;
    }

    /// <summary>The reminder for one instance on <paramref name="today"/>, addressed to whoever must act in its state.</summary>
    public static OutboxMessage Compose(
        WorkflowInstance instance, WorkflowDefinition definition, WorkflowState state, WorkingCalendar calendar, DateOnly today, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(calendar);
        var deadline = instance.DeadlineAt ?? throw new ArgumentException("The instance has no running deadline.", nameof(instance));
        var overdue = deadline < today;
        var kind = overdue ? OverdueKind : DueSoonKind;
        var date = deadline.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        var (unitId, roles) = Responsible(definition, instance, state);
        var subject = overdue
            ? $"[{definition.Name}] Hồ sơ đã quá hạn xử lý (hạn {date})"
            : $"[{definition.Name}] Hồ sơ sắp đến hạn xử lý ngày {date}";
        var body = overdue
            ? $"Hồ sơ đang ở bước \"{state.Label}\" đã quá hạn xử lý: hạn là ngày {date}, đã quá {calendar.WorkingDaysBetween(deadline, today)} ngày làm việc. Đề nghị xử lý ngay."
            : $"Hồ sơ đang ở bước \"{state.Label}\" sắp đến hạn xử lý ngày {date} (còn {calendar.WorkingDaysBetween(today, deadline)} ngày làm việc).";
        return new OutboxMessage(instance.TenantId, Guid.CreateVersion7(now), MessageId(instance.Id, today, kind), OutboxKind.Notification, "reminder:" + kind, now)
        {
            InstanceId = instance.Id,
            RecipientUnitId = unitId,
            RecipientRoles = [.. roles],
            Subject = subject.Length > 300 ? subject[..300] : subject,
            Body = body,
            Link = NotificationTemplates.InstanceLink(instance.Id),
        };
    }

    /// <summary>
    /// Who must act in a state: the Standing Agency's officers when a province-wide transition leaves it (the agency's
    /// steps), otherwise the staff of the unit that owns the dossier.
    /// </summary>
    public static (Guid? UnitId, IReadOnlyList<string> Roles) Responsible(WorkflowDefinition definition, WorkflowInstance instance, WorkflowState state)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(state);
        var agencyStep = definition.TransitionsFrom(state.Code).Any(t => t.Scope == TransitionScope.Tenant);
        var effect = agencyStep ? WorkflowEffects.NotifyStandingAgency : WorkflowEffects.NotifyUnitStaff;
        var recipients = NotificationTemplates.Recipients(effect, instance.OwnerUnitId)
            ?? throw new InvalidOperationException("Unknown notification effect " + effect);
        return (recipients.UnitId, recipients.Roles);
    }

    /// <summary>Inserts unless the message id is already there (this run earlier, or another app instance): 1 or 0.</summary>
    private static Task<int> InsertAsync(AppDbContext db, OutboxMessage m, CancellationToken cancellationToken)
    {
        var kind = m.Kind.ToString();
        var userIds = m.RecipientUserIds.ToArray();
        var roles = m.RecipientRoles.ToArray();
        return db.Database.ExecuteSqlInterpolatedAsync($"""
            INSERT INTO outbox_messages (tenant_id, id, message_id, kind, effect, instance_id, recipient_user_ids, recipient_unit_id,
                recipient_roles, subject, body, link, created_at, attempts)
            VALUES ({m.TenantId}, {m.Id}, {m.MessageId}, {kind}, {m.Effect}, {m.InstanceId}, {userIds}, {m.RecipientUnitId},
                {roles}, {m.Subject}, {m.Body}, {m.Link}, {m.CreatedAt}, 0)
            ON CONFLICT (tenant_id, message_id) DO NOTHING
            """, cancellationToken);
    }
}
