using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Campaigns;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.TestKit;
using static ThiDuaKhenThuong.IntegrationTests.Campaigns.PlanningTestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Campaigns;

[Collection(PortalCollection.Name)]
public sealed class PlanTests(PortalFixture fixture)
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    [Fact]
    public async Task Compliance_AcrossTheDeadline_OnTimeLateMissingReturned_AndResendKeepsTheFirstSending()
    {
        // Its own portal and clock, so moving time does not disturb the other tests.
        var portal = fixture.CreatePortal(new Dictionary<string, string?>());
        var today = DateOnly.FromDateTime(portal.Clock.GetUtcNow().ToOffset(Vietnam).DateTime);
        var deadline = today.AddDays(2);
        string[] codes = ["SGDDT", "STC", "SKHDT", "SNNPTNT", "SLDTBXH"];
        var units = new Dictionary<string, (Guid Id, string Name, string Staff, string Leader)>();
        foreach (var code in codes)
        {
            var id = await UnitIdAsync(fixture, DemoTenants.ThaiBinhCode, code);
            var name = await InTenantAsync(fixture, DemoTenants.ThaiBinhCode, db => db.Units.Where(u => u.Id == id).Select(u => u.Name).SingleAsync());
            var staff = await fixture.CreateUserAsync(DemoTenants.ThaiBinhCode, code, Roles.UnitStaff);
            var leader = await fixture.CreateUserAsync(DemoTenants.ThaiBinhCode, code, Roles.UnitLeader);
            units[code] = (id, name, staff, leader);
        }

        var officer = await SignedInAsync(portal, "tb.chuyenvien");
        using var opened = await PostAsync(officer, "/Plans/Open", "/Plans/Open",
        [
            new("Year", "2025"), new("Title", "Kế hoạch công tác thi đua, khen thưởng năm 2025"), new("Deadline", Iso(deadline)),
            .. codes.Select(c => new KeyValuePair<string, string>("UnitIds", units[c].Id.ToString())),
        ]);
        opened.StatusCode.ShouldBe(HttpStatusCode.Redirect, Text(await opened.Content.ReadAsStringAsync()));
        var collectionId = Guid.Parse(opened.Headers.Location!.ToString().Split('/').Last());

        async Task<Guid> PrepareAsync(string code)
        {
            // Sessions end after 30 idle minutes and the clock jumps days ahead: each step signs in afresh.
            using var staff = await SignedInAsync(portal, units[code].Staff);
            using var saved = await PostFileAsync(staff, "/Plans", $"/Plans/Save/{collectionId}", "File", "ke-hoach.pdf", Pdf("Kế hoạch " + code),
                new Dictionary<string, string> { ["Campaigns"] = "Chuyển đổi số", ["TargetTitles"] = "Cờ thi đua của UBND tỉnh" });
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            return Guid.Parse(saved.Headers.Location!.ToString().Split('/').Last());
        }

        async Task SendAsync(string code, Guid planId, string action = WorkflowActions.Send)
        {
            using var leader = await SignedInAsync(portal, units[code].Leader);
            using var sent = await ActOnPlanAsync(leader, planId, action);
            sent.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            Text(await leader.GetStringAsync($"/Plans/Plan/{planId}")).ShouldContain("Đã thực hiện thao tác.");
        }

        var plans = new Dictionary<string, Guid>();
        foreach (var code in codes.Where(c => c != "SNNPTNT"))
        {
            plans[code] = await PrepareAsync(code);
        }

        // On time, well before the deadline; one of them is returned with comments.
        await SendAsync("SGDDT", plans["SGDDT"]);
        await SendAsync("SLDTBXH", plans["SLDTBXH"]);
        using (var accepted = await ActOnPlanAsync(officer, plans["SGDDT"], WorkflowActions.Accept))
        {
            accepted.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        using (var returned = await ActOnPlanAsync(officer, plans["SLDTBXH"], WorkflowActions.ReturnToUnit, "Bổ sung chỉ tiêu phong trào chuyển đổi số."))
        {
            returned.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        using (var returnedStaff = await SignedInAsync(portal, units["SLDTBXH"].Staff))
        {
            Text(await returnedStaff.GetStringAsync($"/Plans/Plan/{plans["SLDTBXH"]}")).ShouldContain("Bổ sung chỉ tiêu phong trào chuyển đổi số.");
        }

        var board = await officer.GetStringAsync($"/Plans/Board/{collectionId}");
        UnitRow(board, units["SLDTBXH"].Name).ShouldContain("Bị trả lại");

        // 23:59 on the deadline day (Vietnam time) is still on time; one minute later is late.
        portal.Clock.SetUtcNow(new DateTimeOffset(deadline.Year, deadline.Month, deadline.Day, 23, 59, 0, Vietnam).ToUniversalTime());
        await SendAsync("STC", plans["STC"]);
        portal.Clock.Advance(TimeSpan.FromMinutes(1));
        await SendAsync("SKHDT", plans["SKHDT"]);

        // The returned plan is corrected and sent again after the deadline: its first sending still counts.
        (await PrepareAsync("SLDTBXH")).ShouldBe(plans["SLDTBXH"]);
        await SendAsync("SLDTBXH", plans["SLDTBXH"], WorkflowActions.Resubmit);

        officer.Dispose();
        officer = await SignedInAsync(portal, "tb.chuyenvien");
        board = await officer.GetStringAsync($"/Plans/Board/{collectionId}");
        UnitRow(board, units["SGDDT"].Name).ShouldContain("Gửi đúng hạn");
        UnitRow(board, units["SGDDT"].Name).ShouldContain("Đã tiếp nhận");
        UnitRow(board, units["STC"].Name).ShouldContain("Gửi đúng hạn");
        UnitRow(board, units["SKHDT"].Name).ShouldContain("Gửi muộn");
        UnitRow(board, units["SNNPTNT"].Name).ShouldContain("Chưa gửi");
        UnitRow(board, units["SLDTBXH"].Name).ShouldContain("Gửi đúng hạn");
        Text(board).ShouldContain("Gửi đúng hạn: 3 Gửi muộn: 1 Bị trả lại: 0 Chưa gửi: 1");

        // Per cluster/block of 2025: the counts of the expected members of each group.
        var groups = await InTenantAsync(fixture, DemoTenants.ThaiBinhCode, db => db.EmulationGroups.AsNoTracking().Include(g => g.Members)
            .Where(g => g.Year == 2025).ToListAsync());
        var withMembers = groups.Where(g => g.Members.Any(m => m.UnitId == units["SKHDT"].Id)).ToList();
        if (withMembers.Count > 0)
        {
            Text(board).ShouldContain(withMembers[0].Name);
        }

        // The export carries the same statuses.
        using var export = await officer.GetAsync($"/Plans/Export/{collectionId}");
        export.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var stream = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true, sheetName: "Theo đơn vị").Cast<IDictionary<string, object?>>().ToList();
        rows.Single(r => (string?)r["Đơn vị"] == units["SKHDT"].Name)["Tình trạng"].ShouldBe("Gửi muộn");
        rows.Single(r => (string?)r["Đơn vị"] == units["SNNPTNT"].Name)["Tình trạng"].ShouldBe("Chưa gửi");

        officer.Dispose();
    }

    [Fact]
    public async Task Reminders_GoOnlyToExpectedUnitsThatHaveNotSent_WithinTheLeadWorkingDays()
    {
        using var officer = await SignedInAsync(fixture.Portal, "tb.chuyenvien");
        var year = fixture.Clock.GetUtcNow().Year + 1;
        var syt = await UnitIdAsync(fixture, DemoTenants.ThaiBinhCode, "SYT");
        var stc = await UnitIdAsync(fixture, DemoTenants.ThaiBinhCode, "STC");
        var snv = await UnitIdAsync(fixture, DemoTenants.ThaiBinhCode, "SNV");
        var deadline = new DateOnly(year, 1, 30);
        using var opened = await PostAsync(officer, "/Plans/Open", "/Plans/Open",
        [
            new("Year", year.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Title", "Kế hoạch năm sau"), new("Deadline", Iso(deadline)),
            new("UnitIds", syt.ToString()), new("UnitIds", stc.ToString()),
        ]);
        opened.StatusCode.ShouldBe(HttpStatusCode.Redirect, Text(await opened.Content.ReadAsStringAsync()));
        var collectionId = Guid.Parse(opened.Headers.Location!.ToString().Split('/').Last());

        // SYT (the demo unit) sends its plan; STC does not; SNV is not expected.
        using var staff = await SignedInAsync(fixture.Portal, "tb.canbo");
        using var saved = await PostFileAsync(staff, "/Plans", $"/Plans/Save/{collectionId}", "File", "ke-hoach.pdf", Pdf("Kế hoạch SYT"));
        var planId = Guid.Parse(saved.Headers.Location!.ToString().Split('/').Last());
        using var leader = await SignedInAsync(fixture.Portal, "tb.thutruong");
        (await ActOnPlanAsync(leader, planId, WorkflowActions.Send)).Dispose();

        var clock = new FakeTimeProvider(new DateTimeOffset(year, 1, 20, 8, 0, 0, Vietnam));
        var reminders = new PlanningReminders(
            fixture.Portal.Services.GetRequiredService<IServiceScopeFactory>(), clock, Options.Create(new PlanningReminderOptions { PlanLeadWorkingDays = 3 }));
        await reminders.RunOnceAsync();
        (await RemindersAsync(collectionId)).ShouldBeEmpty();

        // Tuesday 27/1 (or three working days before the 30th): STC alone is reminded, once.
        clock.SetUtcNow(new DateTimeOffset(year, 1, 27, 8, 0, 0, Vietnam));
        await reminders.RunOnceAsync();
        await reminders.RunOnceAsync();
        var written = await RemindersAsync(collectionId);
        written.Select(m => m.RecipientUnitId).ShouldBe([stc]);
        written[0].Subject.ShouldContain($"30/01/{year}");
        written.ShouldNotContain(m => m.RecipientUnitId == syt || m.RecipientUnitId == snv);
    }

    [Fact]
    public async Task Authorization_OtherUnitsAndProvincesSeeNothing_AndUnitStaffCannotOpenACollection()
    {
        using var officer = await SignedInAsync(fixture.Portal, "hy.chuyenvien");
        var year = fixture.Clock.GetUtcNow().Year;
        var hySyt = await UnitIdAsync(fixture, DemoTenants.HungYenCode, "SYT");
        var hySnv = await UnitIdAsync(fixture, DemoTenants.HungYenCode, "SNV");
        using var opened = await PostAsync(officer, "/Plans/Open", "/Plans/Open",
        [
            new("Year", year.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Title", "Kế hoạch Hưng Yên"), new("Deadline", Iso(new DateOnly(year, 12, 31))),
            new("UnitIds", hySyt.ToString()), new("UnitIds", hySnv.ToString()),
            new("TenantId", Guid.NewGuid().ToString()),
        ]);
        opened.StatusCode.ShouldBe(HttpStatusCode.Redirect, Text(await opened.Content.ReadAsStringAsync()));
        var collectionId = Guid.Parse(opened.Headers.Location!.ToString().Split('/').Last());

        using var staff = await SignedInAsync(fixture.Portal, "hy.canbo");
        using var saved = await PostFileAsync(staff, "/Plans", $"/Plans/Save/{collectionId}", "File", "ke-hoach.pdf", Pdf("Kế hoạch HY"));
        saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var planId = Guid.Parse(saved.Headers.Location!.ToString().Split('/').Last());

        // A unit of the same province that is not the plan's owner: 404 on the page, the download, the actions and the board.
        using var otherUnit = await SignedInAsync(fixture.Portal, await fixture.CreateUserAsync(DemoTenants.HungYenCode, "SNV", Roles.UnitStaff));
        (await otherUnit.GetAsync($"/Plans/Plan/{planId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherUnit.GetAsync($"/Plans/Download/{planId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await otherUnit.GetAsync($"/Plans/Board/{collectionId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using (var changed = await PostFileAsync(otherUnit, "/Plans", $"/Plans/Save/{collectionId}", "File", "x.pdf", Pdf("x")))
        {
            // Its own (empty) plan may be created, never the other unit's.
            changed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            changed.Headers.Location!.ToString().ShouldNotContain(planId.ToString());
        }

        // The Standing Agency does not see a plan that was never sent.
        (await officer.GetAsync($"/Plans/Plan/{planId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Another province: 404 everywhere.
        using var thaiBinh = await SignedInAsync(fixture.Portal, "tb.chuyenvien");
        (await thaiBinh.GetAsync($"/Plans/Board/{collectionId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var thaiBinhStaff = await SignedInAsync(fixture.Portal, "tb.canbo");
        (await thaiBinhStaff.GetAsync($"/Plans/Plan/{planId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await thaiBinhStaff.GetAsync($"/Plans/Mine/{collectionId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Unit staff cannot open a collection; the posted TenantId changed nothing.
        (await staff.GetAsync("/Plans/Open")).StatusCode.ShouldNotBe(HttpStatusCode.OK);
        var tenantId = await fixture.TenantIdAsync(DemoTenants.HungYenCode);
        (await InTenantAsync(fixture, DemoTenants.HungYenCode, db => db.PlanCollections.Where(c => c.Id == collectionId).Select(c => c.TenantId).SingleAsync())).ShouldBe(tenantId);
    }

    private Task<List<Infrastructure.Workflow.Notifications.OutboxMessage>> RemindersAsync(Guid collectionId)
        => InTenantAsync(fixture, DemoTenants.ThaiBinhCode, db => db.OutboxMessages.AsNoTracking()
            .Where(m => m.MessageId.StartsWith("plan-reminder:" + collectionId.ToString("D"))).ToListAsync());
}
