using System.Net;
using System.Text.RegularExpressions;

namespace ThiDuaKhenThuong.TestKit;

/// <summary>Drives the portal the way a browser does: reads the form's anti-forgery token, posts fields, follows redirects on request.</summary>
public sealed partial class PortalClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    public async Task<HttpResponseMessage> SignInAsync(string userName, string password)
        => await PostFormAsync("/Account/Login", "/Account/Login", new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
        });

    /// <summary>Signs in and fails the test unless the portal redirects away from the sign-in page.</summary>
    public async Task SignInOrFailAsync(string userName, string password)
    {
        using var response = await SignInAsync(userName, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {userName} failed: {(int)response.StatusCode} {Text(await response.Content.ReadAsStringAsync())}");
        }
    }

    /// <summary>GETs <paramref name="formPage"/>, takes its anti-forgery token and posts the fields to <paramref name="action"/>.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string formPage, string action, IDictionary<string, string> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var page = await GetStringAsync(formPage);
        var token = TokenPattern().Match(page);
        if (!token.Success)
        {
            throw new InvalidOperationException($"No anti-forgery token on {formPage}.");
        }

        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value) };
        using var content = new FormUrlEncodedContent(body);
        return await Http.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    /// <summary>As <see cref="PostFormAsync"/>, for forms that send one name several times (check boxes).</summary>
    public async Task<HttpResponseMessage> PostFormPairsAsync(string formPage, string action, IEnumerable<KeyValuePair<string, string>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var page = await GetStringAsync(formPage);
        var token = TokenPattern().Match(page);
        if (!token.Success)
        {
            throw new InvalidOperationException($"No anti-forgery token on {formPage}.");
        }

        var body = fields.Append(new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value))).ToList();
        using var content = new FormUrlEncodedContent(body);
        return await Http.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    public async Task<HttpResponseMessage> GetAsync(string url) => await Http.GetAsync(new Uri(url, UriKind.Relative));

    public async Task<string> GetStringAsync(string url)
    {
        using var response = await GetAsync(url);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>The visible text of a page, whitespace collapsed, for assertions on what a user reads.</summary>
    public static string Text(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var withoutScripts = ScriptPattern().Replace(html, " ");
        return WebUtility.HtmlDecode(Spaces().Replace(TagPattern().Replace(withoutScripts, " "), " ")).Trim();
    }

    public void Dispose() => Http.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("<(script|style)[^>]*>.*?</\\1>", RegexOptions.Singleline)]
    private static partial Regex ScriptPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();

    [GeneratedRegex("\\s+")]
    private static partial Regex Spaces();
}
