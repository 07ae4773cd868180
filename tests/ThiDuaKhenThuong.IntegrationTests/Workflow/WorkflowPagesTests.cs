using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Caching;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.Infrastructure.Workflow;
using ThiDuaKhenThuong.Infrastructure.Workflow.Notifications;
using ThiDuaKhenThuong.TestKit;
using static ThiDuaKhenThuong.IntegrationTests.Workflow.WorkflowTestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Workflow;

[Collection(PortalCollection.Name)]
public sealed partial class WorkflowPagesTests(PortalFixture fixture)
{
    [Fact]
    public async Task DefinitionPage_ShowsEveryTransitionAndTheMermaidSource()
    {
        using var client = await SignedInAsync("tb.canbo");
        var id = await DefinitionIdAsync(DemoTenants.ThaiBinhCode, DefaultWorkflows.ProvincialNominationCode);

        var html = await client.GetStringAsync("/Workflow/Definition/" + id);

        var definition = DefaultWorkflows.ProvincialNomination;
        TransitionItem().Count(html).ShouldBe(definition.Transitions.Count);
        var text = PortalClient.Text(html);
        foreach (var t in definition.Transitions)
        {
            text.ShouldContain($"{t.Label} {t.Action} → {definition.LabelOf(t.To)}");
        }

        text.ShouldContain("stateDiagram-v2");
        (await client.GetStringAsync("/Workflow")).ShouldContain("/Workflow/Definition/" + id);
    }

    [Fact]
    public async Task AnotherProvincesDefinitionOrInstance_IsNotFound()
    {
        using var client = await SignedInAsync("tb.canbo");
        var foreignDefinition = await DefinitionIdAsync(DemoTenants.HungYenCode, DefaultWorkflows.ProvincialNominationCode);
        var foreignInstance = await StartInAsync(fixture, DemoTenants.HungYenCode);

        (await client.GetAsync("/Workflow/Definition/" + foreignDefinition)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await client.GetAsync("/Workflow/Instance/" + foreignInstance.InstanceId)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("tb.canbo", "/Workflow/Verify", false)]
    [InlineData("tb.chuyenvien", "/Workflow/Verify", false)]
    [InlineData("tb.truongban", "/Workflow/Verify", true)]
    [InlineData("tb.quantri", "/Workflow/Verify", true)]
    [InlineData("tb.canbo", "/Calendar", false)]
    [InlineData("tb.truongban", "/Calendar", false)]
    [InlineData("tb.quantri", "/Calendar", true)]
    public async Task VerifierAndCalendar_OnlyForTheirRoles(string user, string page, bool allowed)
    {
        using var client = await SignedInAsync(user);

        using var response = await client.GetAsync(page);

        if (allowed)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            var text = PortalClient.Text(await response.Content.ReadAsStringAsync());
            text.ShouldContain(page == "/Calendar" ? "Tết Nguyên đán" : "toàn vẹn");
        }
        else
        {
            response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        }
    }

    [Fact]
    public async Task Calendar_AddAndRemoveADay()
    {
        using var client = await SignedInAsync("tb.quantri");

        using var added = await client.PostFormAsync("/Calendar?year=2031", "/Calendar/Add", new Dictionary<string, string>
        {
            ["Date"] = "02/09/2031", ["Kind"] = "Holiday", ["Name"] = "Quốc khánh",
        });
        added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await client.GetStringAsync("/Calendar?year=2031")).ShouldContain("<td>02/09/2031</td>");

        using var invalid = await client.PostFormAsync("/Calendar?year=2031", "/Calendar/Add", new Dictionary<string, string>
        {
            ["Date"] = "31/02/2031", ["Kind"] = "Holiday", ["Name"] = "Sai ngày",
        });
        PortalClient.Text(await invalid.Content.ReadAsStringAsync()).ShouldContain("Ngày phải có dạng ngày/tháng/năm");

