using System.Net;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.TestKit;
using static ThiDuaKhenThuong.IntegrationTests.Organisation.OrganisationSteps;

namespace ThiDuaKhenThuong.IntegrationTests.Organisation;

/// <summary>Each restructuring operation through its form, seen in the "as of" directory before and after, and on the units' pages.</summary>
[Collection(PortalCollection.Name)]
public sealed class RestructuringTests(PortalFixture fixture)
{
    private static readonly DateOnly Created = new(2024, 1, 1);
    private static readonly DateOnly Effective = new(2025, 3, 1);
    private static readonly DateOnly DayBefore = Effective.AddDays(-1);

    [Fact]
    public async Task Rename_ShowsTheOldNameBefore_AndTheNewNameFrom_TheEffectiveDate()
    {
        var org = await SignInAsync(fixture);
        var m = Marker();
        var id = await org.CreateUnitAsync(m, $"Phòng cũ {m}", Created);

        using var response = await org.OperateAsync("Rename", id, Effective, new() { ["NewName"] = $"Phòng mới {m}" });

        UnitIdFrom(response).ShouldBe(id);
        (await org.ListAsync(m, DayBefore)).ShouldBe([$"Phòng cũ {m}"]);
        (await org.ListAsync(m, Effective)).ShouldBe([$"Phòng mới {m}"]);
        (await org.ListAsync(m)).ShouldBe([$"Phòng mới {m}"]);
        var page = await org.PageTextAsync($"/Units/Details/{id}");
        page.ShouldContain($"Phòng cũ {m} 01/01/2024 01/03/2025");
        page.ShouldContain($"Phòng mới {m} 01/03/2025 99/QĐ-UBND ngày 19/02/2025");
        page.ShouldContain("Hoàng Anh Dũng Sửa Name: Phòng cũ");
        page.ShouldContain("Hoàng Anh Dũng Tạo mới (tên gọi)");
    }

    [Fact]
    public async Task Transfer_ShowsTheParentOfEachDay()
    {
        var org = await SignInAsync(fixture);
        var m = Marker();
        var oldParent = await org.CreateUnitAsync(m + "-P1", $"Cấp trên cũ {m}", Created);
        var newParent = await org.CreateUnitAsync(m + "-P2", $"Cấp trên mới {m}", Created);
        var child = await org.CreateUnitAsync(m + "-C", $"Đơn vị con {m}", Created, oldParent);

        using var response = await org.OperateAsync("Transfer", child, Effective, new() { ["NewParentId"] = newParent.ToString() });

        UnitIdFrom(response).ShouldBe(child);
        (await org.PageTextAsync($"/Units?q={m}-C&asOf=2025-02-28")).ShouldContain($"Đơn vị con {m} Sở, ban, ngành Cấp trên cũ {m}");
        (await org.PageTextAsync($"/Units?q={m}-C&asOf=2025-03-01")).ShouldContain($"Đơn vị con {m} Sở, ban, ngành Cấp trên mới {m}");
        (await org.PageTextAsync($"/Units/Details/{child}")).ShouldContain("Đơn vị cấp trên qua các thời kỳ");
    }

