using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Caching;
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

            // Already tracked when the caller read it for this transition (GetForTransitionAsync): no second read.
            var instance = db.ChangeTracker.Entries<WorkflowInstance>().Select(e => e.Entity).FirstOrDefault(i => i.Id == instanceId && i.TenantId == tenantId)
                ?? await db.WorkflowInstances.FirstOrDefaultAsync(i => i.Id == instanceId, cancellationToken);
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

            // The instance itself is moved by the final statement, with the seal: its UPDATE fires the trigger that
            // keeps the province's per-state counts, whose rows every transition between the same states also locks.
            var instanceEntry = db.Entry(instance);
            instanceEntry.DetectChanges();
            var move = new InstanceMove(
                entry.OriginalValue,
                [.. instanceEntry.Properties.Where(p => p.IsModified).Select(p => (p.Metadata, p.CurrentValue))]);
            instanceEntry.State = EntityState.Unchanged;

            // Everything else is saved first, in one batch: the caller's changes and the notifications (their message
            // ids name the transition, not its place in the chain).
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
            var sealedRow = await MoveSealAndCommitAsync(tenantId, instance.Id, move, result.History, cancellationToken);
            if (sealedRow is not { } committed)
            {
                return WorkflowOutcome.Refused(ConcurrencyRefusal);
            }

            var (history, newVersion) = committed;
            entry.OriginalValue = entry.CurrentValue = newVersion;
            touched.Clear();
            // The instance moved outside SaveChanges: the inbox's counts of the province are read again on its next page.
            cache.Drop(ReferenceData.InboxCounts, tenantId);
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
    /// Moves the instance, appends <paramref name="unsealed"/> to the province's history chain and commits, in ONE round
    /// trip (ADR-008). A single statement updates the instance (only if its row version is still
    /// <see cref="InstanceMove.Version"/>; otherwise it fails on purpose with a division by zero and null is returned:
    /// the caller's transaction rolls back), locks the chain head (<c>FOR UPDATE</c>), takes the next sequence, computes the seal with
    /// PostgreSQL's <c>sha256</c> over exactly the bytes <see cref="HistoryChain.ComputeHash"/> hashes (the canonical
    /// form is built here; the database only splices in the sequence and the previous hash), inserts the history row and
    /// moves the head; the <c>COMMIT</c> follows in the same batch, so PostgreSQL releases the lock without waiting for
    /// the app. The head is created beforehand, in the same batch, for a province's first entry. When a statement fails,
    /// PostgreSQL skips the rest of the batch (the COMMIT too) and the caller's transaction rolls back.
    /// </summary>
    private async Task<(HistoryEntry History, uint Version)?> MoveSealAndCommitAsync(
        Guid tenantId, Guid instanceId, InstanceMove move, HistoryEntry unsealed, CancellationToken cancellationToken)
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
        var table = StoreObjectIdentifier.Table("workflow_instances");
        var assignments = new List<string>();
        var seal = new NpgsqlBatchCommand();
        foreach (var (property, value) in move.Changes)
        {
            var name = "m" + assignments.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var mapping = property.GetRelationalTypeMapping();
            var stored = mapping.Converter is { } converter && value is not null ? converter.ConvertToProvider(value) : value;
            assignments.Add($"{property.GetColumnName(table)} = CAST(@{name} AS {mapping.StoreType})");
            seal.Parameters.Add(new NpgsqlParameter(name, stored ?? DBNull.Value));
        }

        seal.CommandText = SealSql.Replace("{assignments}", assignments.Count == 0 ? "state = state" : string.Join(", ", assignments), StringComparison.Ordinal);
        seal.Parameters.Add(new NpgsqlParameter<uint>("version", NpgsqlDbType.Xid) { TypedValue = move.Version });
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
        uint version;
        try
        {
            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            if (!await reader.ReadAsync(cancellationToken))
            {
                throw new InvalidOperationException("The history chain head was not found.");
            }

            sequence = reader.GetInt64(0);
            previousHash = reader.GetString(1);
            hash = reader.GetString(2);
            version = reader.GetFieldValue<uint>(3);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DivisionByZero)
        {
            // The instance's row version changed since it was read: another officer moved it first. (The chain head
            // cannot be missing after the batch's first statement; were it so, this refusal would still commit nothing.)
            return null;
        }

        // The batch has committed: the EF transaction, disposed by the caller, finds nothing left to roll back.
        var sealedEntry = HistoryChain.Seal(entry, sequence - 1, previousHash);
        if (!string.Equals(sealedEntry.Hash, hash, StringComparison.Ordinal))
        {
            // Cannot happen while the SQL and HistoryChain agree (ChainSealTests); the verifier would name the row.
            throw new InvalidOperationException($"The database sealed history row {sequence} differently from HistoryChain.");
        }

        return (sealedEntry, version);
    }

    /// <summary>What the final statement writes to the instance: the changed properties, if its row version is still <see cref="Version"/>.</summary>
    private sealed record InstanceMove(uint Version, IReadOnlyList<(IProperty Property, object? Value)> Changes);

    /// <summary>Creates the province's chain head before its first entry; reads nothing under a lock otherwise.</summary>
    private const string EnsureHeadSql = """
        INSERT INTO workflow_chain_heads (tenant_id, last_sequence, last_hash)
        SELECT @tenant, 0, @genesis
        WHERE NOT EXISTS (SELECT 1 FROM workflow_chain_heads WHERE tenant_id = @tenant)
        ON CONFLICT (tenant_id) DO NOTHING
        """;

    /// <summary>
    /// Moves the instance (the division by zero refuses a stale row version: nothing else of the transaction may commit
    /// then; the second one makes sure no transition commits without its history row), locks the head, seals, appends, moves the head; returns the sequence, previous hash, hash and the
    /// instance's new row version. Under READ COMMITTED the locking read returns the head as the previous holder
    /// committed it, and the UPDATE moves that same row version.
    /// </summary>
    private const string SealSql = """
        WITH moved AS (
            UPDATE workflow_instances SET {assignments}
            WHERE tenant_id = @tenant AND id = @instance AND xmin = @version
            RETURNING xmin
        ), head AS (
            SELECT last_sequence + 1 AS sequence,
                   CASE WHEN last_sequence = 0 THEN @genesis ELSE last_hash::text END AS previous_hash
            FROM workflow_chain_heads
            WHERE tenant_id = @tenant AND 1 / (SELECT count(*) FROM moved) = 1
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
        WHERE h.tenant_id = @tenant AND 1 / (SELECT count(*) FROM sealed) = 1
        RETURNING sealed.sequence, sealed.previous_hash, sealed.hash, (SELECT xmin FROM moved)
        """;
}
