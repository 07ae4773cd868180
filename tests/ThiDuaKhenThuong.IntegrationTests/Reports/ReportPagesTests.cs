using System.Net;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ThiDuaKhenThuong.Domain.People;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Reporting;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.Infrastructure.Tenancy;
using ThiDuaKhenThuong.Infrastructure.Workflow.Notifications;
using ThiDuaKhenThuong.TestKit;
using static ThiDuaKhenThuong.IntegrationTests.Reports.ReportTestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Reports;

/// <summary>The reports pages: draft, publish in the background, download the three formats, snapshots, who may see what.</summary>
[Collection(PortalCollection.Name)]
public sealed class ReportPagesTests(PortalFixture fixture)
{
    [Fact]
    public async Task PublishedAnnualReport_ThreeFormatsAgree_AndAVersionNeverChanges()
    {
        var data = await ReportDataset.CreateAsync(fixture);
        using var officer = await SignedInAsync(await fixture.CreateUserAsync(data.TenantCode, "UBND", Roles.StandingOfficer));
        var draftId = await CreateDraftAsync(officer, new Dictionary<string, string> { ["NewReport.PeriodKind"] = "Annual", ["NewReport.Year"] = "2025", ["NewReport.ScopeKind"] = "Province" });

        var edit = PortalClient.Text(await officer.GetStringAsync($"/Reports/Edit/{draftId}"));
        edit.ShouldContain("đã khen thưởng 9 lượt, gồm 5 lượt cá nhân, 3 lượt tập thể và 1 lượt hộ gia đình");
        edit.ShouldContain("Chưa có số liệu");

        using (var saved = await officer.PostFormAsync($"/Reports/Edit/{draftId}", $"/Reports/Edit/{draftId}", new Dictionary<string, string>
        {
            ["Movements"] = "Phong trào thi đua yêu nước được triển khai sâu rộng.",
            ["Commendation"] = "Đã khen thưởng 9 lượt tập thể, cá nhân và hộ gia đình.",
            ["Shortcomings"] = "Tỷ lệ khen người trực tiếp lao động còn thấp.",
            ["NextTasks"] = "Nâng tỷ lệ khen thưởng người trực tiếp lao động.",
        }))
        {
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var published = await PublishAsync(officer, draftId);
        var page = PortalClient.Text(await officer.GetStringAsync($"/Reports/Published/{published}"));
        page.ShouldContain("Phiên bản 1");
        page.ShouldContain("Nâng tỷ lệ khen thưởng người trực tiếp lao động.");

        var pdf = PdfText(await BytesAsync(officer, $"/Reports/Download/{published}?format=pdf", "application/pdf"));
        pdf.ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        pdf.ShouldContain("Độc lập - Tự do - Hạnh phúc");
        pdf.ShouldContain("Tổng kết công tác thi đua, khen thưởng năm 2025");
        pdf.ShouldContain("Trang 1/");
        pdf.ShouldMatch(@"Người trực tiếp lao động, sản xuất, công tác\s+3");
        pdf.ShouldMatch(@"Cấp Nhà nước\s+1\s+1\s+0\s+2");
        pdf.ShouldMatch(@"Cấp tỉnh\s+3\s+2\s+0\s+5");
        pdf.ShouldMatch(@"Sở Y tế\s+2\s+2\s+0\s+4");
        pdf.ShouldMatch(@"Tỷ lệ người trực tiếp lao động trong số cá nhân\s+60 %");

        var docx = DocxText(await BytesAsync(officer, $"/Reports/Download/{published}?format=docx", ReportDocx.ContentType));
        docx.ShouldContain("Tổng kết công tác thi đua, khen thưởng năm 2025");
        docx.ShouldContain("Nâng tỷ lệ khen thưởng người trực tiếp lao động.");
        docx.ShouldContain("Cấp tỉnh\n3\n2\n0\n5");

        var xlsx = Cells(await BytesAsync(officer, $"/Reports/Download/{published}?format=xlsx", ReportXlsx.ContentType), out _)["Số liệu"];
        var level = xlsx.Single(c => c.Value == "Cấp tỉnh" && c.Key.StartsWith('A')).Key[1..];
        (xlsx[$"B{level}"], xlsx[$"C{level}"], xlsx[$"D{level}"], xlsx[$"E{level}"]).ShouldBe(("3", "2", "0", "5"));

        // A later award changes the live figures and the next version, never the published one.
        await AddAwardAsync(data);
        PortalClient.Text(await officer.GetStringAsync($"/Reports/Edit/{draftId}")).ShouldMatch(@"Cấp tỉnh\s+4\s+2\s+0\s+6");
        PdfText(await BytesAsync(officer, $"/Reports/Download/{published}?format=pdf", "application/pdf")).ShouldMatch(@"Cấp tỉnh\s+3\s+2\s+0\s+5");
        var second = await PublishAsync(officer, draftId);
        PortalClient.Text(await officer.GetStringAsync($"/Reports/Published/{second}")).ShouldMatch(@"Cấp tỉnh\s+4\s+2\s+0\s+6");
        PortalClient.Text(await officer.GetStringAsync($"/Reports/Published/{published}")).ShouldMatch(@"Cấp tỉnh\s+3\s+2\s+0\s+5");

        // The table itself refuses changes, for the application role.
        var update = await Should.ThrowAsync<PostgresException>(() => fixture.Portal.WithScopeAsync(async sp =>
        {
            using var _ = sp.GetRequiredService<ITenantContext>().Use(data.TenantId);
            return await sp.GetRequiredService<AppDbContext>().Database.ExecuteSqlRawAsync("UPDATE published_reports SET movements = 'sửa' ");
        }));
        update.SqlState.ShouldBe("42501");
    }

    [Fact]
    public async Task Publishing_NotifiesTheRequester_AndTheLeaderDownloadsTheLatestAtOnce()
    {
        var data = await ReportDataset.GetAsync(fixture);
        var officerName = await fixture.CreateUserAsync(data.TenantCode, "UBND", Roles.StandingHead);
        using var officer = await SignedInAsync(officerName);
        var draftId = await CreateDraftAsync(officer, new Dictionary<string, string> { ["NewReport.PeriodKind"] = "SixMonth", ["NewReport.Year"] = "2025", ["NewReport.ScopeKind"] = "Province" });
        using (var response = await officer.PostFormAsync($"/Reports/Edit/{draftId}", $"/Reports/Publish/{draftId}", new Dictionary<string, string>()))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            var job = response.Headers.Location!.ToString();
            job.ShouldStartWith("/Reports/Job/");
            (await officer.GetStringAsync(job.Replace("/Job/", "/JobStatus/", StringComparison.Ordinal))).ShouldContain("\"status\":\"Pending\"");
            await fixture.Portal.Services.GetRequiredService<ReportJobRunner>().RunOnceAsync();
            var status = await officer.GetStringAsync(job.Replace("/Job/", "/JobStatus/", StringComparison.Ordinal));
            status.ShouldContain("\"progress\":100");
            status.ShouldContain("/Reports/Published/");
        }

        await fixture.Portal.Services.GetRequiredService<OutboxRelay>().RunOnceAsync();
        PortalClient.Text(await officer.GetStringAsync("/Notifications")).ShouldContain("Báo cáo đã sẵn sàng");

        using var leader = await SignedInAsync(await fixture.CreateUserAsync(data.TenantCode, "UBND", Roles.Leader));
        var pdf = PdfText(await BytesAsync(leader, "/Reports/Latest?kind=SixMonth&format=pdf", "application/pdf"));
        pdf.ShouldContain("Sơ kết công tác thi đua, khen thưởng 6 tháng đầu năm 2025");
    }

