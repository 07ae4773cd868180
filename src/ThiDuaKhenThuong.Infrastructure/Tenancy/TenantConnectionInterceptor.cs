using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;

namespace ThiDuaKhenThuong.Infrastructure.Tenancy;

/// <summary>
/// Keeps the PostgreSQL setting <c>app.tenant_id</c> equal to the current tenant on every connection the context uses,
/// so row-level security sees the same tenant as the EF query filter. An empty value means "no tenant": the policies
/// then match no row and refuse every insert.
/// <para>
/// The setting is written before the first statement that needs it, not when the connection opens: for an EF query
/// outside a transaction, <c>SELECT set_config(…)</c> goes in front of the query in the same round trip and its result
/// is skipped; anything else (saves, raw SQL, bulk updates) gets its own <c>set_config</c> first, and a transaction gets
/// it before <c>BEGIN</c>, so a rollback cannot undo it. A fresh connection, and one Npgsql has reset on its way back to
/// the pool (<c>RESET ALL</c>, sent before its next statement), has no tenant; with no tenant (sign-in, the session
/// lookup of every request) nothing is sent at all. A change of tenant on an open connection (<c>ITenantContext.Use</c>)
/// is written before the next statement.
/// </para>
/// </summary>
public sealed class TenantConnectionInterceptor(ITenantContext tenant) : DbConnectionInterceptor, IDbCommandInterceptor, IDbTransactionInterceptor
{
    private const string ParameterName = "tdkt_tenant";
    private const string Sql = "SELECT set_config('app.tenant_id', @" + ParameterName + ", false)";