        using var removed = await client.PostFormAsync("/Calendar?year=2031", "/Calendar/Remove", new Dictionary<string, string> { ["date"] = "2031-09-02" });
        removed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = await client.GetStringAsync("/Calendar?year=2031");
        PortalClient.Text(after).ShouldContain("Đã xóa ngày 02/09/2031 khỏi lịch.");
        after.ShouldNotContain("<td>02/09/2031</td>");
    }

    [Fact]
    public async Task InstancePage_ResentFormMakesOneTransition()
    {
        var subject = await StartInAsync(fixture, DemoTenants.ThaiBinhCode);
        using var client = await SignedInAsync("tb.canbo");
        var page = await client.GetStringAsync("/Workflow/Instance/" + subject.InstanceId);
        var fields = new Dictionary<string, string>
        {
            ["InstanceId"] = subject.InstanceId.ToString(),
            ["FormToken"] = HiddenValue(page, "FormToken"),
            ["Version"] = HiddenValue(page, "Version"),
            ["Action"] = WorkflowActions.Cancel,
        };

        using var first = await client.PostFormAsync("/Workflow/Instance/" + subject.InstanceId, "/Workflow/Apply", fields);
        using var second = await client.PostFormAsync("/Workflow/Instance/" + subject.InstanceId, "/Workflow/Apply", fields);

        first.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        PortalClient.Text(await second.Content.ReadAsStringAsync()).ShouldContain(WorkflowService.TokenUsedRefusal);
        var history = await InTenantAsync(fixture, subject.TenantId, (_, db) => db.WorkflowHistory.CountAsync(h => h.InstanceId == subject.InstanceId));
        history.ShouldBe(1);
    }

    [Fact]
    public async Task Notification_ReachesTheBellAndTheList()
    {
        var subject = await StartInAsync(fixture, DemoTenants.ThaiBinhCode);
        using var client = await SignedInAsync("tb.thutruong");
        // The bell's count is kept for a while; delivering a notification must show it on the very next page.
        var before = UnreadCount(await client.GetStringAsync("/"));
        (await ApplyAsync(fixture, subject, WorkflowActions.SubmitToLeader, Roles.UnitStaff)).Succeeded.ShouldBeTrue();
        var folder = Path.Combine(Path.GetTempPath(), "tdkt-mail-" + Guid.NewGuid().ToString("N"));
        var relay = new OutboxRelay(fixture.Portal.Services.GetRequiredService<IServiceScopeFactory>(),
            new PickupDirectoryMailSender(new MailOptions(), folder), fixture.Clock, Options.Create(new OutboxOptions()), NullLogger<OutboxRelay>.Instance,
            fixture.Portal.Services.GetRequiredService<UnreadNotificationCounts>());
        await relay.RunOnceAsync();
        Directory.Delete(folder, recursive: true);

        var home = await client.GetStringAsync("/");
        home.ShouldContain("data-testid=\"unread-count\"");
        UnreadCount(home).ShouldBeGreaterThan(before);
        var list = PortalClient.Text(await client.GetStringAsync("/Notifications"));
        list.ShouldContain("Hồ sơ chuyển sang \"Chờ thủ trưởng đơn vị duyệt\"");

        using var all = await client.PostFormAsync("/Notifications", "/Notifications/ReadAll", new Dictionary<string, string>());
        (await client.GetStringAsync("/")).ShouldNotContain("data-testid=\"unread-count\"");
    }

    private static int UnreadCount(string page)
        => System.Text.RegularExpressions.Regex.Match(page, "data-testid=\"unread-count\">([0-9]+)") is { Success: true } match
            ? int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
            : 0;

    private async Task<PortalClient> SignedInAsync(string user)
    {
        var client = fixture.Portal.CreatePortalClient();
        await client.SignInOrFailAsync(user, DemoAccounts.Password);
        return client;
    }

    private async Task<Guid> DefinitionIdAsync(string tenantCode, string code)
        => await InTenantAsync(fixture, await fixture.TenantIdAsync(tenantCode), async (_, db) =>
            await db.WorkflowDefinitions.Where(d => d.Code == code && d.Version == 1).Select(d => d.Id).SingleAsync());

    private static string HiddenValue(string html, string name)
        => Regex.Match(html, $"name=\"{name}\" value=\"([^\"]*)\"").Groups[1].Value;

    [GeneratedRegex("data-testid=\"transition\"")]
    private static partial Regex TransitionItem();
}
