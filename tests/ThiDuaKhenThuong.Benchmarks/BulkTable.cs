using Npgsql;
using NpgsqlTypes;

namespace ThiDuaKhenThuong.Benchmarks;

/// <summary>
/// Rows bound for one table, loaded by binary COPY into a session-local staging table and moved with one
/// <c>INSERT … SELECT</c>. PostgreSQL refuses <c>COPY FROM</c> into a table under forced row security, even for its
/// owner; the <c>INSERT</c> runs under the province's <c>app.tenant_id</c>, so row security's WITH CHECK admits
/// only rows of that province, and the composite tenant keys are checked as for any other write.
/// </summary>
internal sealed class BulkTable(string name, params (string Column, NpgsqlDbType Type)[] columns)
{
    private readonly List<object?[]> rows = [];

    public string Name { get; } = name;

    public int Pending => rows.Count;

    public long Written { get; private set; }

    private string ColumnList { get; } = string.Join(", ", columns.Select(c => c.Column));

    public void Add(params object?[] row)
    {
        if (row.Length != columns.Length)
        {
            throw new ArgumentException($"{Name}: {row.Length} values for {columns.Length} columns.", nameof(row));
        }

        rows.Add(row);
    }

    /// <summary>Creates the staging table on this connection (temporary: it disappears with the session).</summary>
    public async Task PrepareAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"CREATE TEMP TABLE IF NOT EXISTS stage_{Name} (LIKE {Name})", connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task FlushAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        if (rows.Count == 0)
        {
            return;
        }

        await using (var importer = await connection.BeginBinaryImportAsync($"COPY stage_{Name} ({ColumnList}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var row in rows)
            {
                await importer.StartRowAsync(cancellationToken);
                for (var i = 0; i < columns.Length; i++)
                {
                    if (row[i] is null)
                    {
                        await importer.WriteNullAsync(cancellationToken);
                    }
                    else
                    {
                        await importer.WriteAsync(row[i], columns[i].Type, cancellationToken);
                    }
                }
            }

            await importer.CompleteAsync(cancellationToken);
        }

        await using var move = new NpgsqlCommand($"INSERT INTO {Name} ({ColumnList}) SELECT {ColumnList} FROM stage_{Name}; TRUNCATE stage_{Name}", connection);
        await move.ExecuteNonQueryAsync(cancellationToken);
        Written += rows.Count;
        rows.Clear();
    }
}
