using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Caching;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.Infrastructure.Workflow.Notifications;
using ThiDuaKhenThuong.TestKit;
using static ThiDuaKhenThuong.IntegrationTests.Workflow.WorkflowTestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Workflow;

/// <summary>Due-soon and overdue reminders go through the outbox once per instance, day and kind, to whoever must act.</summary>
[Collection(PortalCollection.Name)]
public sealed class DeadlineReminderTests(PortalFixture fixture)
{
    [Fact]
    public async Task DueSoonThenOverdue_WritesOneReminderEach_AndTheRelayDeliversThemToTheStandingOfficers()
    {
        // Received on Friday 13/2/2026: 20 working days (Tết from the calendar) end on Friday 20/3/2026.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 2, 13, 9, 0, 0, TimeSpan.FromHours(7)));
        var subject = await StartInAsync(fixture, DemoTenants.ThaiBinhCode);
        await MoveAsync(subject, clock, WorkflowActions.SubmitToLeader, Roles.UnitStaff);
        await MoveAsync(subject, clock, WorkflowActions.Send, Roles.UnitLeader);
        await MoveAsync(subject, clock, WorkflowActions.Receive, Roles.StandingOfficer);
        var scopes = fixture.Portal.Services.GetRequiredService<IServiceScopeFactory>();
        var reminders = new DeadlineReminders(scopes, clock, Options.Create(new ReminderOptions()));

        // Wednesday 18/3: two working days before the deadline.
        clock.SetUtcNow(new DateTimeOffset(2026, 3, 18, 8, 0, 0, TimeSpan.FromHours(7)));
        await reminders.RunOnceAsync();
        var dueSoon = await RemindersAsync(subject);
        dueSoon.Count.ShouldBe(1);
        dueSoon[0].MessageId.ShouldBe($"reminder:{subject.InstanceId:D}:2026-03-18:due-soon");
        dueSoon[0].Subject.ShouldContain("Hồ sơ sắp đến hạn xử lý ngày 20/03/2026");
        dueSoon[0].RecipientUnitId.ShouldBeNull();
        dueSoon[0].RecipientRoles.ShouldBe([Roles.StandingOfficer]);

        // A second run the same day (another app instance, or the next interval) adds nothing.
        clock.Advance(TimeSpan.FromHours(3));
        await reminders.RunOnceAsync();
        (await RemindersAsync(subject)).Count.ShouldBe(1);

        // Monday 23/3: past the deadline.
        clock.SetUtcNow(new DateTimeOffset(2026, 3, 23, 8, 0, 0, TimeSpan.FromHours(7)));
        await reminders.RunOnceAsync();
        await reminders.RunOnceAsync();
        var all = await RemindersAsync(subject);
        all.Count.ShouldBe(2);
        var overdue = all.Single(m => m.MessageId.EndsWith(":overdue", StringComparison.Ordinal));
        overdue.MessageId.ShouldBe($"reminder:{subject.InstanceId:D}:2026-03-23:overdue");
        overdue.Subject.ShouldContain("đã quá hạn");

        var relay = new OutboxRelay(scopes, new NoMail(), clock, Options.Create(new OutboxOptions()), NullLogger<OutboxRelay>.Instance,
            fixture.Portal.Services.GetRequiredService<UnreadNotificationCounts>());
        await relay.RunOnceAsync();

        var (officers, received) = await InTenantAsync(fixture, subject.TenantId, async (_, db) =>
        {
            var officers = await db.Users
                .Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.StandingOfficer)))
                .Select(u => u.Id).OrderBy(id => id).ToListAsync();
            var received = await db.Notifications.Where(n => n.MessageId == overdue.MessageId)
                .Select(n => new { n.UserId, n.Title }).ToListAsync();
            return (officers, received);
        });
        officers.ShouldNotBeEmpty();
        received.Select(n => n.UserId).OrderBy(id => id).ShouldBe(officers);
        received.ShouldAllBe(n => n.Title.Contains("Hồ sơ đã quá hạn xử lý (hạn 20/03/2026)"));
    }

    [Fact]
    public async Task UnitSteps_RemindTheOwningUnitsStaff_AgencySteps_TheStandingOfficers()
    {
        var subject = await StartInAsync(fixture, DemoTenants.ThaiBinhCode);
        var instance = await InTenantAsync(fixture, subject.TenantId, (_, db) => db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == subject.InstanceId));
        var definition = DefaultWorkflows.ProvincialNomination;

        var unit = DeadlineReminders.Responsible(definition, instance, definition.FindState(WorkflowStates.ReturnedForSupplement)!);
        var agency = DeadlineReminders.Responsible(definition, instance, definition.FindState(WorkflowStates.UnderReview)!);

        unit.UnitId.ShouldBe(subject.UnitId);
        unit.Roles.ShouldBe([Roles.UnitStaff]);
        agency.UnitId.ShouldBeNull();
        agency.Roles.ShouldBe([Roles.StandingOfficer]);
    }

    private async Task MoveAsync(Subject subject, TimeProvider clock, string action, string role)
        => (await ApplyAsync(fixture, subject, action, role, clock: clock)).RefusalReason.ShouldBeNull();

    private async Task<List<OutboxMessage>> RemindersAsync(Subject subject)
        => await InTenantAsync(fixture, subject.TenantId, async (_, db) => await db.OutboxMessages.AsNoTracking()
            .Where(m => m.InstanceId == subject.InstanceId && m.MessageId.StartsWith("reminder:"))
            .OrderBy(m => m.CreatedAt).ToListAsync());

    private sealed class NoMail : IMailSender
    {
        public Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
