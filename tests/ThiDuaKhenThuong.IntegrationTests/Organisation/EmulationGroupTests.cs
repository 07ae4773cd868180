using System.Net;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.TestKit;
using static ThiDuaKhenThuong.IntegrationTests.Organisation.OrganisationSteps;

namespace ThiDuaKhenThuong.IntegrationTests.Organisation;

/// <summary>
/// Clusters and blocks through their pages. Each test works in a year of its own far in the future, so the demo's
/// 2025 groups (and the directory's filter, which shows the latest year up to today) are left as they are.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class EmulationGroupTests(PortalFixture fixture)
{
    private static int nextYear = 2040;

    [Fact]
    public async Task CopyToNextYear_CopiesGroupsActiveMembersAndDuties_ThenRefusesToCopyAgain()
    {
        var org = await SignInAsync(fixture);
        var year = TakeYears(2);
        var m = Marker();
        var (a, b) = (await org.CreateUnitAsync(m + "-A", $"Đơn vị A {m}", new DateOnly(2024, 1, 1)), await org.CreateUnitAsync(m + "-B", $"Đơn vị B {m}", new DateOnly(2024, 1, 1)));
        var closing = await org.CreateUnitAsync(m + "-X", $"Đơn vị X {m}", new DateOnly(2024, 1, 1));
        var group = await CreateGroupAsync(org, year, "c-" + m, $"Cụm thử {m}");
        foreach (var unit in new[] { a, b, closing })
        {
            (await AddMemberAsync(org, group, unit, new DateOnly(year, 1, 1))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        (await AssignAsync(org, group, "Leader", a, new DateOnly(year, 1, 1))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await AssignAsync(org, group, "Deputy", b, new DateOnly(year, 1, 1))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using (var abolished = await org.OperateAsync("Abolish", closing, new DateOnly(year, 12, 1), new()))
        {
            UnitIdFrom(abolished).ShouldBe(closing);
        }

        using var copied = await org.PostAsync("/EmulationGroups", "/EmulationGroups/Copy", new() { ["year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        copied.Headers.Location!.ToString().ShouldBe($"/EmulationGroups?year={year + 1}");
        var copy = await org.DbAsync(db => db.EmulationGroups.Include(g => g.Members).Include(g => g.Leaders).SingleAsync(g => g.Year == year + 1));
        copy.Name.ShouldBe($"Cụm thử {m}");
        copy.Members.Select(x => x.UnitId).ShouldBe([a, b], ignoreOrder: true);
        copy.Leaders.Select(l => (l.Role, l.UnitId, l.ValidFrom)).ShouldBe([(GroupRole.Leader, a, new DateOnly(year + 1, 1, 1)), (GroupRole.Deputy, b, new DateOnly(year + 1, 1, 1))], ignoreOrder: true);
        var list = await org.PageTextAsync($"/EmulationGroups?year={year + 1}");
        list.ShouldContain($"Cụm thử {m} Cụm thi đua 2 Đơn vị A {m} Đơn vị B {m}");

        using var again = await org.PostAsync("/EmulationGroups", "/EmulationGroups/Copy", new() { ["year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        Errors(await again.Content.ReadAsStringAsync()).ShouldContain($"Năm {year + 1} đã có cụm, khối thi đua; không thể sao chép đè.");
        (await org.DbAsync(db => db.EmulationGroups.CountAsync(g => g.Year == year + 1))).ShouldBe(1);
    }

    [Fact]
    public async Task Membership_ClosedAndReopenedMidYear_ShowsBothPeriods()
    {
        var org = await SignInAsync(fixture);
        var year = TakeYears(1);
        var m = Marker();
        var unit = await org.CreateUnitAsync(m, $"Đơn vị ra vào {m}", new DateOnly(2024, 1, 1));
        var group = await CreateGroupAsync(org, year, "k-" + m, $"Khối thử {m}", "Block");
        (await AddMemberAsync(org, group, unit, new DateOnly(year, 1, 1))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        using var closed = await org.PostAsync($"/EmulationGroups/Details/{group}", $"/EmulationGroups/CloseMember/{group}", new() { ["UnitId"] = unit.ToString(), ["On"] = $"{year}-04-01" });
        closed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var reopened = await AddMemberAsync(org, group, unit, new DateOnly(year, 9, 1));
        reopened.StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var page = await org.PageTextAsync($"/EmulationGroups/Details/{group}");
        page.ShouldContain($"01/01/{year} – thôi từ 01/04/{year}");
        page.ShouldContain($"01/09/{year} – hết năm");
        page.ShouldContain("Hoàng Anh Dũng Sửa (thành viên) ValidTo: — → 01/04/");
        (await org.PageTextAsync($"/Units?q={m}&asOf={year}-05-01&groupId={group}")).ShouldContain("Không có đơn vị nào khớp");
        (await org.ListAsync(m, new DateOnly(year, 10, 1))).ShouldBe([$"Đơn vị ra vào {m}"]);

        using var overlapping = await AddMemberAsync(org, group, unit, new DateOnly(year, 10, 1));
        Errors(await overlapping.Content.ReadAsStringAsync()).ShouldContain($"Đơn vị đã là thành viên của Khối thử {m} vào thời gian này.");
    }

    [Fact]
    public async Task Leader_MustBeAMember_AndLeaderPeriodsMustNotOverlap()
    {
        var org = await SignInAsync(fixture);
        var year = TakeYears(1);
        var m = Marker();
        var member = await org.CreateUnitAsync(m + "-M", $"Thành viên {m}", new DateOnly(2024, 1, 1));
        var other = await org.CreateUnitAsync(m + "-N", $"Thành viên khác {m}", new DateOnly(2024, 1, 1));
        var outsider = await org.CreateUnitAsync(m + "-O", $"Ngoài cụm {m}", new DateOnly(2024, 1, 1));
        var group = await CreateGroupAsync(org, year, "c-" + m, $"Cụm trưởng thử {m}");
        await AddMemberAsync(org, group, member, new DateOnly(year, 1, 1));
        await AddMemberAsync(org, group, other, new DateOnly(year, 1, 1));

        using var notMember = await AssignAsync(org, group, "Leader", outsider, new DateOnly(year, 1, 1));
        Errors(await notMember.Content.ReadAsStringAsync()).ShouldContain("Đơn vị làm cụm trưởng phải là thành viên");
        (await AssignAsync(org, group, "Leader", member, new DateOnly(year, 1, 1), new DateOnly(year, 7, 1))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        using var overlapping = await AssignAsync(org, group, "Leader", other, new DateOnly(year, 6, 1));
        Errors(await overlapping.Content.ReadAsStringAsync()).ShouldContain($"Thời gian làm cụm trưởng trùng với một nhiệm kỳ cụm trưởng khác (từ 01/01/{year} đến hết 30/06/{year}).");
        (await AssignAsync(org, group, "Leader", other, new DateOnly(year, 7, 1))).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        (await org.DbAsync(db => db.EmulationGroupLeaders.CountAsync(l => l.GroupId == group))).ShouldBe(2);
    }

    [Fact]
    public async Task Group_CodeMustBeUniqueWithinTheYear()
    {
        var org = await SignInAsync(fixture);
        var year = TakeYears(1);
        var m = Marker();
        await CreateGroupAsync(org, year, "c-" + m, $"Cụm một {m}");

        using var duplicate = await org.PostAsync("/EmulationGroups/Create", "/EmulationGroups/Create", new()
        {
            ["Year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Code"] = "C-" + m, ["Name"] = $"Cụm hai {m}", ["Kind"] = "Cluster",
        });

        Errors(await duplicate.Content.ReadAsStringAsync()).ShouldContain($"Năm {year} đã có cụm, khối mã \"C-{m}\".");
    }

    private static int TakeYears(int count) => Interlocked.Add(ref nextYear, count + 1) - count;

    private static async Task<Guid> CreateGroupAsync(OrganisationSteps org, int year, string code, string name, string kind = "Cluster")
    {
        using var response = await org.PostAsync("/EmulationGroups/Create", "/EmulationGroups/Create", new()
        {
            ["Year"] = year.ToString(System.Globalization.CultureInfo.InvariantCulture), ["Code"] = code, ["Name"] = name, ["Kind"] = kind,
        });
        return UnitIdFrom(response);
    }

    private static Task<HttpResponseMessage> AddMemberAsync(OrganisationSteps org, Guid group, Guid unit, DateOnly from)
        => org.PostAsync($"/EmulationGroups/Details/{group}", $"/EmulationGroups/AddMember/{group}", new() { ["UnitId"] = unit.ToString(), ["From"] = Iso(from) });

    private static Task<HttpResponseMessage> AssignAsync(OrganisationSteps org, Guid group, string role, Guid unit, DateOnly from, DateOnly? until = null)
        => org.PostAsync($"/EmulationGroups/Details/{group}", $"/EmulationGroups/AssignDuty/{group}", new()
        {
            ["Role"] = role, ["UnitId"] = unit.ToString(), ["From"] = Iso(from), ["Until"] = until is { } u ? Iso(u) : "",
        });
}
