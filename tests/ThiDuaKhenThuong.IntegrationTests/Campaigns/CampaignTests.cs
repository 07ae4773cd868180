using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using ThiDuaKhenThuong.Domain.Campaigns;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Infrastructure.Campaigns;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.TestKit;
using static ThiDuaKhenThuong.IntegrationTests.Campaigns.PlanningTestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Campaigns;

[Collection(PortalCollection.Name)]
public sealed class CampaignTests(PortalFixture fixture)
{
    [Fact]
    public async Task SeededCampaigns_OfThePlan_AreListed_AndFilterByStatus()
    {
        using var officer = await SignedInAsync(fixture.Portal, "tb.chuyenvien");

        var all = Text(await officer.GetStringAsync("/Campaigns?year=2025"));
        foreach (var name in CampaignDemo.ThaiBinhNames)
        {
            all.ShouldContain(name);
        }

        // Seen from late 2026: the two 2023–2030 campaigns are preliminarily reviewed, the five others finally reviewed.
        var preliminary = Text(await officer.GetStringAsync("/Campaigns?year=2025&status=PreliminaryReviewed"));
        preliminary.ShouldContain("Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời");
        preliminary.ShouldContain("Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí");
        preliminary.ShouldNotContain("300 ngày chung tay xóa nhà tạm, nhà dột nát");
        var central = Text(await officer.GetStringAsync("/Campaigns?year=2025&level=Provincial&status=FinalReviewed"));
        central.ShouldContain("Chuyển đổi số");
        central.ShouldNotContain("Vì người nghèo");
    }

