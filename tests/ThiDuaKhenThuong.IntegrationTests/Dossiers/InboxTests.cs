using System.Net;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Dossiers;

/// <summary>The Standing Agency's inbox on /Dossiers: counts per state, filters, keyset pages, assignment and bulk reception.</summary>
[Collection(PortalCollection.Name)]
public sealed partial class InboxTests(PortalFixture fixture)
{
    [Fact]
    public async Task BulkReceive_ReceivesTheSentDossiers_AndReportsTheOthers()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        using var staff = await SignedInAsync("tb.canbo");
        using var leader = await SignedInAsync("tb.thutruong");
        using var officer = await SignedInAsync("tb.chuyenvien");
        var first = await SentThroughPagesAsync(staff, leader, $"Tiếp nhận loạt A {tag}");
        var second = await SentThroughPagesAsync(staff, leader, $"Tiếp nhận loạt B {tag}");
        var draft = await CreateDraftAsync(staff, $"Tiếp nhận loạt nháp {tag}");
        var foreign = await SeedSentAsync(DemoTenants.HungYenCode, $"Hồ sơ Hưng Yên {tag}", DateTimeOffset.UnixEpoch.AddYears(56));

        var pending = await officer.GetStringAsync($"/Dossiers?state={WorkflowStates.Submitted}&q={tag}");
        RowIds(pending).ShouldBe([second, first], ignoreOrder: true);
        PortalClient.Text(pending).ShouldContain("Đã gửi, chờ tiếp nhận: ");

        var report = await BulkAsync(officer, [first, second, draft], "receive");
        report.ShouldContain("Đã tiếp nhận 2 hồ sơ");
        report.ShouldMatch(@"\d{4}/2026/HS-TĐKT");
        report.ShouldContain("1 hồ sơ không tiếp nhận được");
        (await NumberOfAsync(DemoTenants.ThaiBinhCode, first)).ShouldNotBeNull();
        (await NumberOfAsync(DemoTenants.ThaiBinhCode, second)).ShouldNotBeNull();
        (await NumberOfAsync(DemoTenants.ThaiBinhCode, draft)).ShouldBeNull();

        var again = await BulkAsync(officer, [first, foreign, Guid.NewGuid()], "receive");
        again.ShouldContain("Chưa tiếp nhận được hồ sơ nào; 3 hồ sơ không tiếp nhận được");
        again.ShouldContain($"Tiếp nhận loạt A {tag}");
        again.ShouldNotContain("Hưng Yên");
        (await NumberOfAsync(DemoTenants.HungYenCode, foreign)).ShouldBeNull();