    [Fact]
    public async Task Merge_ReplacesTheUnitsFromTheEffectiveDate_AndTheMergedUnitsHistoryIsReachableFromTheSuccessor()
    {
        var org = await SignInAsync(fixture);
        var m = Marker();
        var a = await org.CreateUnitAsync(m + "-A", $"Sở A {m}", Created);
        var b = await org.CreateUnitAsync(m + "-B", $"Sở B {m}", Created);
        using (var renamed = await org.OperateAsync("Rename", a, new DateOnly(2024, 6, 1), new() { ["NewName"] = $"Sở A đổi tên {m}" }))
        {
            UnitIdFrom(renamed).ShouldBe(a);
        }

        using var response = await org.PostPairsAsync($"/Organisation/Merge/{a}",
        [
            new("OtherUnitIds", b.ToString()), new("NewCode", m + "-C"), new("NewName", $"Sở hợp nhất {m}"), new("NewKind", "Department"),
            new("NewParentId", ""), new("Effective", Iso(Effective)), new("DecisionNumber", "15/NQ-HĐND"), new("DecisionDate", "2025-02-20"),
            new("Note", "Hợp nhất hai sở"), new("Confirmed", "true"),
        ]);

        var c = UnitIdFrom(response);
        (await org.ListAsync(m, DayBefore)).Order().ShouldBe([$"Sở A đổi tên {m}", $"Sở B {m}"]);
        (await org.ListAsync(m, Effective)).ShouldBe([$"Sở hợp nhất {m}"]);
        var successorPage = await org.Client.GetStringAsync($"/Units/Details/{c}");
        successorPage.ShouldContain($"href=\"/Units/Details/{a}\"");
        successorPage.ShouldContain($"href=\"/Units/Details/{b}\"");
        PortalClient.Text(successorPage).ShouldContain($"Sở A đổi tên {m} ({m}-A) Hợp nhất 01/03/2025 15/NQ-HĐND ngày 20/02/2025 Hợp nhất hai sở");
        var predecessorPage = await org.PageTextAsync($"/Units/Details/{a}");
        predecessorPage.ShouldContain("Đơn vị đã thôi hoạt động từ ngày 01/03/2025");
        predecessorPage.ShouldContain($"Sở A {m} 01/01/2024 01/06/2024");
        predecessorPage.ShouldContain($"Sở hợp nhất {m} ({m}-C) Hợp nhất");
    }

    [Fact]
    public async Task Absorb_EndsTheUnit_AndTheOneThatTookItOverListsItAsPredecessor()
    {
        var org = await SignInAsync(fixture);
        var m = Marker();
        var absorbed = await org.CreateUnitAsync(m + "-A", $"Trung tâm {m}", Created);
        var into = await org.CreateUnitAsync(m + "-B", $"Sở nhận {m}", Created);

        using var response = await org.OperateAsync("Absorb", absorbed, Effective, new() { ["IntoUnitId"] = into.ToString() });

        UnitIdFrom(response).ShouldBe(into);
        (await org.ListAsync(m, DayBefore)).Count.ShouldBe(2);
        (await org.ListAsync(m, Effective)).ShouldBe([$"Sở nhận {m}"]);
        (await org.PageTextAsync($"/Units/Details/{into}")).ShouldContain($"Trung tâm {m} ({m}-A) Sáp nhập 01/03/2025");
    }

    [Fact]
    public async Task Split_EndsTheUnit_AndStartsTheNewOnesUnderItsParent()
    {
        var org = await SignInAsync(fixture);
        var m = Marker();
        var parent = await org.CreateUnitAsync(m + "-P", $"Cấp trên {m}", Created);
        var original = await org.CreateUnitAsync(m + "-S", $"Sở gốc {m}", Created, parent);

        using var response = await org.OperateAsync("Split", original, Effective, new()
        {
            ["NewUnits[0].Code"] = m + "-S1", ["NewUnits[0].Name"] = $"Sở tách một {m}",
            ["NewUnits[1].Code"] = m + "-S2", ["NewUnits[1].Name"] = $"Sở tách hai {m}",
            ["NewUnits[2].Code"] = "", ["NewUnits[2].Name"] = "",
        });

        UnitIdFrom(response).ShouldBe(original);
        (await org.ListAsync(m + "-S", DayBefore)).ShouldBe([$"Sở gốc {m}"]);
        (await org.ListAsync(m + "-S", Effective)).Order().ShouldBe([$"Sở tách hai {m}", $"Sở tách một {m}"]);
        var page = await org.PageTextAsync($"/Units/Details/{original}");
        page.ShouldContain($"Sở tách một {m} ({m}-S1) Chia tách 01/03/2025");
        page.ShouldContain($"Sở tách hai {m} ({m}-S2) Chia tách 01/03/2025");
        (await org.PageTextAsync($"/Units?q={m}-S1&asOf=2025-03-01")).ShouldContain($"Cấp trên {m}");
    }

