using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Caching;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Persistence.Configurations;
using ThiDuaKhenThuong.Infrastructure.Tenancy;

namespace ThiDuaKhenThuong.Infrastructure.Workflow;

/// <summary>
/// Starts and moves workflow instances of the current tenant. Knows nothing of dossiers: a subject is a kind and an id.
/// Each transition is one database transaction (see <see cref="ApplyAsync"/>).
/// </summary>
public sealed partial class WorkflowService(
    AppDbContext db,
    ITenantContext tenant,
    TimeProvider clock,
    WorkflowDefinitions definitions,
    WorkingCalendars calendars,
    GuardRegistry guards,
    IWorkflowCommitHook hook,
    ReferenceDataCache cache)
{
    public const string ConcurrencyRefusal = "Hồ sơ đã được người khác xử lý. Vui lòng tải lại trang.";
    public const string TokenUsedRefusal = "Thao tác này đã được thực hiện.";
    public const string TokenMissingRefusal = "Biểu mẫu không hợp lệ hoặc đã hết hạn. Vui lòng tải lại trang.";

    /// <summary>
    /// Starts <paramref name="subjectId"/> on the newest version of <paramref name="definitionCode"/>, which becomes
    /// immutable. A subject has one instance: starting it again returns the existing one.
    /// </summary>
    public async Task<WorkflowInstance> StartAsync(
        string subjectKind, Guid subjectId, Guid ownerUnitId, string definitionCode, CancellationToken cancellationToken = default)
    {
        var tenantId = tenant.TenantId ?? throw new InvalidOperationException("No tenant.");
        if (await FindBySubjectAsync(subjectKind, subjectId, cancellationToken) is { } existing)
        {
            return existing;
        }

        var stored = await definitions.LatestAsync(definitionCode, cancellationToken)
            ?? throw new InvalidOperationException($"Tỉnh chưa có quy trình \"{definitionCode}\".");
        var definition = stored.Read();
        if (definition.SubjectKind != subjectKind)
        {
            throw new ArgumentException($"Quy trình \"{definitionCode}\" dành cho \"{definition.SubjectKind}\", không phải \"{subjectKind}\".", nameof(subjectKind));
        }

        var engine = new WorkflowEngine(guards, await calendars.LoadAsync(cancellationToken));
        var now = clock.GetUtcNow().ToUniversalTime();
        var instance = engine.Start(definition, Guid.CreateVersion7(now), tenantId, subjectId, ownerUnitId, now);
        db.WorkflowInstances.Add(instance);
        stored.MarkUsed(now);
        await db.SaveChangesAsync(cancellationToken);
        return instance;
    }

    /// <summary>The actions to offer <paramref name="actor"/> (enabled, or disabled with a reason); null when the instance is not the tenant's.</summary>
    public async Task<IReadOnlyList<PermittedAction>?> PermittedActionsAsync(
        Guid instanceId, WorkflowActor actor, GuardFacts facts, CancellationToken cancellationToken = default)
    {
        var instance = await db.WorkflowInstances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == instanceId, cancellationToken);
        if (instance is null)
        {
            return null;
        }

        var definition = await DefinitionOfAsync(instance, cancellationToken);
        var engine = new WorkflowEngine(guards, await calendars.LoadAsync(cancellationToken));
        return engine.PermittedActions(definition, instance, actor, facts, clock.GetUtcNow());
    }

    /// <summary>The actions to offer <paramref name="actor"/> on an instance already read with <see cref="GetAsync"/> (no second read of it).</summary>
    public async Task<IReadOnlyList<PermittedAction>> PermittedActionsAsync(
        WorkflowInstanceView view, WorkflowActor actor, GuardFacts facts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(view);
        var engine = new WorkflowEngine(guards, await calendars.LoadAsync(cancellationToken));
        return engine.PermittedActions(view.Definition, view.Instance, actor, facts, clock.GetUtcNow());
    }

    /// <summary>The instance, its pinned definition, its row version and its history; null when not the tenant's.</summary>
    public async Task<WorkflowInstanceView?> GetAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        // The instance, its row version and its history in one read; the pinned definition from the cache of used
        // (hence immutable) definitions.
        var found = await db.WorkflowInstances.AsNoTracking().Where(i => i.Id == instanceId)
            .Select(i => new
            {
                Instance = i,
                Version = EF.Property<uint>(i, WorkflowInstanceConfiguration.RowVersion),
                History = db.WorkflowHistory.Where(h => h.InstanceId == i.Id).OrderBy(h => h.Sequence).ToList(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        return found is null
            ? null
            : new WorkflowInstanceView(found.Instance, await DefinitionOfAsync(found.Instance, cancellationToken), found.Version, found.History);
    }

    /// <summary>
    /// The instance, its pinned definition and its row version, without the history: what a transition form needs.
    /// One query (the definition comes from the cache of used, hence immutable, definitions). Null when not the tenant's.
    /// </summary>
    public async Task<WorkflowInstanceView?> GetCurrentAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        var row = await db.WorkflowInstances.AsNoTracking().Where(i => i.Id == instanceId)
            .Select(i => new { Instance = i, Version = EF.Property<uint>(i, WorkflowInstanceConfiguration.RowVersion) })
            .FirstOrDefaultAsync(cancellationToken);
        return row is null ? null : new WorkflowInstanceView(row.Instance, await DefinitionOfAsync(row.Instance, cancellationToken), row.Version, []);
    }

    /// <summary>
    /// As <see cref="GetCurrentAsync"/>, but the instance stays tracked by the context, so that <see cref="ApplyAsync"/>
    /// on the same context moves it without reading it again (the final statement still checks its row version).
    /// </summary>
    public async Task<WorkflowInstanceView?> GetForTransitionAsync(Guid instanceId, CancellationToken cancellationToken = default)
    {
        var instance = await db.WorkflowInstances.FirstOrDefaultAsync(i => i.Id == instanceId, cancellationToken);
        return instance is null ? null : new WorkflowInstanceView(
            instance, await DefinitionOfAsync(instance, cancellationToken), db.Entry(instance).Property<uint>(WorkflowInstanceConfiguration.RowVersion).CurrentValue, []);
    }

    /// <summary>The instance of a subject (e.g. a dossier), or null.</summary>
    public Task<WorkflowInstance?> FindBySubjectAsync(string subjectKind, Guid subjectId, CancellationToken cancellationToken = default)
        => db.WorkflowInstances.AsNoTracking().FirstOrDefaultAsync(i => i.SubjectKind == subjectKind && i.SubjectId == subjectId, cancellationToken);

    /// <summary>
    /// Definitions pinned by instances, parsed once per process. A definition version is immutable once an instance
    /// uses it (<see cref="StartAsync"/> marks it used), so the cache never holds a stale copy.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(Guid TenantId, string Code, int Version), WorkflowDefinition> UsedDefinitions = new();

    private async Task<WorkflowDefinition> DefinitionOfAsync(WorkflowInstance instance, CancellationToken cancellationToken)
    {
        var key = (instance.TenantId, instance.DefinitionCode, instance.DefinitionVersion);
        if (UsedDefinitions.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var definition = await ReadDefinitionAsync(instance, cancellationToken);
        UsedDefinitions.TryAdd(key, definition);
        return definition;
    }

    private async Task<WorkflowDefinition> ReadDefinitionAsync(WorkflowInstance instance, CancellationToken cancellationToken)
    {
        var stored = await db.WorkflowDefinitions.AsNoTracking()
            .FirstOrDefaultAsync(d => d.Code == instance.DefinitionCode && d.Version == instance.DefinitionVersion, cancellationToken)
            ?? throw new InvalidOperationException($"Definition {instance.DefinitionCode} v{instance.DefinitionVersion} is missing.");
        return stored.Read();
    }
}
