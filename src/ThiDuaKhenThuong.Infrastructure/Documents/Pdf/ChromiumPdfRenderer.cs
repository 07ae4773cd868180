using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Playwright;

namespace ThiDuaKhenThuong.Infrastructure.Documents.Pdf;

/// <summary>
/// Prints HTML with headless Chromium driven by Playwright (ADR-002). One browser per app instance, started on first
/// use and restarted if it dies; a fresh browser context per document, so no state leaks between documents; at most
/// <see cref="PdfOptions.MaxParallel"/> documents print at once.
/// </summary>
public sealed partial class ChromiumPdfRenderer(IOptions<PdfOptions> options, ILogger<ChromiumPdfRenderer> logger) : IPdfRenderer, IAsyncDisposable
{
    private static readonly string[] LaunchArguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
    ];

    private const string Footer =
        "<div style=\"width:100%;font-family:'Times New Roman',serif;font-size:10pt;text-align:center;color:#000;\">" +
        "Trang <span class=\"pageNumber\"></span>/<span class=\"totalPages\"></span></div>";

    private readonly PdfOptions settings = options.Value;
    private readonly SemaphoreSlim printing = new(Math.Max(1, options.Value.MaxParallel));
    private readonly SemaphoreSlim starting = new(1);
    private IPlaywright? playwright;
    private IBrowser? browser;

    public async Task<byte[]> RenderAsync(PdfRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(settings.TimeoutSeconds));
        try
        {
            await printing.WaitAsync(timeout.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new PdfRenderingException("Hệ thống đang bận tạo nhiều tệp PDF. Vui lòng thử lại sau ít phút.");
        }

        try
        {
            var running = await BrowserAsync(timeout.Token);
            await using var context = await running.NewContextAsync(new BrowserNewContextOptions { JavaScriptEnabled = true });
            var page = await context.NewPageAsync();
            await page.RouteAsync("**/*", route => route.Request.Url.StartsWith("data:", StringComparison.Ordinal)
                ? route.ContinueAsync()
                : route.AbortAsync());
            await page.SetContentAsync(request.Html, new PageSetContentOptions { WaitUntil = WaitUntilState.Load, Timeout = settings.TimeoutSeconds * 1000 });
            return await page.PdfAsync(new PagePdfOptions
            {
                Format = "A4",
                Landscape = request.Landscape,
                PrintBackground = true,
                PreferCSSPageSize = false,
                DisplayHeaderFooter = request.PageNumbers,
                HeaderTemplate = "<span></span>",
                FooterTemplate = request.PageNumbers ? Footer : "<span></span>",
                Margin = new Margin { Top = request.MarginTop, Bottom = request.MarginBottom, Left = request.MarginLeft, Right = request.MarginRight },
            });
        }
        catch (PlaywrightException ex)
        {
            LogPrintFailed(logger, ex);
            throw new PdfRenderingException("Không tạo được tệp PDF. Vui lòng thử lại; nếu vẫn lỗi, hãy báo quản trị hệ thống.", ex);
        }
        catch (TimeoutException ex)
        {
            LogPrintFailed(logger, ex);
            throw new PdfRenderingException("Tạo tệp PDF quá thời gian cho phép. Vui lòng thử lại.", ex);
        }
        finally
        {
            printing.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        printing.Dispose();
        starting.Dispose();
    }

    private async Task<IBrowser> BrowserAsync(CancellationToken cancellationToken)
    {
        if (browser is { IsConnected: true } ready)
        {
            return ready;
        }

        await starting.WaitAsync(cancellationToken);
        try
        {
            if (browser is { IsConnected: true } started)
            {
                return started;
            }

            if (!File.Exists(settings.ChromiumPath))
            {
                throw new PdfRenderingException($"Máy chủ chưa cài trình duyệt Chromium để tạo PDF ({settings.ChromiumPath}). Vui lòng báo quản trị hệ thống.");
            }

            if (browser is not null)
            {
                await browser.DisposeAsync();
            }

            playwright ??= await Playwright.CreateAsync();
            browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = settings.ChromiumPath,
                Headless = true,
                Args = LaunchArguments,
            });
            LogBrowserStarted(logger, settings.ChromiumPath);
            return browser;
        }
        finally
        {
            starting.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Chromium started for PDF printing from {Path}")]
    private static partial void LogBrowserStarted(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Error, Message = "PDF printing failed")]
    private static partial void LogPrintFailed(ILogger logger, Exception exception);
}
