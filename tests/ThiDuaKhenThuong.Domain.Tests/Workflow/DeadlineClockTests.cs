using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Domain.Workflow;
using static ThiDuaKhenThuong.Domain.Tests.Workflow.WorkflowTestData;

namespace ThiDuaKhenThuong.Domain.Tests.Workflow;

public sealed class DeadlineClockTests
{
    private static readonly WorkflowDefinition Provincial = DefaultWorkflows.ProvincialNomination;

    [Fact]
    public void Receive_OnFridayBeforeTet_StartsTwentyWorkingDayClock_EndingFriday20March()
    {
        var friday = At(2026, 2, 13);
        var instance = InState(Provincial, WorkflowStates.Submitted, friday);
        instance.DeadlineAt.ShouldBeNull();

        Act(instance, WorkflowActions.Receive, Roles.StandingOfficer, friday);

        instance.DeadlineAt.ShouldBe(new DateOnly(2026, 3, 20)); // see WorkingCalendarTests for the count
        instance.ClockStep.ShouldBe(WorkflowStates.Received);
    }

    [Fact]
    public void Clock_KeepsRunning_IntoUnderReview()
    {
        var instance = InState(Provincial, WorkflowStates.Received);
        var deadline = instance.DeadlineAt;

        Act(instance, WorkflowActions.StartReview, Roles.StandingOfficer, At(2026, 3, 5));

        instance.DeadlineAt.ShouldBe(deadline);
    }

    [Fact]
    public void Supplement_PushesDeadline_ByExactlyTheWorkingDaysPaused()
    {
        // Received Monday 2/3/2026 → due Monday 30/3/2026 (20 working days).
        var instance = InState(Provincial, WorkflowStates.UnderReview, At(2026, 3, 2));
        instance.DeadlineAt.ShouldBe(new DateOnly(2026, 3, 30));

        // Paused Wednesday 11/3 with 13 working days left (12–13, 16–20, 23–27, 30/3).
        Act(instance, WorkflowActions.RequestSupplement, Roles.StandingOfficer, At(2026, 3, 11));
        instance.DeadlineAt.ShouldBeNull();
        instance.PausedRemainingWorkingDays.ShouldBe(13);
        WorkflowDeadlines.StatusOf(instance, new DateOnly(2026, 4, 30), Calendar).ShouldBe(DeadlineStatus.Paused);

        // The unit answers Thursday 19/3; the dossier waits in Submitted, still paused, until received Monday 23/3.
        Act(instance, WorkflowActions.Resubmit, Roles.UnitStaff, At(2026, 3, 19));
        instance.IsClockPaused.ShouldBeTrue();
        Act(instance, WorkflowActions.Receive, Roles.StandingOfficer, At(2026, 3, 23));

        // Paused working days: 12, 13, 16, 17, 18, 19, 20, 23/3 = 8. So 30/3 + 8 working days = Thursday 9/4.
        instance.PausedWorkingDaysUsed.ShouldBe(8);
        instance.DeadlineAt.ShouldBe(Calendar.AddWorkingDays(new DateOnly(2026, 3, 30), 8));
        instance.DeadlineAt.ShouldBe(new DateOnly(2026, 4, 9));
        instance.IsClockPaused.ShouldBeFalse();
    }

    [Fact]
    public void PauseOverHolidays_PushesByWorkingDays_NotCalendarDays()
    {
        // Received Wednesday 15/4/2026 → due Monday 18/5 (20 working days, skipping 27/4, 30/4 and 1/5).
        var instance = InState(Provincial, WorkflowStates.Received, At(2026, 4, 15));
        instance.DeadlineAt.ShouldBe(new DateOnly(2026, 5, 18));
        var before = instance.DeadlineAt!.Value;

        // Paused 22/4 to 6/5: 14 calendar days, but only 23, 24, 28, 29/4 and 4, 5, 6/5 are working days.
        Act(instance, WorkflowActions.RequestSupplement, Roles.StandingOfficer, At(2026, 4, 22));
        Act(instance, WorkflowActions.Resubmit, Roles.UnitLeader, At(2026, 5, 6));
        Act(instance, WorkflowActions.Receive, Roles.StandingOfficer, At(2026, 5, 6));

        instance.PausedWorkingDaysUsed.ShouldBe(7);
        instance.DeadlineAt.ShouldBe(Calendar.AddWorkingDays(before, 7));
    }

