using System.Text.Json.Serialization;

namespace ThiDuaKhenThuong.Domain.Workflow;

/// <summary>
/// A move from one state to another by a named action. The pair (<see cref="From"/>, <see cref="Action"/>) is unique in
/// a definition, so an action code alone identifies the move once the current state is known.
/// </summary>
public sealed record WorkflowTransition
{
    public required string From { get; init; }

    public required string To { get; init; }

    /// <summary>Stable code of the action, e.g. <c>send</c>; forms post it and the history stores it.</summary>
    public required string Action { get; init; }

    /// <summary>Vietnamese button text, e.g. "Gửi hồ sơ".</summary>
    public required string Label { get; init; }

    /// <summary>Role codes (see <c>Identity.Roles</c>); an actor needs at least one of them.</summary>
    public required IReadOnlyList<string> AllowedRoles { get; init; }

    /// <summary>Codes of guards (see <see cref="GuardRegistry"/>) that must all pass.</summary>
    public IReadOnlyList<string> Guards { get; init; } = [];

    /// <summary>Codes of side effects for the outbox, e.g. <c>notify:unit</c>; the engine only passes them on.</summary>
    public IReadOnlyList<string> Effects { get; init; } = [];

    /// <summary>Returns and refusals must say why: the unit has to know what to fix.</summary>
    public bool RequiresComment { get; init; }

    public TransitionScope Scope { get; init; } = TransitionScope.OwnUnit;
}

/// <summary>Whose subjects an actor may move with a transition.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TransitionScope>))]
public enum TransitionScope
{
    /// <summary>Only actors of the unit that owns the subject (a unit acts on its own dossiers).</summary>
    OwnUnit,

    /// <summary>Any actor of the tenant with the role (the Standing Agency works on every unit's dossiers).</summary>
    Tenant,
}