    [Fact]
    public async Task Access_UnitStaffRefused_UnitLeaderSeesOnlyOwnUnit_OtherProvinceGetsNotFound()
    {
        var data = await ReportDataset.GetAsync(fixture);
        using var officer = await SignedInAsync(await fixture.CreateUserAsync(data.TenantCode, "UBND", Roles.StandingOfficer));
        var province = await CreateDraftAsync(officer, new Dictionary<string, string> { ["NewReport.PeriodKind"] = "Annual", ["NewReport.Year"] = "2025", ["NewReport.ScopeKind"] = "Province" });
        var provinceVersion = await PublishAsync(officer, province);

        using var unitLeader = await SignedInAsync(await fixture.CreateUserAsync(data.TenantCode, "SYT", Roles.UnitLeader));
        var own = await CreateDraftAsync(unitLeader, new Dictionary<string, string> { ["NewReport.PeriodKind"] = "Annual", ["NewReport.Year"] = "2025", ["NewReport.ScopeKind"] = "Unit", ["NewReport.UnitId"] = data.Syt.ToString() });
        PortalClient.Text(await unitLeader.GetStringAsync($"/Reports/Edit/{own}")).ShouldMatch(@"Tổng số\s+4\s+2\s+1\s+7");
        (await unitLeader.GetAsync($"/Reports/Edit/{province}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await unitLeader.GetAsync($"/Reports/Published/{provinceVersion}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await unitLeader.GetAsync($"/Reports/Download/{provinceVersion}?format=xlsx")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await ShouldBeDeniedAsync(unitLeader, "/Reports/Forms");
        PortalClient.Text(await unitLeader.GetStringAsync("/Reports")).ShouldNotContain("Phạm vi thử");

        // Posting another unit's report as a unit leader changes nothing.
        using (var other = await unitLeader.PostFormAsync("/Reports", "/Reports/Create", new Dictionary<string, string> { ["NewReport.PeriodKind"] = "Annual", ["NewReport.Year"] = "2025", ["NewReport.ScopeKind"] = "Province" }))
        {
            other.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        using var staff = await SignedInAsync(await fixture.CreateUserAsync(data.TenantCode, "SYT", Roles.UnitStaff));
        await ShouldBeDeniedAsync(staff, "/Reports");
        await ShouldBeDeniedAsync(staff, $"/Reports/Published/{provinceVersion}");

        using var foreign = await SignedInAsync("tb.chuyenvien");
        (await foreign.GetAsync($"/Reports/Published/{provinceVersion}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await foreign.GetAsync($"/Reports/Edit/{province}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await foreign.GetAsync($"/Reports/Download/{provinceVersion}?format=pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Forms_PageAndWorkbook_ForTheDemoProvince()
    {
        using var leader = await SignedInAsync("tb.lanhdao");
        var page = PortalClient.Text(await leader.GetStringAsync("/Reports/Forms?year=2025&kind=Annual"));
        page.ShouldContain("Biểu số 0602");
        page.ShouldContain("Biểu số 0603");
        var sheets = Cells(await BytesAsync(leader, "/Reports/FormsExcel?year=2025&kind=Annual", ReportXlsx.ContentType), out var merges);
        sheets.Keys.ShouldBe(["Biểu 0601", "Biểu 0602", "Biểu 0603", "Biểu 0604", "Biểu 0605"]);
        merges["Biểu 0602"].ShouldContain("A5:A6");
        sheets["Biểu 0603"]["A8"].ShouldBe("Tổng số");
        int.Parse(sheets["Biểu 0603"]["D8"], System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
    }

    private async Task<PortalClient> SignedInAsync(string userName)
    {
        var client = fixture.Portal.CreatePortalClient();
        await client.SignInOrFailAsync(userName, DemoAccounts.Password);
        return client;
    }

    /// <summary>A role outside the policy is sent to the access-denied page, and sees none of the report.</summary>
    private static async Task ShouldBeDeniedAsync(PortalClient client, string url)
    {
        using var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
    }

    private static async Task<Guid> CreateDraftAsync(PortalClient client, Dictionary<string, string> fields)
    {
        using var response = await client.PostFormAsync("/Reports", "/Reports/Create", fields);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return Guid.Parse(response.Headers.Location!.ToString().Split('/').Last());
    }

    private async Task<Guid> PublishAsync(PortalClient client, Guid draftId)
    {
        using var response = await client.PostFormAsync($"/Reports/Edit/{draftId}", $"/Reports/Publish/{draftId}", new Dictionary<string, string>());
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        await fixture.Portal.Services.GetRequiredService<ReportJobRunner>().RunOnceAsync();
        var status = await client.GetStringAsync(response.Headers.Location!.ToString().Replace("/Job/", "/JobStatus/", StringComparison.Ordinal));
        var link = System.Text.RegularExpressions.Regex.Match(status, "/Reports/Published/([0-9a-f-]{36})");
        link.Success.ShouldBeTrue(status);
        return Guid.Parse(link.Groups[1].Value);
    }

    private static async Task<byte[]> BytesAsync(PortalClient client, string url, string contentType)
    {
        using var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe(contentType);
        return await response.Content.ReadAsByteArrayAsync();
    }

    private async Task AddAwardAsync(ReportDataset data)
        => await fixture.Portal.WithScopeAsync(async sp =>
        {
            using var _ = sp.GetRequiredService<ITenantContext>().Use(data.TenantId);
            var db = sp.GetRequiredService<AppDbContext>();
            db.AwardHistory.Add(AwardHistoryRecord.ForPerson(data.TenantId, Guid.CreateVersion7(), data.Person1,
                new AwardHistoryData(Domain.Catalog.AwardCodes.ProvincialEmulationFighter, 2025, "9/QĐ-UBND", new DateOnly(2025, 12, 29), "UBND tỉnh"), AwardSource.Manual));
            return await db.SaveChangesAsync();
        });
}
