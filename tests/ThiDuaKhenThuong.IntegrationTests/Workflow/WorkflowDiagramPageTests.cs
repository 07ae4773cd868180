using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.TestKit;
using static ThiDuaKhenThuong.IntegrationTests.Workflow.WorkflowTestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Workflow;

/// <summary>The definition page draws the route as an inline SVG (no script, no inline style) above the lists.</summary>
[Collection(PortalCollection.Name)]
public sealed class WorkflowDiagramPageTests(PortalFixture fixture)
{
    [Fact]
    public async Task DefinitionPage_DrawsTheRouteAsAnInlineSvg_WithEveryStateLabel()
    {
        using var client = fixture.Portal.CreatePortalClient();
        await client.SignInOrFailAsync("tb.canbo", DemoAccounts.Password);
        var tenantId = await fixture.TenantIdAsync(DemoTenants.ThaiBinhCode);
        var id = await InTenantAsync(fixture, tenantId, async (_, db) => await db.WorkflowDefinitions
            .Where(d => d.Code == DefaultWorkflows.ProvincialNominationCode && d.Version == 1).Select(d => d.Id).SingleAsync());

        var html = await client.GetStringAsync("/Workflow/Definition/" + id);

        html.ShouldContain("<svg");
        var figure = html.IndexOf("<figure", StringComparison.Ordinal);
        figure.ShouldBeGreaterThan(0);
        var start = html.IndexOf("<svg", figure, StringComparison.Ordinal);
        var svg = html[start..(html.IndexOf("</svg>", start, StringComparison.Ordinal) + "</svg>".Length)];
        svg.ShouldNotContain("style=");
        svg.ShouldNotContain("<script");
        foreach (var state in DefaultWorkflows.ProvincialNomination.States)
        {
            svg.ShouldContain($"<title>{state.Label}</title>");
        }

        foreach (var t in DefaultWorkflows.ProvincialNomination.Transitions)
        {
            svg.ShouldContain($">{t.Label}</text>");
        }

        html.ShouldContain("data-testid=\"mermaid\"");
    }
}
