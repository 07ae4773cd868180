using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Caching;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Workflow;
using ThiDuaKhenThuong.Web.Features.Shared;

namespace ThiDuaKhenThuong.Web.Features.Dossiers;

/// <summary>The Standing Agency's inbox: the province's sent dossiers, counted per state, filtered and paged by key.</summary>
public static partial class ListDossiers
{
    public const int InboxPageSize = 25;

    public const int MinInboxPageSize = 2;

    public const int MaxInboxPageSize = 100;

    /// <summary>The row of the counts query that carries the overdue count (not a state code).</summary>
    private const string OverdueKey = "#overdue";

    public sealed record StateCount(string State, string Label, int Count);

    /// <summary>A row of <c>dossier_state_counts</c>.</summary>
    public sealed record StateCountRow(string State, int Count);

    /// <summary>The counts as read on <paramref name="Today"/> (the overdue count depends on the day).</summary>
    private sealed record InboxCountRows(DateOnly Today, List<StateCountRow> Rows);

    public sealed record InboxModel(
        IReadOnlyList<StateCount> Counts,
        int Overdue,
        string? NextKey,
        bool IsFirstPage,
        int Size,
        IReadOnlyList<(Guid Id, string Name)> Officers,
        IReadOnlyList<(string Code, string Label)> States,
        bool ByDeadline = false);

    /// <summary>The key of a row: its creation instant (UTC ticks) and id, the inbox's order (newest first).</summary>
    public static string KeyOf(Row row) => FormattableString.Invariant($"{row.CreatedAt.UtcTicks}_{row.Id:N}");

    /// <summary>The key of a row of the "overdue" and "due soon" views, ordered by deadline (the most overdue first).</summary>
    public static string DeadlineKeyOf(Row row)
        => FormattableString.Invariant($"{row.Deadline?.DayNumber ?? 0}_{row.Id:N}");

    internal static (DateOnly Deadline, Guid Id)? ParseDeadlineKey(string? key)
        => SplitKey(key) is { } parts && parts.Number <= DateOnly.MaxValue.DayNumber ? (DateOnly.FromDayNumber((int)parts.Number), parts.Id) : null;

    internal static (DateTimeOffset CreatedAt, Guid Id)? ParseKey(string? key)
        => SplitKey(key) is { } parts && parts.Number <= DateTimeOffset.MaxValue.UtcTicks ? (new DateTimeOffset(parts.Number, TimeSpan.Zero), parts.Id) : null;

