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

/// <summary>The outbox relay delivers each message once, even when the mail server fails for a while.</summary>
[Collection(PortalCollection.Name)]
public sealed class OutboxTests(PortalFixture fixture)
{
    [Fact]
    public async Task MailFailingThenRecovering_DeliversEveryMessageOnceToThePickupFolder()
    {
        var subjects = new List<Subject>();
        for (var i = 0; i < 3; i++)
        {
            var subject = await StartInAsync(fixture, DemoTenants.ThaiBinhCode);
            (await ApplyAsync(fixture, subject, WorkflowActions.SubmitToLeader, Roles.UnitStaff)).Succeeded.ShouldBeTrue();
            (await ApplyAsync(fixture, subject, WorkflowActions.Send, Roles.UnitLeader)).Succeeded.ShouldBeTrue();
            subjects.Add(subject);
        }

        var folder = Path.Combine(Path.GetTempPath(), "tdkt-mail-" + Guid.NewGuid().ToString("N"));
        var clock = new FakeTimeProvider(fixture.Clock.GetUtcNow());
        var sender = new FlakySender(new PickupDirectoryMailSender(new MailOptions(), folder), failures: 4);
        var relay = new OutboxRelay(fixture.Portal.Services.GetRequiredService<IServiceScopeFactory>(), sender, clock,
            Options.Create(new OutboxOptions { BatchSize = 2 }), NullLogger<OutboxRelay>.Instance,
            fixture.Portal.Services.GetRequiredService<UnreadNotificationCounts>());
        try
        {
            await relay.RunOnceAsync();
            for (var round = 0; round < 12 && await PendingAsync(subjects) > 0; round++)
            {
                clock.Advance(TimeSpan.FromHours(1));
                await relay.RunOnceAsync();
            }

            (await PendingAsync(subjects)).ShouldBe(0);
            sender.Failures.ShouldBe(4);
            var files = Directory.GetFiles(folder, "*.eml").Select(Path.GetFileName).ToList();
            // A retried message may be handed to the sender again; the folder still holds one file per delivery.
            files.Count.ShouldBe(sender.Written.Distinct().Count());
            files.Count.ShouldBeGreaterThanOrEqualTo(subjects.Count * 2);
            foreach (var subject in subjects)
            {
                // submit-to-leader notifies the unit's leader; send notifies the standing agency's officers (the message id names the instance).
                files.Count(f => f!.Contains(subject.InstanceId.ToString("N"), StringComparison.Ordinal)).ShouldBeGreaterThan(0);
            }

            var before = files.Count;
            await relay.RunOnceAsync();
            Directory.GetFiles(folder, "*.eml").Length.ShouldBe(before);
            var notifications = await InTenantAsync(fixture, subjects[0].TenantId, async (_, db) =>
                await db.Notifications.GroupBy(n => new { n.MessageId, n.UserId }).CountAsync(g => g.Count() > 1));
            notifications.ShouldBe(0);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private async Task<int> PendingAsync(List<Subject> subjects)
    {
        var ids = subjects.Select(s => s.InstanceId).ToList();
        return await InTenantAsync(fixture, subjects[0].TenantId, async (_, db) =>
            await db.OutboxMessages.CountAsync(m => m.ProcessedAt == null && m.Kind == OutboxKind.Notification && ids.Contains(m.InstanceId!.Value)));
    }

    private sealed class FlakySender(IMailSender inner, int failures) : IMailSender
    {
        private int left = failures;

        public int Failures { get; private set; }

        public List<string> Written { get; } = [];

        public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
        {
            if (Interlocked.Decrement(ref left) >= 0)
            {
                Failures++;
                throw new IOException("Máy chủ thư tạm thời không trả lời.");
            }

            await inner.SendAsync(mail, cancellationToken);
            Written.Add(mail.DeliveryId);
        }
    }
}