    [Fact]
    public void PauseAfterTheDeadline_StaysOverdue_WhenResumed()
    {
        var instance = InState(Provincial, WorkflowStates.UnderReview, At(2026, 3, 2)); // due 30/3

        Act(instance, WorkflowActions.RequestSupplement, Roles.StandingOfficer, At(2026, 4, 1)); // 2 days late
        instance.PausedRemainingWorkingDays.ShouldBe(-2);
        Act(instance, WorkflowActions.Resubmit, Roles.UnitStaff, At(2026, 4, 6));
        Act(instance, WorkflowActions.Receive, Roles.StandingOfficer, At(2026, 4, 6));

        WorkflowDeadlines.IsOverdue(instance, new DateOnly(2026, 4, 6)).ShouldBeTrue();
        WorkflowDeadlines.RemainingWorkingDays(instance, new DateOnly(2026, 4, 6), Calendar).ShouldBe(-2);
    }

    [Fact]
    public void Clock_Stops_WhenTheAppraisalGoesToTheCouncil()
    {
        var instance = InState(Provincial, WorkflowStates.UnderReview);

        Act(instance, WorkflowActions.SubmitToCouncil, Roles.StandingHead, At(2026, 3, 10));

        instance.DeadlineAt.ShouldBeNull();
        instance.ClockStep.ShouldBeNull();
        instance.IsClockPaused.ShouldBeFalse();
        WorkflowDeadlines.StatusOf(instance, new DateOnly(2026, 3, 10), Calendar).ShouldBe(DeadlineStatus.None);
    }

    [Fact]
    public void Clock_Stops_WhenTheDossierIsWithdrawnWhilePaused()
    {
        var instance = InState(Provincial, WorkflowStates.Received);
        Act(instance, WorkflowActions.RequestSupplement, Roles.StandingOfficer, At(2026, 3, 5));
        instance.IsClockPaused.ShouldBeTrue();

        Act(instance, WorkflowActions.Withdraw, Roles.UnitLeader, At(2026, 3, 10));

        instance.IsClockPaused.ShouldBeFalse();
        instance.ClockStep.ShouldBeNull();
    }

    [Theory]
    [InlineData("2026-03-02", DeadlineStatus.OnTrack)]
    [InlineData("2026-03-24", DeadlineStatus.OnTrack)] // 4 working days left
    [InlineData("2026-03-25", DeadlineStatus.DueSoon)] // 3 working days left
    [InlineData("2026-03-30", DeadlineStatus.DueSoon)] // the deadline day itself is still on time
    [InlineData("2026-03-31", DeadlineStatus.Overdue)]
    public void StatusOf_ReadsTheClock(string today, DeadlineStatus expected)
    {
        var instance = InState(Provincial, WorkflowStates.Received, At(2026, 3, 2)); // due 30/3

        WorkflowDeadlines.StatusOf(instance, DateOnly.Parse(today), Calendar).ShouldBe(expected);
        WorkflowDeadlines.Label(expected).ShouldBeVietnamese();
    }

    [Fact]
    public void DueSoonCutoff_IsThreeWorkingDaysAhead() =>
        WorkflowDeadlines.DueSoonCutoff(new DateOnly(2026, 3, 25), Calendar).ShouldBe(new DateOnly(2026, 3, 30));

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 9, 0, 0, TimeSpan.FromHours(7));

    private static void Act(WorkflowInstance instance, string action, string role, DateTimeOffset now) =>
        Move(Provincial, instance, action, ActorFor(role), now);
}
