using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Tenancy;

namespace ThiDuaKhenThuong.Infrastructure.Workflow;

/// <summary>
/// The tenant's workflow definitions. Each province starts with copies of <see cref="DefaultWorkflows.All"/> at
/// version 1; a used version is immutable (here and by a database trigger), so a change is published as a new version.
/// </summary>
public sealed class WorkflowDefinitions(AppDbContext db, ITenantContext tenant, WorkingCalendars calendars, GuardRegistry guards, TimeProvider clock)
{
    public const string UsedDefinitionRefusal = "Quy trình này đã được sử dụng nên không thể sửa; hãy tạo phiên bản mới.";

    /// <summary>
    /// Gives <paramref name="tenantId"/> the default definitions and the default working calendar (2025–2026) if it has
    /// none yet. Idempotent; call it when a province is created. Sets the tenant itself.
    /// </summary>
    public async Task EnsureDefaultsAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        using (tenant.Use(tenantId))
        {
            var existing = await db.WorkflowDefinitions.Select(d => d.Code).Distinct().ToListAsync(cancellationToken);
            foreach (var definition in DefaultWorkflows.All.Where(d => !existing.Contains(d.Code)))
            {
                db.WorkflowDefinitions.Add(new WorkflowDefinitionRecord(tenantId, Guid.CreateVersion7(), definition, clock.GetUtcNow()));
            }

            await db.SaveChangesAsync(cancellationToken);
            await calendars.EnsureDefaultsAsync(tenantId, cancellationToken);
        }
    }

    public Task<List<WorkflowDefinitionRecord>> ListAsync(CancellationToken cancellationToken = default)
        => db.WorkflowDefinitions.AsNoTracking().OrderBy(d => d.Code).ThenByDescending(d => d.Version).ToListAsync(cancellationToken);

    /// <summary>The definition row of the current tenant, or null (another province's id is as good as missing).</summary>
    public Task<WorkflowDefinitionRecord?> FindAsync(Guid id, CancellationToken cancellationToken = default)
        => db.WorkflowDefinitions.AsNoTracking().FirstOrDefaultAsync(d => d.Id == id, cancellationToken);

    public Task<WorkflowDefinitionRecord?> FindAsync(string code, int version, CancellationToken cancellationToken = default)
        => db.WorkflowDefinitions.FirstOrDefaultAsync(d => d.Code == code && d.Version == version, cancellationToken);

    /// <summary>The newest version of <paramref name="code"/>, which new instances start on.</summary>
    public Task<WorkflowDefinitionRecord?> LatestAsync(string code, CancellationToken cancellationToken = default)
        => db.WorkflowDefinitions.Where(d => d.Code == code).OrderByDescending(d => d.Version).FirstOrDefaultAsync(cancellationToken);

    /// <summary>Publishes <paramref name="definition"/> as the next version of its code. Returns the problems, empty on success.</summary>
    public async Task<IReadOnlyList<string>> PublishNewVersionAsync(WorkflowDefinition definition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var tenantId = tenant.TenantId ?? throw new InvalidOperationException("No tenant.");
        var latest = await db.WorkflowDefinitions.Where(d => d.Code == definition.Code).MaxAsync(d => (int?)d.Version, cancellationToken) ?? 0;
        var next = definition with { Version = latest + 1 };
        var problems = WorkflowDefinitionValidator.Validate(next, guards);
        if (problems.Count > 0)
        {
            return problems;
        }

        db.WorkflowDefinitions.Add(new WorkflowDefinitionRecord(tenantId, Guid.CreateVersion7(), next, clock.GetUtcNow()));
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>Replaces an unused version in place (a draft being prepared); a used one is refused.</summary>
    public async Task<IReadOnlyList<string>> ReplaceUnusedAsync(Guid id, WorkflowDefinition definition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var row = await db.WorkflowDefinitions.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
        if (row is null)
        {
            return ["Không tìm thấy quy trình."];
        }

        if (row.IsUsed)
        {
            return [UsedDefinitionRefusal];
        }

        var replacement = definition with { Code = row.Code, Version = row.Version };
        var problems = WorkflowDefinitionValidator.Validate(replacement, guards);
        if (problems.Count > 0)
        {
            return problems;
        }

        row.Replace(replacement);
        await db.SaveChangesAsync(cancellationToken);
        return [];
    }
}