    [Fact]
    public async Task Abolish_RemovesTheUnitFromTheEffectiveDate_AndItsCodeMayBeUsedAgainAfterwards()
    {
        var org = await SignInAsync(fixture);
        var m = Marker();
        var unit = await org.CreateUnitAsync(m, $"Ban giải thể {m}", Created);

        using var response = await org.OperateAsync("Abolish", unit, Effective, new() { ["SuccessorId"] = "", ["Note"] = "Hết nhiệm vụ" });

        UnitIdFrom(response).ShouldBe(unit);
        (await org.ListAsync(m, DayBefore)).ShouldBe([$"Ban giải thể {m}"]);
        (await org.ListAsync(m, Effective)).ShouldBeEmpty();
        (await org.PageTextAsync($"/Units/Details/{unit}")).ShouldContain("Không có đơn vị tiếp nhận Giải thể, kết thúc hoạt động 01/03/2025");
        var reused = await org.CreateUnitAsync(m, $"Ban mới cùng mã {m}", Effective);
        (await org.ListAsync(m, Effective)).ShouldBe([$"Ban mới cùng mã {m}"]);
        reused.ShouldNotBe(unit);
    }

    [Fact]
    public async Task Create_WithTheCodeOfAUnitStillValid_IsRefused_AndNothingIsAdded()
    {
        var org = await SignInAsync(fixture);
        var before = await org.DbAsync(db => db.Units.CountAsync());

        using var response = await org.PostAsync("/Organisation/CreateUnit", "/Organisation/CreateUnit", new()
        {
            ["Code"] = "syt", ["Name"] = "Sở Y tế thứ hai", ["Kind"] = "Department", ["ValidFrom"] = "2025-01-01",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        Errors(html).ShouldContain("Mã đơn vị \"SYT\" đang được dùng cho \"Sở Y tế\" trong thời gian này; vui lòng chọn mã khác.");
        html.ShouldContain("value=\"Sở Y tế thứ hai\"");
        (await org.DbAsync(db => db.Units.CountAsync())).ShouldBe(before);
    }

    [Fact]
    public async Task Transfer_IntoItsOwnChild_IsRefusedAsACycle_AndNothingChanges()
    {
        var org = await SignInAsync(fixture);
        var m = Marker();
        var top = await org.CreateUnitAsync(m + "-T", $"Đơn vị trên {m}", Created);
        var child = await org.CreateUnitAsync(m + "-C", $"Đơn vị dưới {m}", Created, top);

        using var response = await org.OperateAsync("Transfer", top, Effective, new() { ["NewParentId"] = child.ToString() });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        Errors(await response.Content.ReadAsStringAsync()).ShouldContain("cây đơn vị sẽ bị khép vòng");
        (await org.DbAsync(db => db.Units.Where(u => u.Id == top).Select(u => u.ParentId).SingleAsync())).ShouldBeNull();
        (await org.DbAsync(db => db.UnitParents.CountAsync(p => p.UnitId == top))).ShouldBe(1);
        (await org.LineageCountAsync(top)).ShouldBe(0);
    }

    [Fact]
    public async Task Absorb_IntoItself_IsRefused_AndNothingChanges()
    {
        var org = await SignInAsync(fixture);
        var m = Marker();
        var unit = await org.CreateUnitAsync(m, $"Đơn vị tự sáp nhập {m}", Created);

        using var response = await org.OperateAsync("Absorb", unit, Effective, new() { ["IntoUnitId"] = unit.ToString() });

        Errors(await response.Content.ReadAsStringAsync()).ShouldContain("Không thể sáp nhập một đơn vị vào chính nó.");
        (await org.DbAsync(db => db.Units.Where(u => u.Id == unit).Select(u => u.ValidTo).SingleAsync())).ShouldBeNull();
        (await org.LineageCountAsync(unit)).ShouldBe(0);
    }

    [Fact]
    public async Task Merge_WithTheCodeOfAnExistingUnit_IsRefused_AndNeitherUnitCloses()
    {
        var org = await SignInAsync(fixture);
        var m = Marker();
        var a = await org.CreateUnitAsync(m + "-A", $"Đơn vị A {m}", Created);
        var b = await org.CreateUnitAsync(m + "-B", $"Đơn vị B {m}", Created);

        using var response = await org.OperateAsync("Merge", a, Effective, new()
        {
            ["OtherUnitIds"] = b.ToString(), ["NewCode"] = m + "-B", ["NewName"] = $"Đơn vị C {m}", ["NewKind"] = "Department",
        });

        Errors(await response.Content.ReadAsStringAsync()).ShouldContain($"Mã đơn vị \"{m}-B\" đang được dùng cho \"Đơn vị B {m}\"");
        (await org.ListAsync(m, Effective)).Order().ShouldBe([$"Đơn vị A {m}", $"Đơn vị B {m}"]);
        (await org.LineageCountAsync(a)).ShouldBe(0);
    }

    [Fact]
    public async Task AnyOperation_OnAClosedUnit_IsRefused()
    {
        var org = await SignInAsync(fixture);
        var m = Marker();
        var unit = await org.CreateUnitAsync(m, $"Đơn vị đã đóng {m}", Created);
        using (var abolished = await org.OperateAsync("Abolish", unit, Effective, new()))
        {
            UnitIdFrom(abolished).ShouldBe(unit);
        }

        using var response = await org.OperateAsync("Rename", unit, Effective.AddMonths(2), new() { ["NewName"] = $"Tên khác {m}" });

        Errors(await response.Content.ReadAsStringAsync()).ShouldContain($"Đơn vị \"Đơn vị đã đóng {m}\" đã thôi hoạt động từ ngày 01/03/2025; không thể thay đổi thêm.");
        (await org.DbAsync(db => db.UnitNames.CountAsync(n => n.UnitId == unit))).ShouldBe(1);
        (await org.PageTextAsync($"/Organisation/Rename/{unit}")).ShouldContain("Đơn vị đã thôi hoạt động từ ngày 01/03/2025; không thể sắp xếp thêm.");
    }

    [Fact]
    public async Task Operation_BeforeTheUnitExisted_IsRefused()
    {
        var org = await SignInAsync(fixture);
        var m = Marker();
        var unit = await org.CreateUnitAsync(m, $"Đơn vị mới lập {m}", Effective);

        using var response = await org.OperateAsync("Rename", unit, Created, new() { ["NewName"] = $"Tên sớm {m}" });

        Errors(await response.Content.ReadAsStringAsync()).ShouldContain("phải sau ngày đơn vị");
    }

    [Fact]
    public async Task Operation_WithoutConfirmationOrDecision_IsRefused_KeepingWhatWasTyped()
    {
        var org = await SignInAsync(fixture);
        var m = Marker();
        var unit = await org.CreateUnitAsync(m, $"Đơn vị chưa xác nhận {m}", Created);

        using var response = await org.PostAsync("/Units", $"/Organisation/Rename/{unit}", new() { ["NewName"] = $"Tên gõ dở {m}", ["Effective"] = "2025-03-01" });

        var html = await response.Content.ReadAsStringAsync();
        Errors(html).ShouldContain("Vui lòng nhập số quyết định.");
        Errors(html).ShouldContain("Vui lòng đánh dấu xác nhận");
        html.ShouldContain($"value=\"Tên gõ dở {m}\"");
        (await org.LineageCountAsync(unit)).ShouldBe(0);
    }
}
