using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Infrastructure.Reporting;

/// <summary>
/// Runs one statement of <see cref="ReportSql"/> on the context's connection (and its transaction, if any) with the
/// report parameters @tenant, @from, @to, @asof, @scope, @year and @limit, and hands each row to <c>read</c>.
/// </summary>
internal static class ReportSqlRunner
{
    public static async Task ReadAsync(AppDbContext db, string sql, ReportRequest request, Action<DbDataReader> read, CancellationToken cancellationToken)
    {
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        var transaction = db.Database.CurrentTransaction is { } current ? (NpgsqlTransaction)current.GetDbTransaction() : null;
        try
        {
            // The recursive lineage CTE is estimated at a handful of rows where a province has hundreds of units, and the
            // planner then chose nested loops that read the period's awards again for every unit (9.8 s and 7.3 s for a
            // province of 300 units and 21,680 awards among 34 provinces, in EXPLAIN ANALYZE). These statements read one
            // province's rows set-wise: hash and merge joins are right for all of them (40 ms and 123 ms).
            // Through EF, so the province's setting for row-level security is written first (TenantConnectionInterceptor).
            // Planned with the report's own period and scope (the app's connections otherwise keep generic plans).
            await db.Database.ExecuteSqlRawAsync("SET enable_nestloop = off; SET plan_cache_mode = auto", cancellationToken);
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.Add(new NpgsqlParameter("tenant", NpgsqlDbType.Uuid) { Value = request.TenantId });
            command.Parameters.Add(new NpgsqlParameter("from", NpgsqlDbType.Date) { Value = request.Period.From });
            command.Parameters.Add(new NpgsqlParameter("to", NpgsqlDbType.Date) { Value = request.Period.To });
            command.Parameters.Add(new NpgsqlParameter("asof", NpgsqlDbType.Date) { Value = request.AsOf });
            command.Parameters.Add(new NpgsqlParameter("scope", NpgsqlDbType.Uuid) { Value = (object?)request.Scope.Id ?? DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter("year", NpgsqlDbType.Integer) { Value = request.Period.Year });
            command.Parameters.Add(new NpgsqlParameter("limit", NpgsqlDbType.Integer) { Value = ReportFiguresQuery.AppraisalLimitWorkingDays });
            command.Transaction = transaction;
            await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                    read(reader);
                }
            }

            await ExecuteAsync(connection, transaction, "RESET enable_nestloop; RESET plan_cache_mode", cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
