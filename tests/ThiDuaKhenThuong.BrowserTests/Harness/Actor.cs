using System.Globalization;
using System.Text.RegularExpressions;
using static Microsoft.Playwright.Assertions;

namespace ThiDuaKhenThuong.BrowserTests.Harness;

/// <summary>
/// One person at one browser: their own context (cookies), one tab. Every page they land on — by address or by a
/// form post that navigates — is checked with axe before the journey goes on.
/// </summary>
public sealed partial class Actor(string name, IBrowserContext context, IPage page, Accessibility accessibility) : IAsyncDisposable
{
    /// <summary>The account name, or "khách" for someone not signed in.</summary>
    public string Name { get; } = name;

    public IPage Page { get; } = page;

    /// <summary>
    /// Whether pages are checked with axe (default). Off only for a person repeating, under another name, exactly the
    /// pages someone before them had checked (e.g. the tenth council member on the same ballot page).
    /// </summary>
    public bool ChecksAccessibility { get; set; } = true;

    public ILocator Notice => Page.Locator("main > .alert-success[role=status]:not([data-testid])");

    public ILocator Problem => Page.Locator("[data-testid=problem]");

    public ILocator FormErrors => Page.Locator("[data-testid=form-errors]");

    /// <summary>Opens <paramref name="path"/> (relative to the portal), fails on an error status, then checks accessibility.</summary>
    public async Task GotoAsync(string path)
    {
        var response = await Page.GotoAsync(path);
        if (response is null || response.Status >= 400)
        {
            throw new InvalidOperationException($"{Name}: GET {path} answered {response?.Status.ToString(CultureInfo.InvariantCulture) ?? "nothing"}.");
        }

        if (ChecksAccessibility)
        {
            await accessibility.CheckAsync(Page);
        }
    }

    /// <summary>Clicks something that loads a new page (a submit button, a link), waits for it, checks accessibility.</summary>
    public async Task NavigateByAsync(ILocator target)
    {
        ArgumentNullException.ThrowIfNull(target);
        await Page.EvaluateAsync("() => { window.__tdktOldPage = true; }");
        await target.ClickAsync();
        await Page.WaitForFunctionAsync("() => window.__tdktOldPage !== true");
        await Page.WaitForLoadStateAsync(LoadState.Load);
        if (ChecksAccessibility)
        {
            await accessibility.CheckAsync(Page);
        }
    }

    /// <summary>Clicks a link or button that downloads a file and returns the file's bytes and suggested name.</summary>
    public async Task<(string FileName, byte[] Content)> DownloadAsync(ILocator target)
    {
        ArgumentNullException.ThrowIfNull(target);
        var download = await Page.RunAndWaitForDownloadAsync(() => target.ClickAsync());
        var path = Path.Combine(Path.GetTempPath(), "tdkt-download-" + Guid.NewGuid().ToString("N"));
        try
        {
            await download.SaveAsAsync(path);
            return (download.SuggestedFilename, await File.ReadAllBytesAsync(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>Waits until the success notice shows <paramref name="text"/>.</summary>
    public async Task ExpectNoticeAsync(string text) => await Expect(Notice).ToContainTextAsync(text);

    public async Task ExpectProblemAsync(string text) => await Expect(Problem).ToContainTextAsync(text);

    /// <summary>The id at the end of the current address (e.g. <c>/Dossiers/Details/{id}</c>).</summary>
    public Guid IdFromAddress()
    {
        var match = TrailingGuid().Match(new Uri(Page.Url).AbsolutePath);
        return match.Success ? Guid.Parse(match.Value) : throw new InvalidOperationException($"No id in {Page.Url}.");
    }

    public async ValueTask DisposeAsync() => await context.DisposeAsync();

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")]
    private static partial Regex TrailingGuid();
}
