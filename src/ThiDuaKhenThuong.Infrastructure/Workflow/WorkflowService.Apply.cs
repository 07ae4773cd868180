using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Persistence.Configurations;
using ThiDuaKhenThuong.Infrastructure.Workflow.Notifications;

namespace ThiDuaKhenThuong.Infrastructure.Workflow;

public sealed partial class WorkflowService
{
    /// <summary>
    /// Applies <paramref name="action"/> in ONE transaction: consumes the one-time form token (a resent form is refused),
    /// moves the instance (optimistic concurrency on <c>xmin</c>: when <paramref name="expectedVersion"/>, the version the
    /// page showed, is stale or another officer wins the race, the move is refused), appends the sealed history row
    /// under the tenant's chain-head lock, and writes one outbox row per effect. Changes the caller has tracked on the
    /// same <c>AppDbContext</c> are saved in the same transaction. Never throws for a user's error.
    /// </summary>
    public async Task<WorkflowOutcome> ApplyAsync(
        Guid instanceId,
        string action,
        WorkflowActor actor,
        string? comment,
        TransitionData data,
        GuardFacts facts,
        string oneTimeToken,
        uint? expectedVersion = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var tenantId = tenant.TenantId ?? throw new InvalidOperationException("No tenant.");
        if (string.IsNullOrWhiteSpace(oneTimeToken) || oneTimeToken.Length > 100)
        {
            return WorkflowOutcome.Refused(TokenMissingRefusal);
        }

        var now = clock.GetUtcNow().ToUniversalTime();
        var touched = new List<object>();
        // One transaction, all or nothing: a failed save rolls the whole of it back, so the savepoints EF would set
        // around each save (two more round trips each, two of them while the chain head is locked) are not needed.
        var savepoints = db.Database.AutoSavepointsEnabled;
        db.Database.AutoSavepointsEnabled = false;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            // ON CONFLICT waits for a concurrent use of the same token and then inserts nothing: one post wins.
            var consumed = await db.Database.ExecuteSqlInterpolatedAsync(
                $"INSERT INTO form_tokens (tenant_id, token, user_id, used_at) VALUES ({tenantId}, {oneTimeToken}, {actor.UserId}, {now}) ON CONFLICT DO NOTHING",
                cancellationToken);
            if (consumed == 0)
            {
                return WorkflowOutcome.Refused(TokenUsedRefusal);
            }

            var instance = await db.WorkflowInstances.FirstOrDefaultAsync(i => i.Id == instanceId, cancellationToken);
            if (instance is null)
            {
                return WorkflowOutcome.NotFound;
            }

            touched.Add(instance);
            var entry = db.Entry(instance).Property<uint>(WorkflowInstanceConfiguration.RowVersion);
            if (expectedVersion is { } expected && entry.CurrentValue != expected)
            {
                return WorkflowOutcome.Refused(ConcurrencyRefusal);
            }

            var definition = await DefinitionOfAsync(instance, cancellationToken);
            var engine = new WorkflowEngine(guards, await calendars.LoadAsync(cancellationToken));
            var result = engine.Apply(definition, instance, action, actor, comment, data, facts, now);
            if (!result.Succeeded)
            {
                return WorkflowOutcome.Refused(result.RefusalReason);
            }

            await db.SaveChangesAsync(cancellationToken);

            // The tenant's chain head is locked from here to the commit: one read, one batch (history row, head,
            // notifications), the commit. Everything else of the transition is done before it.
            var history = await AppendHistoryAsync(tenantId, instance.Id, result.History, touched, cancellationToken);
            foreach (var message in NotificationTemplates.ForTransition(instance, definition, result, history, now))
            {
                db.OutboxMessages.Add(message);
                touched.Add(message);
            }

            await db.SaveChangesAsync(cancellationToken);
            await hook.BeforeCommitAsync(instance, history, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            touched.RemoveAll(t => t is not WorkflowChainHead);
            return new WorkflowOutcome { Status = WorkflowOutcomeStatus.Applied, Instance = instance, History = history, Effects = result.Effects };
        }
        catch (DbUpdateConcurrencyException)
        {
            return WorkflowOutcome.Refused(ConcurrencyRefusal);
        }
        finally
        {
            db.Database.AutoSavepointsEnabled = savepoints;

            // Whatever did not commit must not linger in the change tracker and be saved by a later call; nor the chain
            // head, which the next transition reads again under its lock.
            foreach (var item in touched)
            {
                db.Entry(item).State = EntityState.Detached;
            }
        }
    }

    /// <summary>
    /// Seals <paramref name="unsealed"/> after the tenant's chain head, which the statement locks (creating it for the
    /// first entry); the new history row and the moved head are saved by the caller's next <c>SaveChanges</c>, in the
    /// same batch as the notifications. The head carries the last sequence and hash, so the previous row is not read.
    /// </summary>
    private async Task<HistoryEntry> AppendHistoryAsync(
        Guid tenantId, Guid instanceId, HistoryEntry unsealed, List<object> touched, CancellationToken cancellationToken)
    {
        var head = (await db.WorkflowChainHeads
            .FromSql($"INSERT INTO workflow_chain_heads (tenant_id, last_sequence, last_hash) VALUES ({tenantId}, 0, {HistoryChain.GenesisHash}) ON CONFLICT (tenant_id) DO UPDATE SET last_sequence = workflow_chain_heads.last_sequence RETURNING *")
            .IgnoreQueryFilters([Persistence.AppDbContext.TenantFilter]) // an INSERT … RETURNING cannot be composed over: the tenant is in the statement, and row security holds
            .AsNoTracking().ToListAsync(cancellationToken)).Single();
        var sealedEntry = HistoryChain.Seal(unsealed, head.LastSequence, head.LastHash);
        var record = WorkflowHistoryRecord.From(sealedEntry, instanceId);
        db.WorkflowHistory.Add(record);
        touched.Add(record);
        var tracked = db.WorkflowChainHeads.Attach(head);
        touched.Add(head);
        tracked.Property(h => h.LastSequence).CurrentValue = sealedEntry.Sequence;
        tracked.Property(h => h.LastHash).CurrentValue = sealedEntry.Hash;
        return sealedEntry;
    }
}
