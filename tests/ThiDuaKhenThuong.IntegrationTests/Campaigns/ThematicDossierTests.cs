using System.Net;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.TestKit;
using static ThiDuaKhenThuong.IntegrationTests.Campaigns.PlanningTestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Campaigns;

[Collection(PortalCollection.Name)]
public sealed class ThematicDossierTests(PortalFixture fixture)
{
    private const string Campaign = "300 ngày chung tay xóa nhà tạm, nhà dột nát";

    [Fact]
    public async Task ThematicDossier_WithoutCampaign_IsRefused_AndTheFormKeepsTheInput()
    {
        using var staff = await SignedInAsync(fixture.Portal, "tb.canbo");
        var form = await staff.GetStringAsync("/Dossiers/Create");
        form.ShouldContain(Campaign);

        using var response = await staff.PostFormAsync("/Dossiers/Create", "/Dossiers/Create", new Dictionary<string, string>
        {
            ["Year"] = "2026", ["Kind"] = "Thematic", ["Title"] = "Hồ sơ chuyên đề chưa chọn phong trào", ["CampaignId"] = "",
        });

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await response.Content.ReadAsStringAsync();
        Text(html).ShouldContain("Hồ sơ khen thưởng chuyên đề phải gắn với một phong trào thi đua");
        html.ShouldContain("value=\"Hồ sơ chuyên đề chưa chọn phong trào\"");
        (await InTenantAsync(fixture, DemoTenants.ThaiBinhCode, db => db.Dossiers.CountAsync(d => d.Title == "Hồ sơ chuyên đề chưa chọn phong trào"))).ShouldBe(0);
    }

    [Fact]
    public async Task ThematicDossier_LinksItsCampaign_AndTheCampaignPageListsIt_WithItsAwards()
    {
        var campaignId = await InTenantAsync(fixture, DemoTenants.ThaiBinhCode, db => db.Campaigns.Where(c => c.Name == Campaign).Select(c => c.Id).SingleAsync());
        using var staff = await SignedInAsync(fixture.Portal, "tb.canbo");
        var title = "Đề nghị khen thưởng phong trào xóa nhà tạm " + Guid.NewGuid().ToString("N")[..6];
        using var response = await staff.PostFormAsync("/Dossiers/Create", "/Dossiers/Create", new Dictionary<string, string>
        {
            ["Year"] = "2026", ["Kind"] = "Thematic", ["Title"] = title, ["CampaignId"] = campaignId.ToString(),
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, Text(await response.Content.ReadAsStringAsync()));
        var dossierId = Guid.Parse(response.Headers.Location!.ToString().Split('/').Last());

        Text(await staff.GetStringAsync($"/Dossiers/Details/{dossierId}")).ShouldContain("Phong trào thi đua " + Campaign);
        var dossier = await InTenantAsync(fixture, DemoTenants.ThaiBinhCode, db => db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == dossierId));
        dossier.CampaignId.ShouldBe(campaignId);
        dossier.Kind.ShouldBe(AwardKinds.Thematic);

        // The unit sees its draft on the campaign page; the Standing Agency only once it is sent.
        Text(await staff.GetStringAsync($"/Campaigns/Details/{campaignId}")).ShouldContain(title);
        using var officer = await SignedInAsync(fixture.Portal, "tb.chuyenvien");
        Text(await officer.GetStringAsync($"/Campaigns/Details/{campaignId}")).ShouldNotContain(title);

        var person = await Nominations.NominationsTestKit.PersonAsync(fixture, PeopleDemoStep.PassingName);
        await Nominations.NominationsTestKit.AddAsync(staff, dossierId, "P:" + person, AwardCodes.ProvincialCertificate);
        await InTenantAsync(fixture, DemoTenants.ThaiBinhCode, async db =>
        {
            var tracked = await db.Dossiers.Include(d => d.Nominations).SingleAsync(d => d.Id == dossierId);
            tracked.MarkSent(DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
            return 0;
        });

        var page = Text(await officer.GetStringAsync($"/Campaigns/Details/{campaignId}"));
        page.ShouldContain(title);
        page.ShouldContain(PeopleDemoStep.PassingName);
        page.ShouldContain("Đang xét");
        page.ShouldContain("Đã khen thưởng: 0 / 1 đề nghị.");
    }
}
