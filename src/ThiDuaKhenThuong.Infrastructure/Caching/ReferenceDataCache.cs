using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Caching.Memory;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Domain.Tenancy;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Identity;
using ThiDuaKhenThuong.Infrastructure.Workflow;
using ThiDuaKhenThuong.Infrastructure.Workflow.Notifications;

namespace ThiDuaKhenThuong.Infrastructure.Caching;

/// <summary>Data of a province that busy pages read on every request but that changes a few times a year.</summary>
public enum ReferenceData
{
    /// <summary>The province's units (id and name), for the lists' unit filters.</summary>
    Units,

    /// <summary>The Standing Agency's officers a dossier can be given to.</summary>
    StandingOfficers,

    /// <summary>The province's working calendar (holidays, swapped working days) behind every deadline.</summary>
    Calendar,

    /// <summary>
    /// The inbox's counts of sent dossiers per workflow state and overdue: kept only <see cref="ReferenceDataCache.ShortLifetime"/>,
    /// dropped by any save of a dossier or a workflow instance (a transition, a dossier sent or received).
    /// </summary>
    InboxCounts,
}

/// <summary>
/// Keeps each province's <see cref="ReferenceData"/> in memory for <see cref="Lifetime"/> (the inbox's counts for
/// <see cref="ShortLifetime"/>), so the inbox and the dossier page do not read them again on every request. A save
/// through <see cref="AppDbContext"/> that adds, changes or removes a unit, an account or a role membership, a calendar
/// day, a dossier or a workflow instance drops that kind of data of its province (<see cref="ReferenceDataInvalidation"/>);
/// another instance of the app sees the change within the lifetime.
/// </summary>
public sealed class ReferenceDataCache(IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(1);

    /// <summary>The lifetime of <see cref="ReferenceData.InboxCounts"/>, which change with every transition.</summary>
    public static readonly TimeSpan ShortLifetime = TimeSpan.FromSeconds(10);

    // A generation per kind, and per kind and province: dropping moves a generation on, so the entries it covers miss.
    private readonly ConcurrentDictionary<ReferenceData, long> generations = new();

    private readonly ConcurrentDictionary<(ReferenceData, Guid), long> provinceGenerations = new();

    public async Task<T> GetOrLoadAsync<T>(ReferenceData kind, Guid? tenantId, Func<Task<T>> load)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(load);
        if (tenantId is null)
        {
            return await load();
        }

        var key = KeyOf(kind, tenantId.Value);
        if (cache.TryGetValue(key, out T? cached) && cached is not null)
        {
            return cached;
        }

        var value = await load();
        // Stored only if nothing was dropped while it was read; otherwise the next request reads it again.
        if (KeyOf(kind, tenantId.Value) == key)
        {
            cache.Set(key, value, kind == ReferenceData.InboxCounts ? ShortLifetime : Lifetime);
        }

        return value;
    }

    /// <summary>Drops one kind of data of every province.</summary>
    public void Drop(ReferenceData kind) => generations.AddOrUpdate(kind, 1, (_, generation) => generation + 1);

    /// <summary>Drops one kind of data of one province.</summary>
    public void Drop(ReferenceData kind, Guid tenantId) => provinceGenerations.AddOrUpdate((kind, tenantId), 1, (_, generation) => generation + 1);

    private Key KeyOf(ReferenceData kind, Guid tenantId)
        => new(kind, tenantId, generations.GetValueOrDefault(kind), provinceGenerations.GetValueOrDefault((kind, tenantId)));

    private sealed record Key(ReferenceData Kind, Guid TenantId, long Generation, long ProvinceGeneration);
}

/// <summary>
/// Drops the cached <see cref="ReferenceData"/> a save changes, before and after it reaches the database, and the unread
/// counts of the users a save gives a notification to or marks one read for.
/// </summary>
public sealed class ReferenceDataInvalidation(ReferenceDataCache cache, UnreadNotificationCounts unread) : SaveChangesInterceptor
{
    private static readonly (Type Type, ReferenceData Kind)[] Watched =
    [
        (typeof(Unit), ReferenceData.Units),
        (typeof(AppUser), ReferenceData.StandingOfficers),
        (typeof(Microsoft.AspNetCore.Identity.IdentityUserRole<Guid>), ReferenceData.StandingOfficers),
        (typeof(CalendarDayRecord), ReferenceData.Calendar),
        (typeof(Dossier), ReferenceData.InboxCounts),
        (typeof(WorkflowInstance), ReferenceData.InboxCounts),
    ];

    // Each kind a save touches, with the province of the row (null when the row has none: a role membership).
    private List<(ReferenceData Kind, Guid? TenantId)> pending = [];

    private List<Guid> notified = [];

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        DropPending();
        return result;
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        DropPending();
        return ValueTask.FromResult(result);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData) => DropPending();

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        DropPending();
        return Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        pending = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .SelectMany(e => Watched.Where(w => w.Type.IsInstanceOfType(e.Entity))
                .Select(w => (w.Kind, e.Entity is ITenantOwned owned ? owned.TenantId : (Guid?)null)))
            .Distinct().ToList();
        notified = context.ChangeTracker.Entries<Notification>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity.UserId).Distinct().ToList();
        DropPending(keep: true);
    }

    private void DropPending(bool keep = false)
    {
        foreach (var (kind, tenantId) in pending)
        {
            if (tenantId is { } province)
            {
                cache.Drop(kind, province);
            }
            else
            {
                cache.Drop(kind);
            }
        }

        foreach (var userId in notified)
        {
            unread.Drop(userId);
        }

        if (!keep)
        {
            pending = [];
            notified = [];
        }
    }
}
