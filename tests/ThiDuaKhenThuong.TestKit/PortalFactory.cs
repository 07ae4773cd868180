using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;

namespace ThiDuaKhenThuong.TestKit;

/// <summary>The real application on a real PostgreSQL database, with a clock the test can move.</summary>
public sealed class PortalFactory(TestDatabase database, FakeTimeProvider clock, IReadOnlyDictionary<string, string?>? settings = null)
    : WebApplicationFactory<Program>
{
    public FakeTimeProvider Clock { get; } = clock;

    public TestDatabase Database { get; } = database;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        // Startup reads these before the host's configuration callbacks run, so they are passed as settings.
        builder.UseSetting("ConnectionStrings:Default", Database.AppConnectionString);
        builder.UseSetting("ConnectionStrings:Migrations", Database.OwnerConnectionString);
        var values = new Dictionary<string, string?>
        {
            ["Security:SignInPerIpPerMinute"] = "100000",
            ["Security:SignInPerAccountPerMinute"] = "1000",
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Files:Root"] = Path.Combine(Path.GetTempPath(), "tdkt-test-files"),
            // Tests relay the outbox themselves (OutboxRelay.RunOnceAsync), deterministically.
            ["Outbox:Enabled"] = "false",
            // Tests run the deadline reminders themselves (DeadlineReminders.RunOnceAsync) with their own clock.
            ["Reminders:Enabled"] = "false",
            // Most tests sign in with a password only; the two-step tests set the required roles themselves.
            ["Security:TwoFactorRequiredRoles"] = "",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        foreach (var (key, value) in values)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
        });
    }

    /// <summary>A browser-like client: keeps cookies, does not follow redirects (tests look at them).</summary>
    public PortalClient CreatePortalClient()
        => new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}
