using System.Text.Json.Serialization;

namespace ThiDuaKhenThuong.Domain.Workflow;

/// <summary>
/// A state of a workflow definition. <see cref="Label"/> is what users read; <see cref="Code"/> is what is stored on
/// the instance and in the history, so it must never change once a definition version is in use.
/// </summary>
public sealed record WorkflowState
{
    public required string Code { get; init; }

    public required string Label { get; init; }

    public bool IsInitial { get; init; }

    public bool IsTerminal { get; init; }

    /// <summary>What the deadline clock does while a subject sits in this state.</summary>
    public StateClock Clock { get; init; } = StateClock.Stopped;

    /// <summary>
    /// Working days allowed for the step that starts in this state. Entering the state starts a clock with this many
    /// working days, unless the clock of this same step is already running or paused (a dossier coming back after a
    /// supplement resumes its clock instead of getting a fresh one).
    /// </summary>
    public int? StepLimitWorkingDays { get; init; }

    /// <summary>Whether the deadline clock counts working days in this state.</summary>
    [JsonIgnore]
    public bool ClockRuns => Clock == StateClock.Runs;
}

/// <summary>
/// The deadline clock in a state. Three values rather than a flag, because "paused" (waiting for the unit's documents:
/// the time must not count, but the remaining days are kept) differs from "stopped" (the timed step is over).
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<StateClock>))]
public enum StateClock
{
    /// <summary>No clock: entering the state ends any running or paused clock.</summary>
    Stopped,

    /// <summary>The clock counts working days; a paused clock resumes with the days it had left.</summary>
    Runs,

    /// <summary>The clock keeps its remaining working days but does not count them.</summary>
    Paused,
}
