using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using ThiDuaKhenThuong.Infrastructure.Auditing;
using ThiDuaKhenThuong.Infrastructure.Caching;
using ThiDuaKhenThuong.Infrastructure.Tenancy;

namespace ThiDuaKhenThuong.Infrastructure.Persistence;

public static class PersistenceSetup
{
    /// <summary>The connection string of the application's login role (owns nothing, cannot bypass row security).</summary>
    public const string AppConnectionName = "Default";

    /// <summary>The connection string of the owner role that runs migrations.</summary>
    public const string OwnerConnectionName = "Migrations";

    /// <summary>How many statements each connection keeps prepared, unless the connection string says otherwise.</summary>
    public const int DefaultMaxAutoPrepare = 100;

    public static IServiceCollection AddPortalPersistence(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(AppConnectionName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"Thiếu chuỗi kết nối 'ConnectionStrings:{AppConnectionName}' (biến môi trường ConnectionStrings__{AppConnectionName}).");
        }

        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.Multiplexing || builder.NoResetOnClose)
        {
            // The tenant is a per-connection setting: a shared or un-reset connection could carry it to another province.
            throw new InvalidOperationException("Không được bật Multiplexing hoặc No Reset On Close: tenant là thiết lập theo kết nối.");
        }

        if (builder.MaxAutoPrepare == 0)
        {
            // Statements run often (each page's fixed-shape queries) are prepared once per connection, so PostgreSQL
            // does not parse and plan them on every request. "Database:MaxAutoPrepare" = 0 turns this off.
            builder.MaxAutoPrepare = configuration.GetValue("Database:MaxAutoPrepare", DefaultMaxAutoPrepare);
        }

        if (configuration.GetValue("Database:GenericPlans", true) && !(builder.Options ?? string.Empty).Contains("plan_cache_mode", StringComparison.Ordinal))
        {
            // A prepared statement is planned once per connection, not with each request's values. PostgreSQL's default
            // re-planned the inbox, search and dossier statements on every execution (0.1–0.5 ms each, measured with
            // pg_stat_statements on 1,000,000 dossiers): their generic plans cost more on paper (a deadline or a LIMIT
            // whose value is unknown), though they walk the same indexes. Statements are all per province and by key or
            // index range; the reports, which are not, ask for planning with their values (ReportSqlRunner).
            builder.Options = $"{builder.Options} -c plan_cache_mode=force_generic_plan".Trim();
        }

        services.AddHttpContextAccessor();
        services.AddScoped<ITenantContext, TenantContext>();
        services.AddScoped<TenantConnectionInterceptor>();
        services.AddScoped<TenantSaveChangesInterceptor>();
        services.AddScoped<ICurrentActor, HttpCurrentActor>();
        services.AddScoped<ChangeLogInterceptor>();
        services.AddMemoryCache();
        services.AddSingleton<ReferenceDataCache>();
        services.AddSingleton<UnreadNotificationCounts>();
        services.AddScoped<ReferenceDataInvalidation>();
        services.AddDbContext<AppDbContext>((sp, options) =>
        {
            Configure(options, builder.ConnectionString);
            // Order matters: the change log adds its rows first, then the tenant check sees them too.
            options.AddInterceptors(
                sp.GetRequiredService<TenantConnectionInterceptor>(),
                sp.GetRequiredService<ChangeLogInterceptor>(),
                sp.GetRequiredService<TenantSaveChangesInterceptor>(),
                sp.GetRequiredService<ReferenceDataInvalidation>());
        });
        return services;
    }

    internal static void Configure(DbContextOptionsBuilder options, string connectionString)
        => options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention();
}