    /// <summary>"number_id" as written by <see cref="KeyOf"/> and <see cref="DeadlineKeyOf"/>; null for anything else.</summary>
    private static (long Number, Guid Id)? SplitKey(string? key)
    {
        var parts = key?.Split('_') ?? [];
        return parts.Length == 2
               && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var number)
               && Guid.TryParse(parts[1], out var id)
            ? (number, id)
            : null;
    }

    public static class Inbox
    {
        public sealed class Handler(AppDbContext db, TimeProvider clock, WorkingCalendars calendars, ReferenceDataCache cache)
        {
            public async Task<Model> HandleAsync(DossierViewer viewer, Query query, CancellationToken cancellationToken)
            {
                // One connection (and one tenant setting) for the page's reads, instead of one per query.
                await db.Database.OpenConnectionAsync(cancellationToken);
                var today = Today(clock);
                var definition = DefaultWorkflows.ProvincialNomination;
                var sent = db.Dossiers.AsNoTracking().Where(d => d.SentAt != null);
                var instances = db.WorkflowInstances.AsNoTracking().Where(i => i.SubjectKind == SubjectKinds.NominationDossier);

                // Kept by triggers (migration InboxAtScale): one small read instead of a join over every dossier of the province.
                // The overdue count (the instances' deadline index, as WorkflowInboxQueries.Overdue) comes in the same
                // round trip; only a received dossier has a running appraisal clock, so an overdue instance is always of a
                // sent dossier. Kept for a few seconds per province (every transition drops them): the inbox is the page
                // the Standing Agency reloads most.
                async Task<InboxCountRows> ReadCountsAsync() => new(today, await db.Database
                    .SqlQuery<StateCountRow>($"""
                        SELECT state AS "State", count AS "Count" FROM dossier_state_counts WHERE tenant_id = {db.CurrentTenantId}
                        UNION ALL
                        SELECT {OverdueKey}, count(*)::int FROM workflow_instances
                        WHERE tenant_id = {db.CurrentTenantId} AND subject_kind = {SubjectKinds.NominationDossier} AND deadline_at IS NOT NULL AND deadline_at < {today}
                        """)
                    .ToListAsync(cancellationToken));

                var perState = await cache.GetOrLoadAsync(ReferenceData.InboxCounts, db.CurrentTenantId, ReadCountsAsync);
                if (perState.Today != today)
                {
                    // Counted before midnight: the overdue count is of another day.
                    if (db.CurrentTenantId is { } tenantId)
                    {
                        cache.Drop(ReferenceData.InboxCounts, tenantId);
                    }

                    perState = await ReadCountsAsync();
                }

                var counts = definition.States
                    .Select(s => new StateCount(s.Code, s.Label, perState.Rows.Where(p => p.State == s.Code).Sum(p => p.Count)))
                    .Where(c => c.Count > 0).ToList();
                var overdueCount = perState.Rows.Where(p => p.State == OverdueKey).Sum(p => p.Count);

                var list = Filter(db, sent, query);

                // State and deadline are both conditions on the dossier's one workflow instance: one EXISTS, not two.
                var matching = instances;
                var byInstance = false;
                if (definition.FindState(query.State ?? string.Empty) is { } state)
                {
                    matching = matching.Where(i => i.State == state.Code);
                    byInstance = true;
                }
                else
                {
                    query.State = null;
                }

                if (query.Due == "overdue")
                {
                    matching = matching.Overdue(today);
                    byInstance = true;
                }
                else if (query.Due == "soon")
                {
                    matching = matching.DueSoon(today, await calendars.LoadAsync(cancellationToken));
                    byInstance = true;
                }

                // "Overdue" and "due soon" are ordered by deadline, the most urgent first, walking the instances' deadline
                // index: a page reads its 26 instances, not every overdue dossier of the province to sort them by date.
                var byDeadline = query.Due is "overdue" or "soon";
                if (byInstance && !byDeadline)
                {
                    list = list.Where(d => matching.Any(i => i.SubjectId == d.Id));
                }

                if (query.Assigned == "mine")
                {
                    list = list.Where(d => d.AssignedOfficerId == viewer.UserId);
                }
                else if (query.Assigned == "none")
                {
                    list = list.Where(d => d.AssignedOfficerId == null);
                }

                // Nothing narrows the dossiers themselves (only their instance's state or deadline may be filtered).
                var noDossierFilter = string.IsNullOrWhiteSpace(query.Q) && query.Year is null && query.Kind is null && query.UnitId is null
                                      && query.Assigned is not ("mine" or "none");
                var unfiltered = noDossierFilter && !byDeadline;
                var size = Math.Clamp(query.Size ?? InboxPageSize, MinInboxPageSize, MaxInboxPageSize);
                var (page, isFirstPage, countMatching) = byDeadline
                    ? ByDeadline(list, matching, query, size, onlyInstances: noDossierFilter)
                    : ByCreation(list, query, size);
                var rows = await ToRowsAsync(db, page, cancellationToken);
                var next = rows.Count > size ? (byDeadline ? DeadlineKeyOf(rows[size - 1]) : KeyOf(rows[size - 1])) : null;
                rows = rows.Take(size).ToList();
                // The total: from the counts when nothing narrows the list; from the page itself when the first page
                // holds every match (most searches); otherwise counted.
                var total = unfiltered ? counts.Where(c => query.State is null || c.State == query.State).Sum(c => c.Count)
                    : isFirstPage && next is null ? rows.Count
                    : await countMatching(cancellationToken);
                var inbox = new InboxModel(
                    counts,
                    overdueCount,
                    next,
                    isFirstPage,
                    size,
                    await AssignDossiers.OfficersAsync(db, cache, cancellationToken),
                    definition.States.Select(s => (s.Code, s.Label)).ToList(),
                    byDeadline);
                return new Model(query, new Paged<Row>(rows, 1, size, total), await UnitsAsync(db, cache, cancellationToken), viewer.CanCreate, today, inbox);
            }

            /// <summary>Newest first, the page after <c>query.After</c>, with one row more than a page to tell whether another follows.</summary>
            private static (IQueryable<Dossier> Page, bool IsFirstPage, Func<CancellationToken, Task<int>> Count) ByCreation(IQueryable<Dossier> list, Query query, int size)
            {
                var matched = list;
                if (ParseKey(query.After) is { } after)
                {
                    list = list.Where(d => d.CreatedAt < after.CreatedAt || (d.CreatedAt == after.CreatedAt && d.Id.CompareTo(after.Id) < 0));
                }
                else
                {
                    query.After = null;
                }

                return (list.OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id).Take(size + 1), query.After is null, matched.CountAsync);
            }

            /// <summary>
            /// By deadline, then dossier, along the index (tenant, subject kind, [state,] deadline, subject). With no condition on the dossiers themselves, the total is counted on the instances
            /// alone: only a received, hence sent, dossier has an appraisal deadline.
            /// </summary>
            private static (IQueryable<Dossier> Page, bool IsFirstPage, Func<CancellationToken, Task<int>> Count) ByDeadline(
                IQueryable<Dossier> list, IQueryable<WorkflowInstance> matching, Query query, int size, bool onlyInstances)
            {
                var joined = from d in list
                             join i in matching on d.Id equals i.SubjectId
                             select new { Dossier = d, Deadline = i.DeadlineAt, i.SubjectId };
                Func<CancellationToken, Task<int>> count = onlyInstances ? matching.CountAsync : joined.CountAsync;
                if (ParseDeadlineKey(query.After) is { } after)
                {
                    joined = joined.Where(x => x.Deadline > after.Deadline || (x.Deadline == after.Deadline && x.SubjectId.CompareTo(after.Id) > 0));
                }
                else
                {
                    query.After = null;
                }

                // Ordered by the instance's columns (its subject is the dossier) so that the index below gives the order.
                return (joined.OrderBy(x => x.Deadline).ThenBy(x => x.SubjectId).Select(x => x.Dossier).Take(size + 1), query.After is null, count);
            }
        }
    }
}
