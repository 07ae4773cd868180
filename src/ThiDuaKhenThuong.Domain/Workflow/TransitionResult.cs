using System.Diagnostics.CodeAnalysis;

namespace ThiDuaKhenThuong.Domain.Workflow;

/// <summary>
/// Outcome of <see cref="WorkflowEngine.Apply"/>. A refusal is an answer, not an exception: the page shows
/// <see cref="RefusalReason"/> and keeps what the user typed.
/// </summary>
public sealed record TransitionResult
{
    [MemberNotNullWhen(true, nameof(ToState), nameof(History), nameof(Transition))]
    [MemberNotNullWhen(false, nameof(RefusalReason))]
    public bool Succeeded { get; private init; }

    /// <summary>Vietnamese reason the move was refused.</summary>
    public string? RefusalReason { get; private init; }

    public string FromState { get; private init; } = string.Empty;

    public string? ToState { get; private init; }

    public string Action { get; private init; } = string.Empty;

    public WorkflowTransition? Transition { get; private init; }

    /// <summary>Unsealed history row to seal with <see cref="HistoryChain.Seal"/> and insert in the same transaction.</summary>
    public HistoryEntry? History { get; private init; }

    /// <summary>Effect codes to write to the outbox in the same transaction (e.g. <c>notify:unit</c>).</summary>
    public IReadOnlyList<string> Effects { get; private init; } = [];

    /// <summary>The instance's deadline after the move (null when no clock runs).</summary>
    public DateOnly? DeadlineAt { get; private init; }

    internal static TransitionResult Refused(string fromState, string action, string reason) =>
        new() { Succeeded = false, FromState = fromState, Action = action, RefusalReason = reason };

    internal static TransitionResult Applied(WorkflowTransition transition, HistoryEntry history, DateOnly? deadlineAt) =>
        new()
        {
            Succeeded = true,
            FromState = transition.From,
            ToState = transition.To,
            Action = transition.Action,
            Transition = transition,
            History = history,
            Effects = transition.Effects,
            DeadlineAt = deadlineAt,
        };
}

/// <summary>What the request carries besides the action: the client's address and the evidence files' hashes.</summary>
public sealed record TransitionData
{
    public static TransitionData None { get; } = new();

    public string? ClientIp { get; init; }

    /// <summary>SHA-256 of files attached with this move, as 64 hex characters each.</summary>
    public IReadOnlyList<string> EvidenceHashes { get; init; } = [];
}

/// <summary>
/// A transition the actor's roles and unit allow. When a guard fails it is still listed, disabled, with the reason, so
/// the page can show the button greyed out and say why.
/// </summary>
public sealed record PermittedAction(WorkflowTransition Transition, bool IsEnabled, string? DisabledReason)
{
    public string Action => Transition.Action;

    public string Label => Transition.Label;
}
