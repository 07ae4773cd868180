using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.Infrastructure.Workflow;
using ThiDuaKhenThuong.TestKit;
using static ThiDuaKhenThuong.IntegrationTests.Workflow.WorkflowTestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Workflow;

/// <summary>Step limits count the province's working days from its calendar rows; a supplement pauses the clock.</summary>
[Collection(PortalCollection.Name)]
public sealed class DeadlineTests(PortalFixture fixture)
{
    [Fact]
    public async Task TwentyWorkingDays_FromFridayBeforeTet_LandOn20March2026_AndAPauseMovesThem()
    {
        // Friday 13/2/2026, 9:00 in Vietnam; Tết Bính Ngọ (14–22/2) comes from the province's calendar_days rows.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 2, 13, 9, 0, 0, TimeSpan.FromHours(7)));
        var subject = await StartInAsync(fixture, DemoTenants.ThaiBinhCode);
        await MoveAsync(subject, clock, WorkflowActions.SubmitToLeader, Roles.UnitStaff);
        await MoveAsync(subject, clock, WorkflowActions.Send, Roles.UnitLeader);
        await MoveAsync(subject, clock, WorkflowActions.Receive, Roles.StandingOfficer);

        (await InstanceAsync(subject)).DeadlineAt.ShouldBe(new DateOnly(2026, 3, 20));

        // Returned on Monday 2/3 for a supplement, resubmitted and received on Monday 9/3: 5 working days paused.
        clock.SetUtcNow(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7)));
        await MoveAsync(subject, clock, WorkflowActions.RequestSupplement, Roles.StandingOfficer, "Bổ sung bản sao quyết định");
        var paused = await InstanceAsync(subject);
        paused.DeadlineAt.ShouldBeNull();
        paused.IsClockPaused.ShouldBeTrue();
        clock.SetUtcNow(new DateTimeOffset(2026, 3, 9, 9, 0, 0, TimeSpan.FromHours(7)));
        await MoveAsync(subject, clock, WorkflowActions.Resubmit, Roles.UnitStaff);
        await MoveAsync(subject, clock, WorkflowActions.Receive, Roles.StandingOfficer);

        (await InstanceAsync(subject)).DeadlineAt.ShouldBe(new DateOnly(2026, 3, 27));
    }

    [Fact]
    public async Task OverdueAndDueSoon_AreQueryableFromTheDeadlineColumn()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 2, 13, 9, 0, 0, TimeSpan.FromHours(7)));
        var subject = await StartInAsync(fixture, DemoTenants.ThaiBinhCode);
        await MoveAsync(subject, clock, WorkflowActions.SubmitToLeader, Roles.UnitStaff);
        await MoveAsync(subject, clock, WorkflowActions.Send, Roles.UnitLeader);
        await MoveAsync(subject, clock, WorkflowActions.Receive, Roles.StandingOfficer);

        var (overdue, dueSoon) = await InTenantAsync(fixture, subject.TenantId, async (sp, db) =>
        {
            var calendar = await sp.GetRequiredService<WorkingCalendars>().LoadAsync();
            var today = new DateOnly(2026, 3, 18);
            return (await db.WorkflowInstances.Overdue(new DateOnly(2026, 3, 23)).AnyAsync(i => i.Id == subject.InstanceId),
                await db.WorkflowInstances.DueSoon(today, calendar).AnyAsync(i => i.Id == subject.InstanceId));
        });

        overdue.ShouldBeTrue();
        dueSoon.ShouldBeTrue();
    }

    private async Task MoveAsync(Subject subject, TimeProvider clock, string action, string role, string? comment = null)
    {
        var outcome = await ApplyAsync(fixture, subject, action, role, comment, clock: clock);
        outcome.RefusalReason.ShouldBeNull();
    }

    private async Task<WorkflowInstance> InstanceAsync(Subject subject)
        => await InTenantAsync(fixture, subject.TenantId, async (_, db) => await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == subject.InstanceId));
}
