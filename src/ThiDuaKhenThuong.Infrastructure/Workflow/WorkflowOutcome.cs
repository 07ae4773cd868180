using ThiDuaKhenThuong.Domain.Workflow;

namespace ThiDuaKhenThuong.Infrastructure.Workflow;

public enum WorkflowOutcomeStatus
{
    Applied,
    Refused,
    NotFound,
}

/// <summary>What <see cref="WorkflowService.ApplyAsync"/> did: applied (with the sealed history row), refused (with a Vietnamese reason), or not found.</summary>
public sealed record WorkflowOutcome
{
    public required WorkflowOutcomeStatus Status { get; init; }

    public string? RefusalReason { get; init; }

    public WorkflowInstance? Instance { get; init; }

    public HistoryEntry? History { get; init; }

    public IReadOnlyList<string> Effects { get; init; } = [];

    public bool Succeeded => Status == WorkflowOutcomeStatus.Applied;

    public static WorkflowOutcome NotFound { get; } = new() { Status = WorkflowOutcomeStatus.NotFound, RefusalReason = "Không tìm thấy hồ sơ." };

    public static WorkflowOutcome Refused(string reason) => new() { Status = WorkflowOutcomeStatus.Refused, RefusalReason = reason };
}

/// <summary>An instance with its definition and row version (for the form's hidden field), as a page shows it.</summary>
public sealed record WorkflowInstanceView(
    WorkflowInstance Instance, WorkflowDefinition Definition, uint Version, IReadOnlyList<WorkflowHistoryRecord> History);

/// <summary>
/// Runs inside a transition's transaction after the state change and outbox rows are written, just before the history
/// row is sealed and the transaction committed in one round trip (the history entry it is given is not sealed yet:
/// no sequence or hash). Throwing rolls the whole transition back. The default does nothing; tests inject failures with it.
/// </summary>
public interface IWorkflowCommitHook
{
    Task BeforeCommitAsync(WorkflowInstance instance, HistoryEntry history, CancellationToken cancellationToken);
}

internal sealed class NoWorkflowCommitHook : IWorkflowCommitHook
{
    public Task BeforeCommitAsync(WorkflowInstance instance, HistoryEntry history, CancellationToken cancellationToken) => Task.CompletedTask;
}
