using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.Infrastructure.Tenancy;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Dossiers;

/// <summary>A return for supplement carries a list: the unit sees exactly what was ticked and typed, and answering it closes it.</summary>
public sealed partial class DossierJourneyTests
{
    [Fact]
    public async Task ReturnForSupplement_WithAList_ShowsTheUnitExactlyThatList_UntilItResubmits()
    {
        using var staff = await SignedInAsync("tb.canbo");
        using var leader = await SignedInAsync("tb.thutruong");
        using var officer = await SignedInAsync("tb.chuyenvien");
        var id = await CreateDraftAsync(staff, "Hồ sơ cần bổ sung theo danh sách");
        await AddNominationAsync(id);
        await UploadAsync(staff, id, "CoverLetter", "to-trinh.pdf");
        await UploadAsync(staff, id, "AdHocSummary", "tom-tat.pdf");
        (await ActAsync(staff, id, "submit-to-leader")).ShouldContain("Đã thực hiện thao tác.");
        (await ActAsync(leader, id, "send")).ShouldContain("Đã thực hiện thao tác.");
        (await ActAsync(officer, id, "receive")).ShouldContain("Đã thực hiện thao tác.");

        var officerPage = await officer.GetStringAsync($"/Dossiers/Details/{id}");
        officerPage.ShouldContain("data-testid=\"supplement-choices\"");
        var ticked = Regex.Matches(officerPage, "name=\"Missing\" value=\"([^\"]+)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).First();
        using (var response = await officer.PostFormPairsAsync($"/Dossiers/Details/{id}", $"/Dossiers/Act/{id}",
        [
            new("FormToken", Field(officerPage, "FormToken")),
            new("Version", Field(officerPage, "Version")),
            new("Action", "request-supplement"),
            new("Comment", ""),
            new("Missing", ticked),
            new("OtherMissing", "Bản sao Bằng khen năm 2024\n\n  Xác nhận của cơ quan thuế  \nBản sao Bằng khen năm 2024"),
        ]))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var unitView = PortalClient.Text(await staff.GetStringAsync($"/Dossiers/Details/{id}"));
        unitView.ShouldContain("Cơ quan Thường trực yêu cầu bổ sung hồ sơ");
        unitView.ShouldContain(ticked);
        unitView.ShouldContain("Bản sao Bằng khen năm 2024");
        unitView.ShouldContain("Xác nhận của cơ quan thuế");
        unitView.ShouldContain($"Cần bổ sung: 1) {ticked}; 2) Bản sao Bằng khen năm 2024; 3) Xác nhận của cơ quan thuế", Case.Sensitive, "the timeline records the list");

        var stored = await StoredRequestsAsync(id);
        stored.ShouldHaveSingleItem().Items.ShouldBe([ticked, "Bản sao Bằng khen năm 2024", "Xác nhận của cơ quan thuế"]);
        stored[0].ResolvedAt.ShouldBeNull();

        await UploadAsync(staff, id, "CoverLetter", "to-trinh-bo-sung.pdf");
        (await ActAsync(staff, id, "resubmit")).ShouldContain("Đã thực hiện thao tác.");
        var after = PortalClient.Text(await staff.GetStringAsync($"/Dossiers/Details/{id}"));
        after.ShouldNotContain("Cơ quan Thường trực yêu cầu bổ sung hồ sơ");
        after.ShouldContain("Các lần yêu cầu bổ sung trước (1)");
        (await StoredRequestsAsync(id)).ShouldHaveSingleItem().ResolvedAt.ShouldNotBeNull();
    }

    [Fact]
    public async Task ReturnForSupplement_WithAnOverlongList_IsRefusedWithAMessage_AndTheDossierStaysPut()
    {
        using var staff = await SignedInAsync("tb.canbo");
        using var leader = await SignedInAsync("tb.thutruong");
        using var officer = await SignedInAsync("tb.chuyenvien");
        var id = await CreateDraftAsync(staff, "Hồ sơ với danh sách bổ sung quá dài");
        await AddNominationAsync(id);
        await UploadAsync(staff, id, "CoverLetter", "to-trinh.pdf");
        await UploadAsync(staff, id, "AdHocSummary", "tom-tat.pdf");
        await ActAsync(staff, id, "submit-to-leader");
        await ActAsync(leader, id, "send");
        await ActAsync(officer, id, "receive");

        var page = await officer.GetStringAsync($"/Dossiers/Details/{id}");
        using var response = await officer.PostFormPairsAsync($"/Dossiers/Details/{id}", $"/Dossiers/Act/{id}",
        [
            new("FormToken", Field(page, "FormToken")),
            new("Version", Field(page, "Version")),
            new("Action", "request-supplement"),
            new("OtherMissing", string.Join("\n", Enumerable.Range(1, 60).Select(i => $"Tài liệu số {i}"))),
        ]);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var text = PortalClient.Text(await officer.GetStringAsync(response.Headers.Location!.ToString()));
        text.ShouldContain("Yêu cầu bổ sung không quá 50 nội dung.");
        text.ShouldContain("Đã tiếp nhận");
        (await StoredRequestsAsync(id)).ShouldBeEmpty();
    }

    private async Task<List<Domain.Dossiers.SupplementRequest>> StoredRequestsAsync(Guid dossierId)
    {
        var tenantId = await fixture.TenantIdAsync(DemoTenants.ThaiBinhCode);
        return await fixture.Portal.WithScopeAsync(async sp =>
        {
            using var scope = sp.GetRequiredService<ITenantContext>().Use(tenantId);
            return await sp.GetRequiredService<AppDbContext>().SupplementRequests.AsNoTracking().Where(r => r.DossierId == dossierId).ToListAsync();
        });
    }
}
