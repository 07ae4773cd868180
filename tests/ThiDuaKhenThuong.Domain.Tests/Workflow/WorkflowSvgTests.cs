using System.Xml.Linq;
using ThiDuaKhenThuong.Domain.Workflow;

namespace ThiDuaKhenThuong.Domain.Tests.Workflow;

public sealed class WorkflowSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public static TheoryData<string> DefinitionCodes() =>
        [DefaultWorkflows.ProvincialNominationCode, DefaultWorkflows.UnitAwardCode];

    [Theory]
    [MemberData(nameof(DefinitionCodes))]
    public void Render_IsWellFormedSvg_WithEveryStateBoxAndOneLabelledArrowPerTransition(string code)
    {
        var definition = DefaultWorkflows.All.Single(d => d.Code == code);

        var document = XDocument.Parse(WorkflowSvg.Render(definition));

        document.Root!.Name.ShouldBe(Svg + "svg");
        var states = document.Descendants(Svg + "g").Where(g => g.Attribute("data-state") is not null).ToList();
        states.Select(g => g.Attribute("data-state")!.Value).ShouldBe(definition.States.Select(s => s.Code));
        foreach (var (state, group) in definition.States.Zip(states))
        {
            group.Element(Svg + "title")!.Value.ShouldBe(state.Label);
            string.Join(' ', group.Descendants(Svg + "tspan").Select(t => t.Value)).ShouldBe(state.Label);
        }

        var arrows = document.Descendants(Svg + "g").Where(g => g.Attribute("data-action") is not null).ToList();
        arrows.Count.ShouldBe(definition.Transitions.Count);
        arrows.ShouldAllBe(g => g.Element(Svg + "path")!.Attribute("marker-end") != null);
        var texts = document.Descendants(Svg + "text").Select(t => t.Value).ToList();
        foreach (var t in definition.Transitions)
        {
            texts.ShouldContain(t.Label);
        }

        // The CSP allows no inline styles: presentation attributes only.
        document.Descendants().ShouldAllBe(e => e.Attribute("style") == null && e.Name != Svg + "style" && e.Name != Svg + "script");
    }

    [Fact]
    public void Columns_FollowTheDistanceFromTheInitialState_AndTerminalStatesAreDrawnWithADoubleBorder()
    {
        var definition = DefaultWorkflows.ProvincialNomination;

        var depths = WorkflowSvg.Depths(definition);
        var document = XDocument.Parse(WorkflowSvg.Render(definition));

        depths[definition.InitialState!.Code].ShouldBe(0);
        depths[WorkflowStates.AwaitingUnitApproval].ShouldBe(1);
        depths[WorkflowStates.Withdrawn].ShouldBe(1);
        double X(string state) => double.Parse(
            document.Descendants(Svg + "g").Single(g => g.Attribute("data-state")?.Value == state).Element(Svg + "rect")!.Attribute("x")!.Value,
            System.Globalization.CultureInfo.InvariantCulture);
        X(WorkflowStates.Draft).ShouldBeLessThan(X(WorkflowStates.AwaitingUnitApproval));
        X(WorkflowStates.AwaitingUnitApproval).ShouldBeLessThan(X(WorkflowStates.Submitted));
        foreach (var state in definition.States)
        {
            var rects = document.Descendants(Svg + "g").Single(g => g.Attribute("data-state")?.Value == state.Code).Elements(Svg + "rect").Count();
            rects.ShouldBe(state.IsTerminal ? 2 : 1);
        }
    }

    [Fact]
    public void Labels_AreXmlEscaped()
    {
        var definition = DefaultWorkflows.UnitAward with
        {
            Name = "Quy trình <thử> & \"kiểm tra\"",
            States = [.. DefaultWorkflows.UnitAward.States.Select((s, i) => i == 0 ? s with { Label = "Soạn <b>thảo</b> & 'gửi'" } : s)],
        };

        var svg = WorkflowSvg.Render(definition);
        var document = XDocument.Parse(svg);

        svg.ShouldNotContain("<b>");
        document.Descendants(Svg + "title").Select(t => t.Value).ShouldContain("Soạn <b>thảo</b> & 'gửi'");
        document.Root!.Element(Svg + "title")!.Value.ShouldContain("Quy trình <thử> & \"kiểm tra\"");
    }
}
