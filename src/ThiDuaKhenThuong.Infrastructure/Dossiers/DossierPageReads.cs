using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Infrastructure.Auditing;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Tenancy;

namespace ThiDuaKhenThuong.Infrastructure.Dossiers;

/// <summary>
/// The dossier page's reads that need only the dossier's id and year — its documents, the other dossiers of the year
/// naming one of its nominees (the duplicate guard) and its change log — in ONE round trip (an <see cref="NpgsqlBatch"/>)
/// instead of three: the page is one of the Standing Agency's most opened (docs/benchmarks.md). The statements are
/// those EF would send, tenant condition included; the batch begins by writing the province's setting, so row-level
/// security sees it whatever ran before on the connection.
/// </summary>
public static class DossierPageReads
{
    public sealed record Result(IReadOnlyList<DossierDocument> Documents, IReadOnlyList<DuplicateGuard.Existing> Duplicates, IReadOnlyList<ChangeLogEntry> Changes);

    private const string DocumentsSql = """
        SELECT id, nomination_id, document_code, display_name, storage_key, content_type, size, sha256, scan_status, uploaded_by, uploaded_at
        FROM dossier_documents WHERE tenant_id = $1 AND dossier_id = $2 ORDER BY uploaded_at, id
        """;

    // Joined to the dossier's own nominations rather than given a list of ids: planned once per connection.
    private const string DuplicatesSql = """
        SELECT DISTINCT d.id, d.title, d.year, n.nominee_kind, n.nominee_id, n.award_code, n.id
        FROM nominations AS mine
        JOIN nominations AS n ON n.tenant_id = mine.tenant_id AND n.nominee_id = mine.nominee_id AND n.dossier_id <> mine.dossier_id
        JOIN dossiers AS d ON d.tenant_id = n.tenant_id AND d.id = n.dossier_id
        WHERE mine.tenant_id = $1 AND mine.dossier_id = $2 AND d.year = $3
        """;

    private const string ChangesSql = """
        SELECT id, sequence, action, changes, actor_id, actor_name, occurred_at
        FROM change_log WHERE tenant_id = $1 AND entity_type = $2 AND entity_id = $3 ORDER BY sequence DESC LIMIT $4
        """;

    public static async Task<Result> ReadAsync(AppDbContext db, Guid tenantId, Guid dossierId, int year, int changesToShow, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            await using var batch = new NpgsqlBatch(connection)
            {
                BatchCommands =
                {
                    TenantConnectionInterceptor.BatchCommand(tenantId),
                    Command(DocumentsSql, tenantId, dossierId),
                    Command(DuplicatesSql, tenantId, dossierId, year),
                    Command(ChangesSql, tenantId, nameof(Dossier), dossierId.ToString(), changesToShow),
                },
            };
            if (db.Database.GetCommandTimeout() is { } timeout)
            {
                batch.Timeout = timeout;
            }

            await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
            await reader.NextResultAsync(cancellationToken);
            var documents = await ReadAllAsync(reader, r => new DossierDocument(
                tenantId, r.GetGuid(0), dossierId, r.IsDBNull(1) ? null : r.GetGuid(1), r.GetString(2), r.GetString(3), r.GetString(4),
                r.GetString(5), r.GetInt64(6), r.GetString(7), Enum.Parse<DocumentScanStatus>(r.GetString(8)), r.GetGuid(9),
                r.GetFieldValue<DateTimeOffset>(10)), cancellationToken);
            await reader.NextResultAsync(cancellationToken);
            var duplicates = await ReadAllAsync(reader, r => new DuplicateGuard.Existing(
                r.GetGuid(0), r.GetString(1), r.GetInt32(2), Enum.Parse<NomineeKind>(r.GetString(3)), r.GetGuid(4), r.GetString(5)), cancellationToken);
            await reader.NextResultAsync(cancellationToken);
            var changes = await ReadAllAsync(reader, r => new ChangeLogEntry
            {
                TenantId = tenantId,
                Id = r.GetGuid(0),
                Sequence = r.GetInt64(1),
                EntityType = nameof(Dossier),
                EntityId = dossierId.ToString(),
                Action = Enum.Parse<ChangeAction>(r.GetString(2)),
                Changes = r.GetString(3),
                ActorId = r.IsDBNull(4) ? null : r.GetGuid(4),
                ActorName = r.GetString(5),
                OccurredAt = r.GetFieldValue<DateTimeOffset>(6),
            }, cancellationToken);
            return new Result(documents, duplicates, changes);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static NpgsqlBatchCommand Command(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }

    private static async Task<List<T>> ReadAllAsync<T>(DbDataReader reader, Func<DbDataReader, T> read, CancellationToken cancellationToken)
    {
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }

        return rows;
    }
}
