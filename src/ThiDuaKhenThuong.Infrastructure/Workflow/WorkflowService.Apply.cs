using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
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

            // Everything but the seal is saved first, in one batch: the moved instance, the caller's changes and the
            // notifications (their message ids name the transition, not its place in the chain).
            var transitionId = Guid.CreateVersion7(now);
            foreach (var message in NotificationTemplates.ForTransition(instance, definition, result, transitionId, now))
            {
                db.OutboxMessages.Add(message);
                touched.Add(message);
            }

            await db.SaveChangesAsync(cancellationToken);

            await hook.BeforeCommitAsync(instance, result.History, cancellationToken);

            // The province's chain head is locked by the transaction's last statement, which seals the row itself, and
            // the COMMIT travels in the same round trip: the lock is never held while the app waits for the CPU.
            var history = await SealAndCommitAsync(tenantId, instance.Id, result.History, cancellationToken);
            touched.Clear();
            return new WorkflowOutcome { Status = WorkflowOutcomeStatus.Applied, Instance = instance, History = history, Effects = result.Effects };
        }
        catch (DbUpdateConcurrencyException)
        {
            return WorkflowOutcome.Refused(ConcurrencyRefusal);
        }
        finally
        {
            db.Database.AutoSavepointsEnabled = savepoints;

            // Whatever did not commit must not linger in the change tracker and be saved by a later call.
            foreach (var item in touched)
            {
                db.Entry(item).State = EntityState.Detached;
            }
        }
    }

    /// <summary>
    /// Appends <paramref name="unsealed"/> to the province's history chain and commits, in ONE round trip (ADR-008): a
    /// single statement locks the chain head (<c>FOR UPDATE</c>), takes the next sequence, computes the seal with
    /// PostgreSQL's <c>sha256</c> over exactly the bytes <see cref="HistoryChain.ComputeHash"/> hashes (the canonical
    /// form is built here; the database only splices in the sequence and the previous hash), inserts the history row and
    /// moves the head; the <c>COMMIT</c> follows in the same batch, so PostgreSQL releases the lock without waiting for
    /// the app. The head is created beforehand, in the same batch, for a province's first entry. When a statement fails,
    /// PostgreSQL skips the rest of the batch (the COMMIT too) and the caller's transaction rolls back.
    /// </summary>
    private async Task<HistoryEntry> SealAndCommitAsync(Guid tenantId, Guid instanceId, HistoryEntry unsealed, CancellationToken cancellationToken)
    {
        var entry = unsealed with { OccurredAt = HistoryChain.TruncateToMicroseconds(unsealed.OccurredAt) };
        var (beforeSequence, afterSequence) = HistoryChain.CanonicalAroundSequence(entry);
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var transaction = (NpgsqlTransaction)(db.Database.CurrentTransaction ?? throw new InvalidOperationException("No transaction.")).GetDbTransaction();
        await using var batch = new NpgsqlBatch(connection, transaction);
        if (db.Database.GetCommandTimeout() is { } timeout)
        {
            batch.Timeout = timeout;
        }

        var ensureHead = new NpgsqlBatchCommand(EnsureHeadSql);
        ensureHead.Parameters.Add(new NpgsqlParameter<Guid>("tenant", tenantId));
        ensureHead.Parameters.Add(new NpgsqlParameter<string>("genesis", NpgsqlDbType.Char) { TypedValue = HistoryChain.GenesisHash });
        batch.BatchCommands.Add(ensureHead);
        var seal = new NpgsqlBatchCommand(SealSql);
        seal.Parameters.Add(new NpgsqlParameter<Guid>("tenant", tenantId));
        seal.Parameters.Add(new NpgsqlParameter<string>("genesis", NpgsqlDbType.Text) { TypedValue = HistoryChain.GenesisHash });
        seal.Parameters.Add(new NpgsqlParameter<string>("before", NpgsqlDbType.Text) { TypedValue = beforeSequence });
        seal.Parameters.Add(new NpgsqlParameter<string>("after", NpgsqlDbType.Text) { TypedValue = afterSequence });
        seal.Parameters.Add(new NpgsqlParameter<Guid>("instance", instanceId));
        seal.Parameters.Add(new NpgsqlParameter<Guid>("subject", entry.SubjectId));
        seal.Parameters.Add(new NpgsqlParameter<string>("from_state", NpgsqlDbType.Text) { TypedValue = entry.FromState });
        seal.Parameters.Add(new NpgsqlParameter<string>("to_state", NpgsqlDbType.Text) { TypedValue = entry.ToState });
        seal.Parameters.Add(new NpgsqlParameter<string>("action", NpgsqlDbType.Text) { TypedValue = entry.Action });
        seal.Parameters.Add(new NpgsqlParameter<Guid>("actor", entry.ActorId));
        seal.Parameters.Add(new NpgsqlParameter<string>("role", NpgsqlDbType.Text) { TypedValue = entry.ActorRole });
        seal.Parameters.Add(new NpgsqlParameter("unit", NpgsqlDbType.Uuid) { Value = entry.ActorUnitId is { } unit ? unit : DBNull.Value });
        seal.Parameters.Add(new NpgsqlParameter<DateTimeOffset>("at", NpgsqlDbType.TimestampTz) { TypedValue = entry.OccurredAt });
        seal.Parameters.Add(new NpgsqlParameter("comment", NpgsqlDbType.Text) { Value = (object?)entry.Comment ?? DBNull.Value });
        seal.Parameters.Add(new NpgsqlParameter("ip", NpgsqlDbType.Text) { Value = (object?)entry.ClientIp ?? DBNull.Value });
        seal.Parameters.Add(new NpgsqlParameter<string[]>("evidence", NpgsqlDbType.Array | NpgsqlDbType.Text) { TypedValue = [.. entry.EvidenceHashes] });
        batch.BatchCommands.Add(seal);
        batch.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));

        long sequence;
        string previousHash;
        string hash;
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            if (!await reader.ReadAsync(cancellationToken))
            {
                throw new InvalidOperationException("The history chain head was not found.");
            }

            sequence = reader.GetInt64(0);
            previousHash = reader.GetString(1);
            hash = reader.GetString(2);
        }

        // The batch has committed: the EF transaction, disposed by the caller, finds nothing left to roll back.
        var sealedEntry = HistoryChain.Seal(entry, sequence - 1, previousHash);
        if (!string.Equals(sealedEntry.Hash, hash, StringComparison.Ordinal))
        {
            // Cannot happen while the SQL and HistoryChain agree (ChainSealTests); the verifier would name the row.
            throw new InvalidOperationException($"The database sealed history row {sequence} differently from HistoryChain.");
        }

        return sealedEntry;
    }

    /// <summary>Creates the province's chain head before its first entry; reads nothing under a lock otherwise.</summary>
    private const string EnsureHeadSql = """
        INSERT INTO workflow_chain_heads (tenant_id, last_sequence, last_hash)
        SELECT @tenant, 0, @genesis
        WHERE NOT EXISTS (SELECT 1 FROM workflow_chain_heads WHERE tenant_id = @tenant)
        ON CONFLICT (tenant_id) DO NOTHING
        """;

    /// <summary>
    /// Locks the head, seals, appends, moves the head; returns the sequence, previous hash and hash. Under READ COMMITTED
    /// the locking read returns the head as the previous holder committed it, and the UPDATE moves that same row version.
    /// </summary>
    private const string SealSql = """
        WITH head AS (
            SELECT last_sequence + 1 AS sequence,
                   CASE WHEN last_sequence = 0 THEN @genesis ELSE last_hash::text END AS previous_hash
            FROM workflow_chain_heads
            WHERE tenant_id = @tenant
            FOR UPDATE
        ), sealed AS (
            SELECT sequence, previous_hash,
                   encode(sha256(convert_to(
                       previous_hash || E'\n' || @before || 'seq=' || length(sequence::text) || ':' || sequence::text || ';' || @after,
                       'UTF8')), 'hex') AS hash
            FROM head
        ), appended AS (
            INSERT INTO workflow_history (tenant_id, sequence, instance_id, subject_id, from_state, to_state, action, actor_id,
                                          actor_role, actor_unit_id, occurred_at, comment, client_ip, evidence_hashes,
                                          previous_hash, hash)
            SELECT @tenant, sequence, @instance, @subject, @from_state, @to_state, @action, @actor,
                   @role, @unit, @at, @comment, @ip, @evidence, previous_hash, hash
            FROM sealed
        )
        UPDATE workflow_chain_heads AS h
        SET last_sequence = sealed.sequence, last_hash = sealed.hash
        FROM sealed
        WHERE h.tenant_id = @tenant
        RETURNING sealed.sequence, sealed.previous_hash, sealed.hash
        """;
}
