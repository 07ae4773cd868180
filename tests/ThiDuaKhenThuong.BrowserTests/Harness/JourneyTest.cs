using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ThiDuaKhenThuong.BrowserTests.Harness;

/// <summary>
/// The base of every journey: people (<see cref="Actor"/>s) each with their own browser context, and numbered steps.
/// A step that fails saves a screenshot of every open tab to <see cref="ScreenshotRoot"/>/&lt;test&gt;/ and names the
/// files in the failure message and the test output. A journey grows by appending steps:
/// <c>await Step(() => SomethingAsync(actor, ...));</c> — the step's name is its own code.
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract partial class JourneyTest(BrowserFixture fixture, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly List<Actor> actors = [];
    private int stepNumber;

    protected BrowserFixture Fixture { get; } = fixture;

    protected Accessibility Accessibility { get; } = new(output.WriteLine);

    /// <summary><c>TDKT_SCREENSHOTS</c>, else <c>TestResults/screenshots</c> next to the test assembly.</summary>
    public static string ScreenshotRoot => Environment.GetEnvironmentVariable("TDKT_SCREENSHOTS") is { Length: > 0 } dir
        ? dir
        : Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        output.WriteLine($"Trang đã kiểm tra khả năng tiếp cận (axe): {Accessibility.Checked.Count} (axe ran on {Accessibility.Ran} distinct ones, {Accessibility.Spent.TotalSeconds:0.0} s)");
        foreach (var page in Accessibility.Checked.Distinct())
        {
            output.WriteLine("  " + page);
        }

        foreach (var actor in actors)
        {
            await actor.DisposeAsync();
        }
    }

    /// <summary>Runs one numbered step; on failure, screenshots every tab and fails with the step's name and the files.</summary>
    protected async Task Step(Func<Task> step, [CallerArgumentExpression(nameof(step))] string name = "", [CallerMemberName] string test = "")
        => await Step<int>(async () => { await step(); return 0; }, name, test);

    /// <inheritdoc cref="Step(Func{Task}, string, string)"/>
    protected async Task<T> Step<T>(Func<Task<T>> step, [CallerArgumentExpression(nameof(step))] string name = "", [CallerMemberName] string test = "")
    {
        ArgumentNullException.ThrowIfNull(step);
        var number = ++stepNumber;
        if (number == 1 && Directory.Exists(Path.Combine(ScreenshotRoot, test)))
        {
            // Screenshots of an earlier run of this test would mislead.
            Directory.Delete(Path.Combine(ScreenshotRoot, test), recursive: true);
        }

        var label = name.StartsWith("() => ", StringComparison.Ordinal) ? name[6..] : name;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var result = await step();
            output.WriteLine($"Bước {number} ({clock.ElapsedMilliseconds} ms): {label}");
            return result;
        }
        catch (Exception ex) when (ex is not StepFailedException)
        {
            output.WriteLine($"Bước {number} KHÔNG ĐẠT ({clock.ElapsedMilliseconds} ms): {label}");
            var files = await ScreenshotsAsync(test, number, label);
            foreach (var file in files)
            {
                output.WriteLine("Ảnh chụp màn hình / screenshot: " + file);
            }

            throw new StepFailedException($"Step {number} ({label}) failed: {ex.Message}{Environment.NewLine}Screenshots: {string.Join(", ", files)}", ex);
        }
    }

    /// <summary>Opens a browser for someone not signed in, on the sign-in page.</summary>
    protected Task<Actor> AnonymousAsync() => OpenAsync("khách");

    /// <summary>Signs <paramref name="userName"/> in through the sign-in form; they see their name in the header.</summary>
    protected async Task<Actor> SignInAsync(string userName, string password = DemoAccounts.Password, bool checkAccessibility = true)
    {
        var actor = await OpenAsync(userName, checkAccessibility);
        await FillSignInAsync(actor, userName, password);
        await Expect(actor.Page.Locator("[data-testid=current-user]")).ToBeVisibleAsync();
        return actor;
    }

    private async Task<Actor> OpenAsync(string name, bool checkAccessibility = true)
    {
        var context = await Fixture.NewContextAsync();
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        // Irreversible steps ask for confirmation (data-confirm); the person says yes.
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        var actor = new Actor(name, context, page, Accessibility) { ChecksAccessibility = checkAccessibility };
        actors.Add(actor);
        await actor.GotoAsync("/Account/Login");
        return actor;
    }

    protected static async Task FillSignInAsync(Actor actor, string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await actor.Page.GetByLabel("Tên đăng nhập").FillAsync(userName);
        await actor.Page.GetByLabel("Mật khẩu").FillAsync(password);
        await actor.NavigateByAsync(actor.Page.GetByRole(AriaRole.Button, new() { Name = "Đăng nhập", Exact = true }));
    }

    private async Task<List<string>> ScreenshotsAsync(string test, int number, string label)
    {
        var dir = Path.Combine(ScreenshotRoot, test);
        Directory.CreateDirectory(dir);
        var files = new List<string>();
        foreach (var actor in actors.Where(a => !a.Page.IsClosed))
        {
            var file = Path.Combine(dir, $"{number.ToString("00", CultureInfo.InvariantCulture)}-{Slug(label)}-{Slug(actor.Name)}.png");
            try
            {
                await actor.Page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true, Timeout = 10_000 });
                files.Add(file);
            }
            catch (PlaywrightException ex)
            {
                output.WriteLine($"No screenshot of {actor.Name}: {ex.Message}");
            }
        }

        return files;
    }

    private static string Slug(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            builder.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
        }

        var slug = MultipleDashes().Replace(builder.ToString(), "-").Trim('-');
        return slug.Length > 60 ? slug[..60] : slug;
    }

    [System.Text.RegularExpressions.GeneratedRegex("-{2,}")]
    private static partial System.Text.RegularExpressions.Regex MultipleDashes();
}

public sealed class StepFailedException(string message, Exception inner) : Exception(message, inner);
