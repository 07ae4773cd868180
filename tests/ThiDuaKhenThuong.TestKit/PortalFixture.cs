using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ThiDuaKhenThuong.Infrastructure.Identity;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.Infrastructure.Tenancy;
using Xunit;

namespace ThiDuaKhenThuong.TestKit;

/// <summary>
/// One PostgreSQL server, one migrated database with the demo provinces seeded, one running portal: shared by the
/// integration tests of a collection. Tests that need their own settings build another <see cref="PortalFactory"/>
/// over the same database.
/// </summary>
public sealed class PortalFixture : IAsyncLifetime
{
    private PostgresServer? server;
    private readonly List<PortalFactory> extraFactories = [];

    public PortalFactory Portal { get; private set; } = null!;

    public TestDatabase Database { get; private set; } = null!;

    public FakeTimeProvider Clock { get; } = new(TimeProvider.System.GetUtcNow());

    public async Task InitializeAsync()
    {
        server = await PostgresServer.StartAsync();
        Database = await TestDatabase.CreateAsync(server);
        Portal = new PortalFactory(Database, Clock);
        await Portal.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<DemoSeeder>().SeedAsync();
            return 0;
        });
    }

    public PortalFactory CreatePortal(IReadOnlyDictionary<string, string?> settings)
    {
        var factory = new PortalFactory(Database, new FakeTimeProvider(Clock.GetUtcNow()), settings);
        extraFactories.Add(factory);
        return factory;
    }

    public async Task<Guid> TenantIdAsync(string code)
        => await Portal.WithScopeAsync(sp => sp.GetRequiredService<AppDbContext>().Tenants.Where(t => t.Code == code).Select(t => t.Id).SingleAsync());

    /// <summary>A fresh account for a test that changes it (locks it, changes its password) without touching the demo accounts.</summary>
    public async Task<string> CreateUserAsync(string tenantCode, string unitCode, string role, string password = DemoAccounts.Password)
    {
        var tenantId = await TenantIdAsync(tenantCode);
        return await Portal.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            Guid unitId;
            using (sp.GetRequiredService<ITenantContext>().Use(tenantId))
            {
                unitId = await db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync();
            }

            var users = sp.GetRequiredService<UserManager<AppUser>>();
            var name = "test." + Guid.NewGuid().ToString("N")[..8];
            var user = new AppUser
            {
                Id = Guid.CreateVersion7(),
                UserName = name,
                FullName = "Người dùng thử " + name,
                TenantId = tenantId,
                UnitId = unitId,
                LockoutEnabled = true,
                CreatedAt = Clock.GetUtcNow(),
            };
            var created = await users.CreateAsync(user, password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            }

            await users.AddToRoleAsync(user, role);
            return name;
        });
    }

    public async Task DisposeAsync()
    {
        foreach (var factory in extraFactories)
        {
            await factory.DisposeAsync();
        }

        if (Portal is not null)
        {
            await Portal.DisposeAsync();
        }

        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }
}
