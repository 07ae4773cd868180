namespace ThiDuaKhenThuong.Domain.Workflow;

/// <summary>
/// A workflow as data: states and transitions, identified by <see cref="Code"/> and <see cref="Version"/>. A tenant may
/// publish a new version; an instance keeps the version it started with, so a published version is never edited.
/// Check a definition with <see cref="WorkflowDefinitionValidator"/> before publishing it.
/// </summary>
public sealed record WorkflowDefinition
{
    public required string Code { get; init; }

    public required int Version { get; init; }

    /// <summary>Kind of subject the workflow moves, e.g. <see cref="SubjectKinds.NominationDossier"/>.</summary>
    public required string SubjectKind { get; init; }

    public required string Name { get; init; }

    public required IReadOnlyList<WorkflowState> States { get; init; }

    public required IReadOnlyList<WorkflowTransition> Transitions { get; init; }

    public WorkflowState? InitialState => States.FirstOrDefault(s => s.IsInitial);

    public WorkflowState? FindState(string code) => States.FirstOrDefault(s => s.Code == code);

    public WorkflowTransition? FindTransition(string fromState, string action) =>
        Transitions.FirstOrDefault(t => t.From == fromState && t.Action == action);

    public IEnumerable<WorkflowTransition> TransitionsFrom(string state) => Transitions.Where(t => t.From == state);

    /// <summary>The Vietnamese label of a state, or its code when the state is unknown.</summary>
    public string LabelOf(string stateCode) => FindState(stateCode)?.Label ?? stateCode;
}

/// <summary>Codes of the kinds of subject that workflows move.</summary>
public static class SubjectKinds
{
    /// <summary>A unit's nomination dossier sent to the province (hồ sơ đề nghị khen thưởng).</summary>
    public const string NominationDossier = nameof(NominationDossier);

    /// <summary>A unit-level award decided inside the unit (Lao động tiên tiến, CSTĐCS, Giấy khen).</summary>
    public const string UnitAwardDossier = nameof(UnitAwardDossier);

    /// <summary>A unit's annual emulation plan sent to the Standing Agency (kế hoạch công tác thi đua, khen thưởng).</summary>
    public const string UnitPlan = nameof(UnitPlan);
}
