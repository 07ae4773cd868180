using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ThiDuaKhenThuong.Infrastructure.Tenancy;

/// <summary>
/// Writes the current tenant into the PostgreSQL setting <c>app.tenant_id</c> each time a connection is opened, so
/// row-level security sees the same tenant as the EF query filter. An empty value means "no tenant": the policies
/// then match no row and refuse every insert. Npgsql's reset on returning a connection to the pool clears it again
/// (<c>RESET ALL</c>, sent before the connection's next statement), so without a tenant (sign-in, the session lookup
/// of every request) nothing is sent: a fresh or reset connection already has no tenant.
/// </summary>
public sealed class TenantConnectionInterceptor(ITenantContext tenant) : DbConnectionInterceptor
{
    private const string Sql = "SELECT set_config('app.tenant_id', @tenant, false)";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (tenant.TenantId is { } tenantId)
        {
            using var command = CreateCommand(connection, tenantId);
            command.ExecuteNonQuery();
        }
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (tenant.TenantId is { } tenantId)
        {
            await using var command = CreateCommand(connection, tenantId);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static DbCommand CreateCommand(DbConnection connection, Guid tenantId)
    {
        var command = connection.CreateCommand();
        command.CommandText = Sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "tenant";
        parameter.Value = tenantId.ToString();
        command.Parameters.Add(parameter);
        return command;
    }
}
