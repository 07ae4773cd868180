using System.Text.RegularExpressions;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Hosting;

/// <summary>
/// A form written with a plain address (<c>action="/…"</c>) carries its own antiforgery token, exactly one, so a browser
/// posting just that form is not refused; forms built with <c>asp-action</c> keep theirs.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed partial class FormTokenTests(PortalFixture fixture)
{
    [Theory]
    [InlineData("tb.chuyenvien", "/CouncilSessions/Create", "/CouncilSessions/Create")]
    [InlineData("tb.chuyenvien", "/Reports", "/Reports/Create")]
    [InlineData("tb.canbo", "/Dossiers/Create", "/Dossiers/Create")]
    public async Task EveryPostForm_CarriesExactlyOneToken(string account, string page, string action)
    {
        using var client = fixture.Portal.CreatePortalClient();
        await client.SignInOrFailAsync(account, DemoAccounts.Password);
        var html = await client.GetStringAsync(page);
        var form = Forms().Matches(html).Select(m => m.Value).Single(f => f.Contains($"action=\"{action}\"", StringComparison.Ordinal));
        Regex.Count(form, "name=\"__RequestVerificationToken\"").ShouldBe(1, form);
        foreach (Match other in Forms().Matches(html))
        {
            if (other.Value.Contains("method=\"post\"", StringComparison.OrdinalIgnoreCase))
            {
                Regex.Count(other.Value, "name=\"__RequestVerificationToken\"").ShouldBe(1, other.Value);
            }
        }
    }

    [GeneratedRegex("<form[^>]*>.*?</form>", RegexOptions.Singleline)]
    private static partial Regex Forms();
}