    // What the setting is on `connection`, when known; anything else is written before its next statement.
    private DbConnection? connection;
    private Guid? applied;
    private DbCommand? prefixed;

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Known(connection, null);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Known(connection, null);
        return Task.CompletedTask;
    }

    public override void ConnectionClosed(DbConnection connection, ConnectionEndEventData eventData) => Forget(connection);

    public override Task ConnectionClosedAsync(DbConnection connection, ConnectionEndEventData eventData)
    {
        Forget(connection);
        return Task.CompletedTask;
    }

    public InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        if (!IsCurrent(command.Connection) && !TryPrefix(command, eventData))
        {
            Apply(command.Connection!, command.Transaction);
        }

        return result;
    }

    public async ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        if (!IsCurrent(command.Connection) && !TryPrefix(command, eventData))
        {
            await ApplyAsync(command.Connection!, command.Transaction, cancellationToken);
        }

        return result;
    }

    public DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        if (TakePrefixed(command))
        {
            try
            {
                result.NextResult();
            }
            catch
            {
                // The query itself failed (its error arrives with its own result): the set_config in front of it was
                // undone with it, and EF never sees this reader, so it is closed here.
                Forget(command.Connection);
                result.Dispose();
                throw;
            }
        }

        return result;
    }

    public async ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        if (TakePrefixed(command))
        {
            try
            {
                await result.NextResultAsync(cancellationToken);
            }
            catch
            {
                Forget(command.Connection);
                await result.DisposeAsync();
                throw;
            }
        }

        return result;
    }

    public InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        EnsureCurrent(command);
        return result;
    }

    public async ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        await EnsureCurrentAsync(command, cancellationToken);
        return result;
    }

    public InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        EnsureCurrent(command);
        return result;
    }

    public async ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        await EnsureCurrentAsync(command, cancellationToken);
        return result;
    }

    public void CommandFailed(DbCommand command, CommandErrorEventData eventData) => Failed(command);

    public Task CommandFailedAsync(DbCommand command, CommandErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Failed(command);
        return Task.CompletedTask;
    }

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        if (!IsCurrent(connection))
        {
            Apply(connection, null);
        }

        return result;
    }

    public async ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(
        DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        if (!IsCurrent(connection))
        {
            await ApplyAsync(connection, null, cancellationToken);
        }

        return result;
    }

    // A rollback undoes a set_config written inside the transaction: the setting is unknown again.
    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(transaction.Connection);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(transaction.Connection);
        return Task.CompletedTask;
    }

    public void TransactionFailed(DbTransaction transaction, TransactionErrorEventData eventData) => Forget(transaction.Connection);

    public Task TransactionFailedAsync(DbTransaction transaction, TransactionErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(transaction.Connection);
        return Task.CompletedTask;
    }

    /// <summary>
    /// The set_config for a raw <see cref="NpgsqlBatch"/> that does not pass through EF, as its first command, so the
    /// batch sees <paramref name="tenantId"/> whatever ran before it on the connection (it is the value this interceptor
    /// writes for the same context, so its record of the connection stays true).
    /// </summary>
    public static NpgsqlBatchCommand BatchCommand(Guid tenantId)
        => new(Sql) { Parameters = { new NpgsqlParameter<string>(ParameterName, tenantId.ToString()) } };

    private bool IsCurrent(DbConnection? used) => used is not null && ReferenceEquals(used, connection) && applied == tenant.TenantId;

    private void Known(DbConnection opened, Guid? value)
    {
        connection = opened;
        applied = value;
    }

    private void Forget(DbConnection? used)
    {
        if (used is null || ReferenceEquals(used, connection))
        {
            connection = null;
        }
    }

    /// <summary>
    /// Puts the set_config in front of an EF query outside a transaction (one round trip for both; the reader skips its
    /// result). Only for LINQ queries, whose text EF wrote as one statement with named parameters.
    /// </summary>
    private bool TryPrefix(DbCommand command, CommandEventData eventData)
    {
        if (eventData.CommandSource != CommandSource.LinqQuery || command.Transaction is not null || command.Connection is null
            || command is not NpgsqlCommand npgsql || command.CommandType != CommandType.Text
            || npgsql.Parameters.Any(p => string.IsNullOrEmpty(p.ParameterName)))
        {
            return false;
        }

        npgsql.CommandText = Sql + ";\n" + npgsql.CommandText;
        npgsql.Parameters.Add(new NpgsqlParameter<string>(ParameterName, Value()));
        prefixed = command;
        Known(command.Connection, tenant.TenantId);
        return true;
    }

    private bool TakePrefixed(DbCommand command)
    {
        if (!ReferenceEquals(command, prefixed))
        {
            return false;
        }

        prefixed = null;
        return true;
    }

    private void Failed(DbCommand command)
    {
        // The statement (and the set_config in front of it) may not have run.
        if (TakePrefixed(command) || command.Transaction is not null)
        {
            Forget(command.Connection);
        }
    }

    private void EnsureCurrent(DbCommand command)
    {
        if (!IsCurrent(command.Connection))
        {
            Apply(command.Connection!, command.Transaction);
        }
    }

    private async Task EnsureCurrentAsync(DbCommand command, CancellationToken cancellationToken)
    {
        if (!IsCurrent(command.Connection))
        {
            await ApplyAsync(command.Connection!, command.Transaction, cancellationToken);
        }
    }

    private void Apply(DbConnection used, DbTransaction? transaction)
    {
        using var command = CreateCommand(used, transaction);
        command.ExecuteNonQuery();
        Known(used, tenant.TenantId);
    }

    private async Task ApplyAsync(DbConnection used, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        await using var command = CreateCommand(used, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
        Known(used, tenant.TenantId);
    }

    private string Value() => tenant.TenantId?.ToString() ?? string.Empty;

    private DbCommand CreateCommand(DbConnection used, DbTransaction? transaction)
    {
        var command = used.CreateCommand();
        command.CommandText = Sql;
        command.Transaction = transaction;
        var parameter = command.CreateParameter();
        parameter.ParameterName = ParameterName;
        parameter.Value = Value();
        command.Parameters.Add(parameter);
        return command;
    }
}
