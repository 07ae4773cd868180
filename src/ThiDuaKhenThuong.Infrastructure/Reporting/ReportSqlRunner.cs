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
        try
        {
            await using var command = new NpgsqlCommand(sql, connection);
            command.Parameters.Add(new NpgsqlParameter("tenant", NpgsqlDbType.Uuid) { Value = request.TenantId });
            command.Parameters.Add(new NpgsqlParameter("from", NpgsqlDbType.Date) { Value = request.Period.From });
            command.Parameters.Add(new NpgsqlParameter("to", NpgsqlDbType.Date) { Value = request.Period.To });
            command.Parameters.Add(new NpgsqlParameter("asof", NpgsqlDbType.Date) { Value = request.AsOf });
            command.Parameters.Add(new NpgsqlParameter("scope", NpgsqlDbType.Uuid) { Value = (object?)request.Scope.Id ?? DBNull.Value });
            command.Parameters.Add(new NpgsqlParameter("year", NpgsqlDbType.Integer) { Value = request.Period.Year });
            command.Parameters.Add(new NpgsqlParameter("limit", NpgsqlDbType.Integer) { Value = ReportFiguresQuery.AppraisalLimitWorkingDays });
            if (db.Database.CurrentTransaction is { } transaction)
            {
                command.Transaction = (NpgsqlTransaction)transaction.GetDbTransaction();
            }

            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                read(reader);
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