        var received = await officer.GetStringAsync($"/Dossiers?state={WorkflowStates.Received}&q={tag}");
        RowIds(received).ShouldBe([second, first], ignoreOrder: true);
        PortalClient.Text(received).ShouldContain("Đã tiếp nhận: ");
        RowIds(await officer.GetStringAsync($"/Dossiers?state={WorkflowStates.Submitted}&q={tag}")).ShouldBeEmpty();
    }

    [Fact]
    public async Task KeysetPages_NeitherRepeatNorSkipRows()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var at = new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
        var expected = new List<Guid>();
        for (var i = 0; i < 7; i++)
        {
            // Rows 2–4 share an instant: the id breaks the tie.
            expected.Add(await SeedSentAsync(DemoTenants.ThaiBinhCode, $"Trang khóa {tag} số {i}", i is >= 2 and <= 4 ? at.AddMinutes(2) : at.AddMinutes(i)));
        }

        using var officer = await SignedInAsync("tb.truongban");
        var seen = new List<Guid>();
        var url = $"/Dossiers?q={tag}&size=3";
        for (var pages = 0; url is not null && pages < 10; pages++)
        {
            var html = await officer.GetStringAsync(url);
            var rows = RowIds(html);
            rows.Count.ShouldBeLessThanOrEqualTo(3);
            seen.AddRange(rows);
            var next = NextPage().Match(html);
            url = next.Success && next.Groups[1].Value != "#" ? WebUtility.HtmlDecode(next.Groups[1].Value) : null;
        }

        seen.Count.ShouldBe(7);
        seen.Distinct().Count().ShouldBe(7);
        seen.ShouldBe(expected, ignoreOrder: true);
        seen[0].ShouldBe(expected[6]);
        seen[^1].ShouldBe(expected[0]);
        (await officer.GetAsync("/Dossiers?after=garbage_key&size=-4")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await officer.GetAsync($"/Dossiers?after={long.MaxValue}_{Guid.NewGuid():N}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Assignment_IsShown_AndFiltersMine()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var id = await SeedSentAsync(DemoTenants.ThaiBinhCode, $"Giao việc {tag}", new DateTimeOffset(2026, 4, 1, 8, 0, 0, TimeSpan.Zero));
        var other = await SeedSentAsync(DemoTenants.ThaiBinhCode, $"Giao việc khác {tag}", new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.Zero));
        var foreign = await SeedSentAsync(DemoTenants.HungYenCode, $"Giao việc Hưng Yên {tag}", new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.Zero));
        using var head = await SignedInAsync("tb.truongban");
        using var officer = await SignedInAsync("tb.chuyenvien");
        var officerId = await UserIdAsync("tb.chuyenvien");

        (await BulkAsync(head, [id], "assign", await UserIdAsync("hy.chuyenvien"))).ShouldContain("Vui lòng chọn một chuyên viên");
        (await BulkAsync(head, [id], "assign")).ShouldContain("Vui lòng chọn một chuyên viên");
        var report = await BulkAsync(head, [id, foreign], "assign", officerId);
        report.ShouldContain("Đã giao 1 hồ sơ cho Phạm Thu Hà.");
        report.ShouldContain("1 hồ sơ không tìm thấy");

        RowIds(await officer.GetStringAsync($"/Dossiers?assigned=mine&q={tag}")).ShouldBe([id]);
        RowIds(await head.GetStringAsync($"/Dossiers?assigned=mine&q={tag}")).ShouldBeEmpty();
        RowIds(await head.GetStringAsync($"/Dossiers?assigned=none&q={tag}")).ShouldBe([other]);
        RowIds(await head.GetStringAsync($"/Dossiers?q={tag}")).ShouldBe([other, id]);
        PortalClient.Text(await head.GetStringAsync($"/Dossiers?q={tag}")).ShouldContain("Phạm Thu Hà");
        PortalClient.Text(await officer.GetStringAsync($"/Dossiers/Details/{id}")).ShouldContain("Chuyên viên xử lý Phạm Thu Hà");
        (await head.GetStringAsync("/Dossiers")).ShouldNotContain("Ngô Thị Hằng", Case.Sensitive, "another province's officer is never offered");
    }

    [Fact]
    public async Task UnitStaffAndLeaders_CannotBulkActOrAssign()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var id = await SeedSentAsync(DemoTenants.ThaiBinhCode, $"Không được giao {tag}", new DateTimeOffset(2026, 5, 1, 8, 0, 0, TimeSpan.Zero));
        var officerId = await UserIdAsync("tb.chuyenvien");
        foreach (var user in new[] { "tb.canbo", "tb.thutruong", "tb.lanhdao" })
        {
            using var client = await SignedInAsync(user);
            (await client.GetStringAsync("/Dossiers")).ShouldNotContain("name=\"ids\"");
            using var assign = await PostBulkAsync(client, user == "tb.canbo" ? "/Dossiers/Create" : "/Account/ChangePassword", [id], "assign", officerId);
            assign.StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.Forbidden);
            using var receive = await PostBulkAsync(client, user == "tb.canbo" ? "/Dossiers/Create" : "/Account/ChangePassword", [id], "receive");
            receive.StatusCode.ShouldBeOneOf(HttpStatusCode.NotFound, HttpStatusCode.Forbidden);
        }

        using var head = await SignedInAsync("tb.truongban");
        PortalClient.Text(await head.GetStringAsync($"/Dossiers?q={tag}")).ShouldContain("Chưa giao");
    }
}
