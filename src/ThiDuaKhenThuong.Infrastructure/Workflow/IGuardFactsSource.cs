using ThiDuaKhenThuong.Domain.Workflow;

namespace ThiDuaKhenThuong.Infrastructure.Workflow;

/// <summary>
/// Loads the guard facts of one kind of subject (e.g. the dossier module for <see cref="SubjectKinds.NominationDossier"/>).
/// Register implementations as scoped services; a subject kind without a source gets <see cref="GuardFacts.None"/>,
/// so its guarded actions stay closed.
/// </summary>
public interface IGuardFactsSource
{
    bool Handles(string subjectKind);

    Task<GuardFacts> LoadAsync(WorkflowInstance instance, CancellationToken cancellationToken);
}

public static class GuardFactsSources
{
    public static async Task<GuardFacts> LoadAsync(this IEnumerable<IGuardFactsSource> sources, WorkflowInstance instance, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(instance);
        var source = sources.FirstOrDefault(s => s.Handles(instance.SubjectKind));
        return source is null ? GuardFacts.None : await source.LoadAsync(instance, cancellationToken);
    }
}
