namespace ThiDuaKhenThuong.Domain.Workflow;

/// <summary>
/// Looks guards up by code. Definitions name guards by code, so validation uses the registry to refuse a definition
/// that names a guard the application does not have.
/// </summary>
public sealed class GuardRegistry
{
    private readonly Dictionary<string, IWorkflowGuard> guards;

    public GuardRegistry(IEnumerable<IWorkflowGuard> guards)
    {
        ArgumentNullException.ThrowIfNull(guards);
        this.guards = new Dictionary<string, IWorkflowGuard>(StringComparer.Ordinal);
        foreach (var guard in guards)
        {
            if (!this.guards.TryAdd(guard.Code, guard))
            {
                throw new ArgumentException($"Two guards share the code '{guard.Code}'.", nameof(guards));
            }
        }
    }

    /// <summary>The built-in guards only.</summary>
    public static GuardRegistry Default { get; } = new(BuiltInGuards.All);

    public IReadOnlyCollection<string> Codes => guards.Keys;

    public bool Contains(string code) => guards.ContainsKey(code);

    public bool TryGet(string code, out IWorkflowGuard guard) => guards.TryGetValue(code, out guard!);

    /// <summary>A registry with the built-ins and the given extra guards (a tenant's or a module's own).</summary>
    public static GuardRegistry WithBuiltIns(params IEnumerable<IWorkflowGuard> extra) =>
        new(BuiltInGuards.All.Concat(extra));
}
