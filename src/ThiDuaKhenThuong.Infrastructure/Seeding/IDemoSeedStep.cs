using Microsoft.Extensions.DependencyInjection;
using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Infrastructure.Seeding;

/// <summary>
/// One feature area's demo data, run by <see cref="DemoSeeder"/> for each demo province after the provinces, units,
/// clusters/blocks and accounts exist, with the current tenant already set to that province. Must be idempotent.
/// Implementations in this assembly are registered automatically.
/// </summary>
public interface IDemoSeedStep
{
    /// <summary>Lower runs first.</summary>
    int Order { get; }

    Task SeedAsync(Tenant province, CancellationToken cancellationToken);
}

public static class DemoSeedSteps
{
    public static IServiceCollection AddDemoSeeding(this IServiceCollection services)
    {
        services.AddScoped<DemoSeeder>();
        foreach (var type in typeof(IDemoSeedStep).Assembly.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IDemoSeedStep).IsAssignableFrom(t)))
        {
            services.AddScoped(typeof(IDemoSeedStep), type);
        }

        return services;
    }
}
