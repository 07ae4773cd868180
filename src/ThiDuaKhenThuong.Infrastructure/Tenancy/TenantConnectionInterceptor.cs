using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ThiDuaKhenThuong.Infrastructure.Tenancy;

/// <summary>
/// Writes the current tenant into the PostgreSQL setting <c>app.tenant_id</c> each time a connection is opened, so
/// row-level security sees the same tenant as the EF query filter. An empty value means "no tenant": the policies
/// then match no row and refuse every insert. Npgsql's reset on returning a connection to the pool clears it again.
/// </summary>
public sealed class TenantConnectionInterceptor(ITenantContext tenant) : DbConnectionInterceptor
{
    private const string Sql = "SELECT set_config('app.tenant_id', @tenant, false)";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = CreateCommand(connection);
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = CreateCommand(connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private DbCommand CreateCommand(DbConnection connection)
    {
        var command = connection.CreateCommand();
        command.CommandText = Sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "tenant";
        parameter.Value = tenant.TenantId?.ToString() ?? string.Empty;
        command.Parameters.Add(parameter);
        return command;
    }
}