    [Fact]
    public async Task DemoSeed_RunTwice_AddsNothing_AndStatisticsCountTheMilestonesOf2025()
    {
        var tenantId = await fixture.TenantIdAsync(DemoTenants.ThaiBinhCode);
        await fixture.Portal.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<DemoSeeder>().SeedAsync();
            return 0;
        });

        var (count, counts) = await InTenantAsync(fixture, DemoTenants.ThaiBinhCode, async db =>
        {
            var statistics = new CampaignStatistics(db);
            return (await db.Campaigns.CountAsync(c => CampaignDemo.ThaiBinhNames.Contains(c.Name)), await statistics.CountYearAsync(2025));
        });
        count.ShouldBe(CampaignDemo.ThaiBinhNames.Count);
        counts.ShouldBe(new CampaignCounts(Launched: 1, PreliminarilyReviewed: 2, FinallyReviewed: 5));
        tenantId.ShouldNotBe(Guid.Empty);
    }

    [Fact]
    public async Task Create_WithBadInput_ShowsVietnameseMessages_AndKeepsWhatWasTyped()
    {
        using var officer = await SignedInAsync(fixture.Portal, "tb.chuyenvien");
        using var response = await officer.PostFormAsync("/Campaigns/Create", "/Campaigns/Create", new Dictionary<string, string>
        {
            ["Name"] = "", ["Level"] = "Provincial", ["Kind"] = "Thematic", ["FromYear"] = "2032", ["ToYear"] = "2031",
            ["Scope"] = "Phạm vi đã gõ", ["LaunchDate"] = "2032-05-01", ["PreliminaryReviewDate"] = "2032-04-01",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var text = Text(await response.Content.ReadAsStringAsync());
        text.ShouldContain("Vui lòng nhập tên phong trào.");
        text.ShouldContain("Năm kết thúc không được trước năm bắt đầu.");
        text.ShouldContain("Ngày sơ kết không được trước ngày phát động.");
        (await response.Content.ReadAsStringAsync()).ShouldContain("value=\"Phạm vi đã gõ\"");
    }

    [Fact]
    public async Task Create_ThenEdit_ShowsTheCampaign_AndUnitStaffCannotCreate()
    {
        using var officer = await SignedInAsync(fixture.Portal, "tb.chuyenvien");
        var name = "Phong trào thử " + Guid.NewGuid().ToString("N")[..6];
        using var created = await officer.PostFormAsync("/Campaigns/Create", "/Campaigns/Create", new Dictionary<string, string>
        {
            ["Name"] = name, ["Level"] = "Provincial", ["Kind"] = "Regular", ["FromYear"] = "2031", ["ToYear"] = "2035",
            ["Scope"] = "Toàn tỉnh", ["Goals"] = "Mục tiêu thử", ["LaunchDate"] = "2031-02-03", ["FinalReviewDate"] = "2035-12-01",
        });
        created.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var location = created.Headers.Location!.ToString();
        var id = Guid.Parse(location.Split('/').Last());

        var details = Text(await officer.GetStringAsync(location));
        details.ShouldContain(name);
        details.ShouldContain("2031–2035");
        details.ShouldContain("03/02/2031");

        using var edited = await officer.PostFormAsync($"/Campaigns/Edit/{id}", $"/Campaigns/Edit/{id}", new Dictionary<string, string>
        {
            ["Name"] = name + " (sửa)", ["Level"] = "Central", ["Kind"] = "Thematic", ["FromYear"] = "2031", ["ToYear"] = "2036",
            ["LaunchDate"] = "2031-02-03", ["PreliminaryReviewDate"] = "2033-06-01",
        });
        edited.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var after = Text(await officer.GetStringAsync(location));
        after.ShouldContain(name + " (sửa)");
        after.ShouldContain("Trung ương");
        after.ShouldContain("01/06/2033");

        using var staff = await SignedInAsync(fixture.Portal, "tb.canbo");
        using var refused = await staff.GetAsync("/Campaigns/Create");
        refused.StatusCode.ShouldNotBe(HttpStatusCode.OK);
        (await staff.GetStringAsync("/Campaigns")).ShouldNotContain("Ghi nhận phong trào");

        // Another province does not see it.
        using var other = await SignedInAsync(fixture.Portal, "hy.chuyenvien");
        (await other.GetAsync(location)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task MilestoneReminder_IsWrittenOnce_WithinTheLeadWorkingDays_ToTheStandingAgency()
    {
        // Final review on Thursday 20/3/2031; 5 working days ahead is Thursday 13/3.
        var tenantId = await fixture.TenantIdAsync(DemoTenants.ThaiBinhCode);
        var campaignId = await InTenantAsync(fixture, DemoTenants.ThaiBinhCode, async db =>
        {
            var campaign = new Campaign(tenantId, Guid.CreateVersion7(), Guid.Empty, DateTimeOffset.UtcNow);
            campaign.Describe("Phong trào nhắc mốc " + Guid.NewGuid().ToString("N")[..6], CampaignLevel.Provincial, "Toàn tỉnh", CampaignKind.Thematic,
                2031, 2031, null, new DateOnly(2031, 1, 6), null, new DateOnly(2031, 3, 20));
            db.Campaigns.Add(campaign);
            await db.SaveChangesAsync();
            return campaign.Id;
        });
        var clock = new FakeTimeProvider(new DateTimeOffset(2031, 3, 10, 8, 0, 0, TimeSpan.FromHours(7)));
        var reminders = new PlanningReminders(
            fixture.Portal.Services.GetRequiredService<IServiceScopeFactory>(), clock, Options.Create(new PlanningReminderOptions { MilestoneLeadWorkingDays = 5 }));
        var messageId = PlanningReminders.MilestoneMessageId(campaignId, CampaignMilestone.FinalReview, new DateOnly(2031, 3, 20));

        await reminders.RunOnceAsync();
        (await OutboxAsync(messageId)).ShouldBeEmpty();

        clock.SetUtcNow(new DateTimeOffset(2031, 3, 13, 8, 0, 0, TimeSpan.FromHours(7)));
        await reminders.RunOnceAsync();
        clock.Advance(TimeSpan.FromHours(4));
        await reminders.RunOnceAsync();

        var written = await OutboxAsync(messageId);
        written.Count.ShouldBe(1);
        written[0].RecipientRoles.ShouldBe([Roles.StandingOfficer]);
        written[0].RecipientUnitId.ShouldBeNull();
        written[0].Subject.ShouldContain("Tổng kết");
        written[0].Subject.ShouldContain("20/03/2031");
    }

    private Task<List<Infrastructure.Workflow.Notifications.OutboxMessage>> OutboxAsync(string messageId)
        => InTenantAsync(fixture, DemoTenants.ThaiBinhCode, db => db.OutboxMessages.AsNoTracking().Where(m => m.MessageId == messageId).ToListAsync());
}
