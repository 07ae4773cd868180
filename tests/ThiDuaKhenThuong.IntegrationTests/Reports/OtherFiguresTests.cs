using System.Net;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Campaigns;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Council;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Domain.Reporting;
using ThiDuaKhenThuong.Domain.Voting;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Reporting;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.Infrastructure.Tenancy;
using ThiDuaKhenThuong.TestKit;
using static ThiDuaKhenThuong.IntegrationTests.Reports.ReportTestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Reports;

/// <summary>
/// The campaign, plan and council sections of a report against a hand-counted set added to a province of its own
/// (<see cref="ReportDataset"/>: UBND ← SYT ← BV, HUYEN abolished into UBND on 1/7/2025, cluster K1 = SYT + HUYEN until then).
/// Campaigns: A launched 10/2/2025, reviewed 15/8/2025, final 1/3/2026; B launched 2024, reviewed 20/5/2025, final
/// 30/11/2025; C launched 5/1/2026. Plans of 2025 (deadline 31/1/2025): UBND sent 20/1 (on time), SYT sent 23:59 local
/// on 31/1 (on time), BV sent 00:00 local on 1/2 (late), HUYEN never sent. Council: a session closed 15/10/2025 with
/// SYT·p2 passed, SYT·p4 failed, BV·p1 passed and one SYT item without quorum; a session closed 20/12/2024 with a
/// HUYEN item passed.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class OtherFiguresTests(PortalFixture fixture)
{
    [Fact]
    public async Task AnnualProvinceReport_CountsCampaignMilestones_PlansAndCouncilItemsOfThePeriod()
    {
        var data = await SeededAsync();
        var figures = await FiguresAsync(fixture, data, ReportPeriodKind.Annual, new DateOnly(2025, 12, 31));

        figures.Campaigns.ShouldBe(new CampaignFigures(1, 2, 1));
        figures.Plans.ShouldBe(new PlanFigures(4, 3, 2));
        (figures.Plans!.Late, figures.Plans.Missing).ShouldBe((1, 1));
        figures.Council.ShouldBe(new CouncilFigures(1, 3, 2));
        figures.Council!.PassRatePercent.ShouldBe(66.7m);
    }

    [Fact]
    public async Task SixMonthReport_CountsOnlyTheFirstHalf()
    {
        var data = await SeededAsync();
        var figures = await FiguresAsync(fixture, data, ReportPeriodKind.SixMonth, new DateOnly(2025, 6, 30));

        figures.Campaigns.ShouldBe(new CampaignFigures(1, 1, 0));
        figures.Plans.ShouldBe(new PlanFigures(4, 3, 2));
        figures.Council.ShouldBe(new CouncilFigures(0, 0, 0));
    }

    [Fact]
    public async Task UnitAndClusterScopes_CountTheirOwnUnitsPlansAndCouncilItems()
    {
        var data = await SeededAsync();
        var syt = await FiguresAsync(fixture, data, ReportPeriodKind.Annual, new DateOnly(2025, 12, 31), ReportScopeKind.Unit, data.Syt);
        syt.Plans.ShouldBe(new PlanFigures(2, 2, 1));
        syt.Council.ShouldBe(new CouncilFigures(1, 3, 2));
        syt.Campaigns.ShouldBe(new CampaignFigures(1, 2, 1));

        var bv = await FiguresAsync(fixture, data, ReportPeriodKind.Annual, new DateOnly(2025, 12, 31), ReportScopeKind.Unit, data.Bv);
        bv.Plans.ShouldBe(new PlanFigures(1, 1, 0));
        bv.Council.ShouldBe(new CouncilFigures(1, 1, 1));

        // As of 31/12/2025 the abolished district's expectation counts under the province.
        var ubnd = await FiguresAsync(fixture, data, ReportPeriodKind.Annual, new DateOnly(2025, 12, 31), ReportScopeKind.Unit, data.Ubnd);
        ubnd.Plans.ShouldBe(new PlanFigures(4, 3, 2));

        // The cluster's members of the day, without their sub-units.
        var clusterBefore = await FiguresAsync(fixture, data, ReportPeriodKind.Annual, new DateOnly(2025, 6, 30), ReportScopeKind.EmulationGroup, data.Group);
        clusterBefore.Plans.ShouldBe(new PlanFigures(2, 1, 1));
        var clusterAfter = await FiguresAsync(fixture, data, ReportPeriodKind.Annual, new DateOnly(2025, 12, 31), ReportScopeKind.EmulationGroup, data.Group);
        clusterAfter.Plans.ShouldBe(new PlanFigures(1, 1, 1));
        clusterAfter.Council.ShouldBe(new CouncilFigures(1, 2, 1));
    }

    [Fact]
    public async Task AYearWithoutPlanCollection_SaysNoData_WhileCampaignsAndCouncilAreRealZeros()
    {
        var data = await SeededAsync();
        var figures = await fixture.Portal.WithScopeAsync(async sp =>
        {
            using var _ = sp.GetRequiredService<ITenantContext>().Use(data.TenantId);
            return await sp.GetRequiredService<ReportFiguresQuery>().ComputeAsync(
                new ReportRequest(data.TenantId, new ReportPeriod(ReportPeriodKind.Annual, 2023), ReportScope.Province("Tỉnh Kiểm Thử"), new DateOnly(2023, 12, 31)), CancellationToken.None);
        });

        figures.Plans.ShouldBeNull();
        figures.Campaigns.ShouldBe(new CampaignFigures(0, 0, 0));
        figures.Council.ShouldBe(new CouncilFigures(0, 0, 0));
    }

    [Fact]
    public async Task ReportPageAndPdf_ShowTheFigures_InsteadOfNoData()
    {
        var data = await SeededAsync();
        using var officer = fixture.Portal.CreatePortalClient();
        await officer.SignInOrFailAsync(await fixture.CreateUserAsync(data.TenantCode, "UBND", Roles.StandingOfficer), DemoAccounts.Password);
        Guid draftId;
        using (var created = await officer.PostFormAsync("/Reports", "/Reports/Create", new Dictionary<string, string> { ["NewReport.PeriodKind"] = "Annual", ["NewReport.Year"] = "2025", ["NewReport.ScopeKind"] = "Province" }))
        {
            created.StatusCode.ShouldBe(HttpStatusCode.Redirect, await created.Content.ReadAsStringAsync());
            draftId = Guid.Parse(created.Headers.Location!.ToString().Split('/').Last());
        }

        var html = await officer.GetStringAsync($"/Reports/Edit/{draftId}");
        html.ShouldNotContain("data-testid=\"no-data-campaigns\"");
        html.ShouldNotContain("data-testid=\"no-data-plans\"");
        html.ShouldNotContain("data-testid=\"no-data-council\"");
        var edit = PortalClient.Text(html);
        edit.ShouldContain("đã phát động 1 phong trào thi đua; sơ kết 2 và tổng kết 1 phong trào");
        edit.ShouldNotContain("Số liệu phong trào: Chưa có số liệu");
        edit.ShouldMatch(@"Đơn vị phải gửi kế hoạch\s+4\s+Đã gửi\s+3\s+Gửi đúng hạn\s+2\s+Gửi muộn\s+1\s+Chưa gửi\s+1");
        edit.ShouldMatch(@"Phiên họp\s+1\s+Trường hợp đã bỏ phiếu\s+3\s+Trường hợp đạt\s+2\s+Tỷ lệ đạt\s+66,7 %");

        string status;
        using (var publish = await officer.PostFormAsync($"/Reports/Edit/{draftId}", $"/Reports/Publish/{draftId}", new Dictionary<string, string>()))
        {
            publish.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            await fixture.Portal.Services.GetRequiredService<ReportJobRunner>().RunOnceAsync();
            status = await officer.GetStringAsync(publish.Headers.Location!.ToString().Replace("/Job/", "/JobStatus/", StringComparison.Ordinal));
        }

        var link = System.Text.RegularExpressions.Regex.Match(status, "/Reports/Published/([0-9a-f-]{36})");
        link.Success.ShouldBeTrue(status);
        using var response = await officer.GetAsync($"/Reports/Download/{link.Groups[1].Value}?format=pdf");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pdf = PdfText(await response.Content.ReadAsByteArrayAsync());
        pdf.ShouldMatch(@"Phong trào đã phát động\s+1");
        pdf.ShouldMatch(@"Đã sơ kết\s+2");
        pdf.ShouldMatch(@"Đã tổng kết\s+1");
        pdf.ShouldMatch(@"Đơn vị phải gửi kế hoạch\s+4");
        pdf.ShouldMatch(@"Gửi đúng hạn\s+2");
        pdf.ShouldMatch(@"Gửi muộn\s+1");
        pdf.ShouldMatch(@"Chưa gửi\s+1");
        pdf.ShouldMatch(@"Trường hợp đã bỏ phiếu\s+3");
        pdf.ShouldMatch(@"Trường hợp đạt\s+2");
        pdf.ShouldMatch(@"Tỷ lệ đạt\s+66,7 %");
    }

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static ReportDataset? seeded;

    private async Task<ReportDataset> SeededAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (seeded is null)
            {
                var data = await ReportDataset.CreateAsync(fixture);
                await SeedAsync(data);
                seeded = data;
            }

            return seeded;
        }
        finally
        {
            Gate.Release();
        }
    }

    private Task<int> SeedAsync(ReportDataset data) => fixture.Portal.WithScopeAsync(async sp =>
    {
        using var _ = sp.GetRequiredService<ITenantContext>().Use(data.TenantId);
        var db = sp.GetRequiredService<AppDbContext>();
        var t = data.TenantId;
        var author = Guid.CreateVersion7();
        var created = new DateTimeOffset(2024, 12, 1, 0, 0, 0, TimeSpan.Zero);

        db.Campaigns.AddRange(
            Campaign(t, "Phong trào A", new DateOnly(2025, 2, 10), new DateOnly(2025, 8, 15), new DateOnly(2026, 3, 1)),
            Campaign(t, "Phong trào B", new DateOnly(2024, 5, 1), new DateOnly(2025, 5, 20), new DateOnly(2025, 11, 30)),
            Campaign(t, "Phong trào C", new DateOnly(2026, 1, 5), null, null));

        var collection = new PlanCollection(t, Guid.CreateVersion7(), 2025, "Kế hoạch thi đua năm 2025", new DateOnly(2025, 1, 31), null, author, created);
        collection.ExpectUnits([data.Ubnd, data.Syt, data.Bv, data.Huyen], new HashSet<Guid>());
        db.PlanCollections.Add(collection);
        db.UnitPlans.AddRange(
            Plan(t, collection.Id, data.Ubnd, new DateTimeOffset(2025, 1, 20, 3, 0, 0, TimeSpan.Zero)),
            Plan(t, collection.Id, data.Syt, new DateTimeOffset(2025, 1, 31, 23, 59, 0, TimeSpan.FromHours(7))),
            Plan(t, collection.Id, data.Bv, new DateTimeOffset(2025, 2, 1, 0, 0, 0, TimeSpan.FromHours(7))),
            new UnitPlan(t, Guid.CreateVersion7(), collection.Id, data.Huyen, author, created));
        await db.SaveChangesAsync();

        var people = await db.People.ToDictionaryAsync(p => p.FullName, p => p.Id);
        var collective = await db.Collectives.SingleAsync(c => c.Name == "Phòng Nghiệp vụ Y");
        var sytDossier = new Dossier(t, Guid.CreateVersion7(), data.Syt, 2025, AwardKinds.Annual, "Đề nghị khen thưởng năm 2025 - Sở Y tế", null, null, author, created);
        var p2 = sytDossier.AddNomination(Guid.CreateVersion7(), new NomineeRef(NomineeKind.Person, people["Trần Thị Hai"], "Trần Thị Hai"), AwardCodes.ProvincialEmulationFighter);
        var p4 = sytDossier.AddNomination(Guid.CreateVersion7(), new NomineeRef(NomineeKind.Person, people["Phạm Thị Bốn"], "Phạm Thị Bốn"), AwardCodes.ProvincialEmulationFighter);
        var c1 = sytDossier.AddNomination(Guid.CreateVersion7(), new NomineeRef(NomineeKind.Collective, collective.Id, collective.Name), AwardCodes.ProvincialFlag);
        var bvDossier = new Dossier(t, Guid.CreateVersion7(), data.Bv, 2025, AwardKinds.Annual, "Đề nghị khen thưởng năm 2025 - Bệnh viện", null, null, author, created);
        var p1 = bvDossier.AddNomination(Guid.CreateVersion7(), new NomineeRef(NomineeKind.Person, people["Nguyễn Văn Một"], "Nguyễn Văn Một"), AwardCodes.ProvincialEmulationFighter);
        var huyenDossier = new Dossier(t, Guid.CreateVersion7(), data.Huyen, 2024, AwardKinds.Annual, "Đề nghị khen thưởng năm 2024 - Huyện", null, null, author, created);
        var p3 = huyenDossier.AddNomination(Guid.CreateVersion7(), new NomineeRef(NomineeKind.Person, people["Lê Văn Ba"], "Lê Văn Ba"), AwardCodes.ProvincialEmulationFighter);
        db.Dossiers.AddRange(sytDossier, bvDossier, huyenDossier);

        var term = new CouncilTerm(t, Guid.CreateVersion7(), "Hội đồng nhiệm kỳ 2021-2026", new DateOnly(2021, 1, 1), new DateOnly(2026, 12, 31), null);
        db.CouncilTerms.Add(term);
        await db.SaveChangesAsync();

        var threshold = VoteThreshold.Percent(70);
        var october = ClosedSession(t, term.Id, new DateTimeOffset(2025, 10, 15, 9, 0, 0, TimeSpan.FromHours(7)),
            (p2, sytDossier, new ItemTally(9, 1, 0, 10, 10)),
            (p4, sytDossier, new ItemTally(3, 7, 0, 10, 10)),
            (c1, sytDossier, new ItemTally(2, 0, 0, 2, 10)),
            (p1, bvDossier, new ItemTally(8, 0, 0, 8, 10)));
        var december2024 = ClosedSession(t, term.Id, new DateTimeOffset(2024, 12, 20, 9, 0, 0, TimeSpan.FromHours(7)),
            (p3, huyenDossier, new ItemTally(10, 0, 0, 10, 10)));
        db.CouncilSessions.AddRange(october, december2024);
        await db.SaveChangesAsync();
        october.Items.OrderBy(i => i.Order).Select(i => i.Result).ShouldBe([VoteResult.Passed, VoteResult.Failed, VoteResult.NoQuorum, VoteResult.Passed]);
        return 0;

        CouncilSession ClosedSession(Guid tenantId, Guid termId, DateTimeOffset localClosedAt, params (Nomination Nomination, Dossier Dossier, ItemTally Tally)[] items)
        {
            var closedAt = localClosedAt.ToUniversalTime();
            var session = new CouncilSession(tenantId, Guid.CreateVersion7(), termId, DateOnly.FromDateTime(localClosedAt.Date), "Hội trường UBND tỉnh", null, closedAt.AddHours(2), author, closedAt.AddDays(-7));
            var tallies = new Dictionary<Guid, ItemTally>();
            foreach (var (nomination, dossier, tally) in items)
            {
                tallies[session.AddItem(Guid.CreateVersion7(), nomination, dossier.Id, dossier.UnitId, threshold).Id] = tally;
            }

            session.Publish(closedAt.AddDays(-3));
            session.OpenVoting(closedAt.AddHours(-1));
            session.Close(10, tallies, author, closedAt);
            return session;
        }
    });

    private static Campaign Campaign(Guid tenantId, string name, DateOnly launch, DateOnly? preliminary, DateOnly? final)
    {
        var campaign = new Campaign(tenantId, Guid.CreateVersion7(), Guid.CreateVersion7(), DateTimeOffset.UtcNow);
        campaign.Describe(name, CampaignLevel.Provincial, "Toàn tỉnh", CampaignKind.Thematic, launch.Year, (final ?? launch).Year, null, launch, preliminary, final);
        return campaign;
    }

    private static UnitPlan Plan(Guid tenantId, Guid collectionId, Guid unitId, DateTimeOffset localSentAt)
    {
        var sentAt = localSentAt.ToUniversalTime();
        var plan = new UnitPlan(tenantId, Guid.CreateVersion7(), collectionId, unitId, Guid.CreateVersion7(), sentAt.AddDays(-5));
        plan.MarkSent(sentAt);
        return plan;
    }
}
