namespace ThiDuaKhenThuong.Domain.Workflow;

/// <summary>
/// A condition a transition needs, named by <see cref="Code"/> in definitions. A guard reads only the context it is
/// given (no database, no clock), so it is cheap to run for every button on a page and trivial to test.
/// </summary>
public interface IWorkflowGuard
{
    string Code { get; }

    GuardResult Check(GuardContext context);
}

/// <summary>Outcome of a guard: passed, or failed with a Vietnamese reason shown beside the disabled button.</summary>
public readonly record struct GuardResult(bool Passed, string? Reason)
{
    public static GuardResult Ok { get; } = new(true, null);

    public static GuardResult Fail(string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new GuardResult(false, reason);
    }
}

/// <summary>Everything a guard may look at. Built by the engine from the caller's <see cref="GuardFacts"/>.</summary>
public sealed record GuardContext
{
    public required WorkflowInstance Instance { get; init; }

    public required WorkflowTransition Transition { get; init; }

    public required WorkflowActor Actor { get; init; }

    public string? Comment { get; init; }

    /// <summary>The tenant's local date of the request.</summary>
    public required DateOnly Today { get; init; }

    public required GuardFacts Facts { get; init; }

    /// <summary>
    /// True while listing actions for a page, before the user has typed anything: guards about the user's own input
    /// (a comment) pass then, so the button is offered and the form asks for the input.
    /// </summary>
    public bool IsPreview { get; init; }
}

/// <summary>
/// Facts about the subject that the caller loads from the database. A fact left null means "not supplied" and the
/// guard that needs it fails closed, so forgetting to load a fact can never let a dossier through.
/// </summary>
public sealed record GuardFacts
{
    public static GuardFacts None { get; } = new();

    /// <summary>Names of required documents not yet attached; empty when the dossier is complete.</summary>
    public IReadOnlyList<string>? MissingDocuments { get; init; }

    /// <summary>Nominees whose nomination has no appraisal result (eligible / not eligible) yet.</summary>
    public IReadOnlyList<string>? UnappraisedNominations { get; init; }

    /// <summary>Nominees whose eligibility rules have not been run, or were run on data that has since changed.</summary>
    public IReadOnlyList<string>? NominationsWithoutEligibilityCheck { get; init; }

    /// <summary>Further facts for tenant-specific guards, by key.</summary>
    public IReadOnlyDictionary<string, string> Extra { get; init; } = new Dictionary<string, string>();
}
