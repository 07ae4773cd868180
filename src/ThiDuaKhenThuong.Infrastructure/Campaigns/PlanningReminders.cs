using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ThiDuaKhenThuong.Domain.Campaigns;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Tenancy;
using ThiDuaKhenThuong.Infrastructure.Workflow;
using ThiDuaKhenThuong.Infrastructure.Workflow.Notifications;

namespace ThiDuaKhenThuong.Infrastructure.Campaigns;

public sealed class PlanningReminderOptions
{
    /// <summary>Runs the background worker; tests turn it off and call <see cref="PlanningReminders.RunOnceAsync"/>.</summary>
    public bool Enabled { get; set; } = true;

    public int IntervalMinutes { get; set; } = 60;

    /// <summary>Working days before a campaign milestone when the Standing Agency is reminded of it.</summary>
    public int MilestoneLeadWorkingDays { get; set; } = 5;

    /// <summary>Working days before a plan collection's deadline when units that have not sent are reminded.</summary>
    public int PlanLeadWorkingDays { get; set; } = 3;
}

/// <summary>
/// Reminders of the planning calendar, through the outbox: a campaign milestone coming within
/// <see cref="PlanningReminderOptions.MilestoneLeadWorkingDays"/> working days (to the Standing Agency), and a plan
/// deadline within <see cref="PlanningReminderOptions.PlanLeadWorkingDays"/> (to each expected unit that has not sent
/// its plan). Message ids are deterministic — one reminder per milestone date, and per collection, unit and deadline —
/// so repeated runs and several app instances write each once (the outbox's unique message id).
/// </summary>
public sealed class PlanningReminders(IServiceScopeFactory scopes, TimeProvider clock, IOptions<PlanningReminderOptions> options)
{
    public static string MilestoneMessageId(Guid campaignId, CampaignMilestone milestone, DateOnly date)
        => string.Create(CultureInfo.InvariantCulture, $"campaign-reminder:{campaignId:D}:{milestone}:{date:yyyy-MM-dd}");

    public static string PlanMessageId(Guid collectionId, Guid unitId, DateOnly deadline)
        => string.Create(CultureInfo.InvariantCulture, $"plan-reminder:{collectionId:D}:{unitId:D}:{deadline:yyyy-MM-dd}");

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
            await using var scope = scopes.CreateAsyncScope();
            using var _ = scope.ServiceProvider.GetRequiredService<ITenantContext>().Use(tenantId);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var calendar = await scope.ServiceProvider.GetRequiredService<WorkingCalendars>().LoadAsync(cancellationToken);
            var now = clock.GetUtcNow().ToUniversalTime();
            var today = calendar.LocalDate(now);
            written += await MilestonesAsync(db, tenantId, calendar, today, now, cancellationToken);
            written += await PlansAsync(db, tenantId, calendar, today, now, cancellationToken);
        }

        return written;
    }

    private async Task<int> MilestonesAsync(AppDbContext db, Guid tenantId, WorkingCalendar calendar, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cutoff = calendar.AddWorkingDays(today, Math.Max(0, options.Value.MilestoneLeadWorkingDays));
        var campaigns = await db.Campaigns.AsNoTracking()
            .Where(c => (c.LaunchDate >= today && c.LaunchDate <= cutoff)
                || (c.PreliminaryReviewDate >= today && c.PreliminaryReviewDate <= cutoff)
                || (c.FinalReviewDate >= today && c.FinalReviewDate <= cutoff))
            .ToListAsync(cancellationToken);
        var written = 0;
        foreach (var campaign in campaigns)
        {
            foreach (var milestone in Enum.GetValues<CampaignMilestone>())
            {
                if (campaign.DateOf(milestone) is not { } date || date < today || date > cutoff)
                {
                    continue;
                }

                var when = date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
                var left = calendar.WorkingDaysBetween(today, date);
                var message = new OutboxMessage(tenantId, Guid.CreateVersion7(now), MilestoneMessageId(campaign.Id, milestone, date), OutboxKind.Notification, "reminder:campaign", now)
                {
                    RecipientRoles = [Roles.StandingOfficer],
                    Subject = Cut($"[Phong trào thi đua] {milestone.Label()} \"{campaign.Name}\" ngày {when}"),
                    Body = $"Phong trào \"{campaign.Name}\" ({campaign.PeriodLabel}) có mốc {milestone.Label().ToLowerInvariant()} vào ngày {when} (còn {left} ngày làm việc). Đề nghị chuẩn bị nội dung, hồ sơ khen thưởng.",
                    Link = "/Campaigns/Details/" + campaign.Id.ToString("D"),
                };
                written += await InsertAsync(db, message, cancellationToken);
            }
        }

        return written;
    }

    private async Task<int> PlansAsync(AppDbContext db, Guid tenantId, WorkingCalendar calendar, DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var cutoff = calendar.AddWorkingDays(today, Math.Max(0, options.Value.PlanLeadWorkingDays));
        var collections = await db.PlanCollections.AsNoTracking().Where(c => c.Deadline >= today && c.Deadline <= cutoff).ToListAsync(cancellationToken);
        var written = 0;
        foreach (var collection in collections)
        {
            // Missing: expected, and no plan of the unit was ever sent.
            var missing = await db.PlanCollectionUnits.AsNoTracking()
                .Where(u => u.CollectionId == collection.Id)
                .Where(u => !db.UnitPlans.Any(p => p.CollectionId == collection.Id && p.UnitId == u.UnitId && p.FirstSentAt != null))
                .Select(u => u.UnitId)
                .ToListAsync(cancellationToken);
            var when = collection.Deadline.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
            foreach (var unitId in missing)
            {
                var message = new OutboxMessage(tenantId, Guid.CreateVersion7(now), PlanMessageId(collection.Id, unitId, collection.Deadline), OutboxKind.Notification, "reminder:plan", now)
                {
                    RecipientUnitId = unitId,
                    RecipientRoles = [Roles.UnitStaff, Roles.UnitLeader],
                    Subject = Cut($"[Kế hoạch thi đua {collection.Year}] Hạn gửi kế hoạch là ngày {when}"),
                    Body = $"Đơn vị chưa gửi kế hoạch công tác thi đua, khen thưởng năm {collection.Year}. Hạn gửi là hết ngày {when} (còn {calendar.WorkingDaysBetween(today, collection.Deadline)} ngày làm việc).",
                    Link = "/Plans/Mine/" + collection.Id.ToString("D"),
                };
                written += await InsertAsync(db, message, cancellationToken);
            }
        }

        return written;
    }

    private static string Cut(string subject) => subject.Length > 300 ? subject[..300] : subject;

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
