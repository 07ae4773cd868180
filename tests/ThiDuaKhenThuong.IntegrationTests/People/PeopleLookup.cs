using System.Text.RegularExpressions;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.People;

/// <summary>Finds people the way a user does: through the searchable list.</summary>
internal static partial class PeopleLookup
{
    public static async Task<Guid> IdOfAsync(PortalClient client, string name)
    {
        var html = await client.GetStringAsync("/People?q=" + Uri.EscapeDataString(name));
        var match = Row().Matches(html).FirstOrDefault(m => System.Net.WebUtility.HtmlDecode(m.Groups[2].Value) == name)
            ?? throw new InvalidOperationException($"{name} is not listed.");
        return Guid.Parse(match.Groups[1].Value);
    }

    public static List<string> Names(string html)
        => Row().Matches(html).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[2].Value)).ToList();

    [GeneratedRegex("<a href=\"/People/Details/([0-9a-f-]{36})\">([^<]+)</a>")]
    private static partial Regex Row();
}
