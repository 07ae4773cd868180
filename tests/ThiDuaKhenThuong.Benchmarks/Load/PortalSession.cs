using System.Net;
using System.Text.RegularExpressions;

namespace ThiDuaKhenThuong.Benchmarks.Load;

/// <summary>
/// One signed-in user of the portal over HTTP, as a browser would be: its own cookies, the antiforgery token of each
/// form read from the page that carries it, redirects not followed (a post answers 302 on success).
/// </summary>
internal sealed partial class PortalSession : IDisposable
{
    private readonly HttpClient http;

    public PortalSession(Uri baseAddress, int connections = 4)
    {
        var handler = new SocketsHttpHandler
        {
            CookieContainer = new CookieContainer(),
            UseCookies = true,
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            MaxConnectionsPerServer = connections,
        };
        http = new HttpClient(handler) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
    }

    public string UserName { get; private set; } = string.Empty;

    public async Task SignInAsync(string userName, string password, CancellationToken cancellationToken)
    {
        UserName = userName;
        var token = Token(await GetStringAsync("/Account/Login", cancellationToken));
        using var response = await PostAsync("/Account/Login", [new("UserName", userName), new("Password", password), new("__RequestVerificationToken", token)], cancellationToken);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Không đăng nhập được {userName}: HTTP {(int)response.StatusCode}");
        }
    }

    public async Task<string> GetStringAsync(string path, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(new Uri(path, UriKind.Relative), cancellationToken);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {path} ({UserName}): HTTP {(int)response.StatusCode}");
        }

        return await response.Content.ReadAsStringAsync(cancellationToken);
    }

    public async Task<HttpResponseMessage> PostAsync(string path, IEnumerable<KeyValuePair<string, string>> fields, CancellationToken cancellationToken)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await http.PostAsync(new Uri(path, UriKind.Relative), content, cancellationToken);
    }

    public async Task<HttpResponseMessage> PostAsync(string path, HttpContent content, CancellationToken cancellationToken)
        => await http.PostAsync(new Uri(path, UriKind.Relative), content, cancellationToken);

    /// <summary>Gets <paramref name="formPage"/>, then posts <paramref name="fields"/> with its antiforgery token to <paramref name="path"/>; expects a redirect.</summary>
    public async Task<Uri?> SubmitAsync(string formPage, string path, IEnumerable<KeyValuePair<string, string>> fields, CancellationToken cancellationToken)
    {
        var token = Token(await GetStringAsync(formPage, cancellationToken));
        using var response = await PostAsync(path, fields.Append(new("__RequestVerificationToken", token)), cancellationToken);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new InvalidOperationException($"POST {path} ({UserName}): HTTP {(int)response.StatusCode} {Problem(body)}");
        }

        return response.Headers.Location;
    }

    /// <summary>The first antiforgery token of a page.</summary>
    public static string Token(string page)
    {
        var match = TokenPattern().Match(page);
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : throw new InvalidOperationException("Trang không có mã chống giả mạo (antiforgery).");
    }

    /// <summary>The form error or notice shown on a page, for messages.</summary>
    public static string Problem(string page)
    {
        var match = AlertPattern().Match(page);
        return match.Success ? WebUtility.HtmlDecode(TagPattern().Replace(match.Groups[1].Value, " ")).Trim() : string.Empty;
    }

    public void Dispose() => http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("class=\"alert[^\"]*\"[^>]*>(.*?)</div>", RegexOptions.Singleline)]
    private static partial Regex AlertPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
