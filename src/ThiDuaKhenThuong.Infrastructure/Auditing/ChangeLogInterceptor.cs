using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ThiDuaKhenThuong.Domain.Auditing;
using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Infrastructure.Auditing;

/// <summary>
/// Writes a <see cref="ChangeLogEntry"/> for every added, modified or deleted <see cref="IAuditable"/> row in the same
/// SaveChanges, so the change and its record commit together or not at all.
/// </summary>
public sealed class ChangeLogInterceptor(ICurrentActor actor, TimeProvider clock) : SaveChangesInterceptor
{
    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Record(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Record(eventData.Context);
        return ValueTask.FromResult(result);
    }

    private void Record(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var entries = context.ChangeTracker.Entries()
            .Where(e => e.Entity is IAuditable and ITenantOwned && e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        foreach (var entry in entries)
        {
            if (Describe(entry) is { } logged)
            {
                context.Add(logged);
            }
        }
    }

    /// <summary>
    /// The change log row for one added, modified or deleted entry (null when a modification changed nothing), as
    /// SaveChanges writes it; for rows written outside SaveChanges (a bulk insert) to be logged the same way.
    /// </summary>
    public ChangeLogEntry? Describe(EntityEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var changes = Changes(entry);
        if (entry.State == EntityState.Modified && changes.Count == 0)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        return new ChangeLogEntry
        {
            TenantId = ((ITenantOwned)entry.Entity).TenantId,
            Id = Guid.CreateVersion7(now),
            EntityType = entry.Metadata.ClrType.Name,
            EntityId = EntityId(entry),
            Action = entry.State switch
            {
                EntityState.Added => ChangeAction.Created,
                EntityState.Deleted => ChangeAction.Deleted,
                _ => ChangeAction.Updated,
            },
            Changes = JsonSerializer.Serialize(changes),
            ActorId = actor.UserId,
            ActorName = actor.Name,
            OccurredAt = now,
        };
    }

    public static string EntityId(EntityEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var key = entry.Metadata.FindPrimaryKey()!;
        return string.Join("/", key.Properties
            .Where(p => p.Name != nameof(ITenantOwned.TenantId))
            .Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));
    }

    private static Dictionary<string, string?[]> Changes(EntityEntry entry)
    {
        var changes = new Dictionary<string, string?[]>();
        foreach (var property in entry.Properties)
        {
            if (property.Metadata.Name == nameof(ITenantOwned.TenantId) || property.Metadata.IsShadowProperty())
            {
                continue;
            }

            var before = entry.State == EntityState.Added ? null : Format(property.OriginalValue);
            var after = entry.State == EntityState.Deleted ? null : Format(property.CurrentValue);
            if (entry.State != EntityState.Modified || property.IsModified && before != after)
            {
                changes[property.Metadata.Name] = [before, after];
            }
        }

        return changes;
    }

    private static string? Format(object? value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        DateTimeOffset t => t.ToString("O", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
