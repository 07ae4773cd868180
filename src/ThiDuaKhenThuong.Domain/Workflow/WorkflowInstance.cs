using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Domain.Workflow;

/// <summary>
/// Where one subject (a dossier) stands in its workflow. It pins the definition version it started with, so a tenant
/// publishing a new route never changes the rules under a dossier already on its way. Only
/// <see cref="WorkflowEngine"/> moves it.
/// </summary>
public sealed class WorkflowInstance : ITenantOwned
{
    private WorkflowInstance()
    {
        SubjectKind = string.Empty;
        DefinitionCode = string.Empty;
        State = string.Empty;
    }

    internal WorkflowInstance(
        Guid id, Guid tenantId, WorkflowDefinition definition, Guid subjectId, Guid ownerUnitId, DateTimeOffset now)
    {
        var initial = definition.InitialState
            ?? throw new ArgumentException("The definition has no initial state.", nameof(definition));
        Id = id;
        TenantId = tenantId;
        SubjectKind = definition.SubjectKind;
        SubjectId = subjectId;
        OwnerUnitId = ownerUnitId;
        DefinitionCode = definition.Code;
        DefinitionVersion = definition.Version;
        State = initial.Code;
        StateEnteredAt = now;
    }

    public Guid Id { get; private set; }

    public Guid TenantId { get; private set; }

    public string SubjectKind { get; private set; }

    public Guid SubjectId { get; private set; }

    /// <summary>The unit that owns the subject; own-unit transitions are for its people only.</summary>
    public Guid OwnerUnitId { get; private set; }

    public string DefinitionCode { get; private set; }

    public int DefinitionVersion { get; private set; }

    public string State { get; private set; }

    /// <summary>UTC, truncated to microseconds like PostgreSQL's timestamptz.</summary>
    public DateTimeOffset StateEnteredAt { get; private set; }

    /// <summary>Last working day of the running step, inclusive; null when no clock runs (none, or paused).</summary>
    public DateOnly? DeadlineAt { get; private set; }

    /// <summary>Code of the state whose step limit started the clock, or null when there is no clock.</summary>
    public string? ClockStep { get; private set; }

    /// <summary>Local date the clock was paused on; null unless paused.</summary>
    public DateOnly? ClockPausedOn { get; private set; }

    /// <summary>Working days the step had left when it was paused (negative when it was already overdue).</summary>
    public int? PausedRemainingWorkingDays { get; private set; }

    /// <summary>Working days the current step has spent paused, for the "processed on time" figures.</summary>
    public int PausedWorkingDaysUsed { get; private set; }

    public bool IsClockPaused => PausedRemainingWorkingDays is not null;

    internal void EnterState(string state, DateTimeOffset now)
    {
        State = state;
        StateEnteredAt = now;
    }

    internal void StartClock(string step, DateOnly deadline)
    {
        StopClock();
        ClockStep = step;
        DeadlineAt = deadline;
    }

    internal void PauseClock(DateOnly today, int remainingWorkingDays)
    {
        DeadlineAt = null;
        ClockPausedOn = today;
        PausedRemainingWorkingDays = remainingWorkingDays;
    }

    internal void ResumeClock(DateOnly deadline, int workingDaysPaused)
    {
        DeadlineAt = deadline;
        PausedWorkingDaysUsed += workingDaysPaused;
        ClockPausedOn = null;
        PausedRemainingWorkingDays = null;
    }

    internal void StopClock()
    {
        ClockStep = null;
        DeadlineAt = null;
        ClockPausedOn = null;
        PausedRemainingWorkingDays = null;
        PausedWorkingDaysUsed = 0;
    }
}
