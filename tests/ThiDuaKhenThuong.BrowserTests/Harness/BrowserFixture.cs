using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.BrowserTests.Harness;

/// <summary>
/// The real portal listening on a real loopback port (Kestrel) over the throwaway PostgreSQL with the demo provinces
/// seeded (<see cref="PortalFixture"/>), and one headless Chromium (Debian's <c>/usr/bin/chromium</c>; Playwright
/// downloads nothing) for the whole run. Each test opens its own browser contexts, so no cookie leaks between tests.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>The flags that let Chromium run headless as root on a closed network without dialling out.</summary>
    public static readonly string[] LaunchArguments =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    private readonly PortalFixture portal = new();
    private IPlaywright? playwright;

    public PortalFixture Portal => portal;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The served portal (its services, and its clock, which stands still unless a test moves it).</summary>
    public PortalFactory Server { get; private set; } = null!;

    /// <summary>Where the portal listens, e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public static string ChromiumPath => Environment.GetEnvironmentVariable("TDKT_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        await portal.InitializeAsync();
        Server = portal.CreatePortal(new Dictionary<string, string?>());
        Server.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        Server.StartServer();
        var address = Server.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseAddress = new Uri(address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal));

        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"Chromium is not installed at {ChromiumPath}: run deploy/local.sh test (it installs chromium), or set TDKT_CHROMIUM.");
        }

        playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = LaunchArguments,
        });
    }

    /// <summary>A fresh browser context (its own cookies) with the portal as base address.</summary>
    public async Task<IBrowserContext> NewContextAsync()
        => await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString().TrimEnd('/'),
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        await portal.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
