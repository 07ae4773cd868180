namespace ThiDuaKhenThuong.Domain.Workflow;

/// <summary>
/// The deadline rules, applied each time an instance enters a state:
/// a terminal or <see cref="StateClock.Stopped"/> state ends the clock; a <see cref="StateClock.Paused"/> state keeps
/// the remaining working days without counting them; a <see cref="StateClock.Runs"/> state starts the clock of its own
/// step limit (unless that same step's clock already exists), or else resumes a paused clock with the days it had left.
/// Resuming on day r a clock paused on day p with deadline D gives the deadline D moved by the working days in (p, r].
/// </summary>
internal static class StepClock
{
    public static void OnEnter(WorkflowInstance instance, WorkflowState state, DateOnly today, WorkingCalendar calendar)
    {
        if (state.IsTerminal || state.Clock == StateClock.Stopped)
        {
            instance.StopClock();
            return;
        }

        if (state.Clock == StateClock.Paused)
        {
            if (instance.DeadlineAt is { } deadline)
            {
                instance.PauseClock(today, calendar.WorkingDaysBetween(today, deadline));
            }

            return;
        }

        if (state.StepLimitWorkingDays is { } limit && instance.ClockStep != state.Code)
        {
            instance.StartClock(state.Code, calendar.AddWorkingDays(today, limit));
            return;
        }

        if (instance is { PausedRemainingWorkingDays: { } remaining, ClockPausedOn: { } pausedOn })
        {
            instance.ResumeClock(calendar.AddWorkingDays(today, remaining), calendar.WorkingDaysBetween(pausedOn, today));
        }
    }
}
