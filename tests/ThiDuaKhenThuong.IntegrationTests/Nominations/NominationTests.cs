using System.Net;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.TestKit;
using static ThiDuaKhenThuong.IntegrationTests.Nominations.NominationsTestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Nominations;

[Collection(PortalCollection.Name)]
public sealed class NominationTests(PortalFixture fixture)
{
    [Fact]
    public async Task AddingANomination_ChecksEligibilityAtOnce_AndShowsEachRule()
    {
        using var staff = await SignedInAsync(fixture, "tb.canbo");
        var dossierId = await CreateDraftAsync(staff, "Đề nghị CSTĐ cấp tỉnh 2025 – kiểm tra ngay");
        var passing = await PersonAsync(fixture, PeopleDemoStep.PassingName);
        var gap = await PersonAsync(fixture, PeopleDemoStep.GapName);

        var form = PortalClient.Text(await staff.GetStringAsync($"/Nominations/Add/{dossierId}?q=tran thi thanh nhan"));
        form.ShouldContain(PeopleDemoStep.PassingName);
        var good = await AddAsync(staff, dossierId, "P:" + passing, AwardCodes.ProvincialEmulationFighter);
        var bad = await AddAsync(staff, dossierId, "P:" + gap, AwardCodes.ProvincialEmulationFighter);

        var goodPage = PortalClient.Text(await staff.GetStringAsync($"/Nominations/Details/{good}"));
        goodPage.ShouldContain("Kiểm tra điều kiện theo từng tiêu chí");
        goodPage.ShouldContain("Đạt");
        goodPage.ShouldNotContain("Không đạt");
        var badPage = PortalClient.Text(await staff.GetStringAsync($"/Nominations/Details/{bad}"));
        badPage.ShouldContain("Không đạt");
        badPage.ShouldContain("Chưa đủ điều kiện");
        badPage.ShouldContain("Giải trình");

        var dossier = await DossierAsync(fixture, dossierId);
        dossier.Nominations.Single(n => n.Id == good).EligibilityStatus.ShouldNotBe(EligibilityStatus.Fail);
        dossier.Nominations.Single(n => n.Id == bad).EligibilityStatus.ShouldBe(EligibilityStatus.Fail);
        dossier.Nominations.Single(n => n.Id == bad).EligibilityReport.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task AFailingNomination_CannotBeSentWithoutAWrittenJustification()
    {
        using var staff = await SignedInAsync(fixture, "tb.canbo");
        var dossierId = await CreateDraftAsync(staff, "Đề nghị có giải trình");
        var id = await AddAsync(staff, dossierId, "P:" + await PersonAsync(fixture, PeopleDemoStep.GapName), AwardCodes.ProvincialEmulationFighter);

        (await DossierAsync(fixture, dossierId)).ProblemsBeforeSending().ShouldContain(p => p.Contains(PeopleDemoStep.GapName));

        using (var response = await staff.PostFormAsync($"/Nominations/Details/{id}", $"/Nominations/Justify/{id}", new Dictionary<string, string> { ["justification"] = "Năm 2024 đơn vị chưa bình xét do sáp nhập; đề nghị xem xét." }))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        (await DossierAsync(fixture, dossierId)).ProblemsBeforeSending().ShouldBeEmpty();
        PortalClient.Text(await staff.GetStringAsync($"/Nominations/Details/{id}")).ShouldContain("Đã lưu giải trình.");
    }

    [Fact]
    public async Task TheSamePersonForTheSameAwardAndYear_InTwoUnitsDossiers_IsFlagged()
    {
        using var staff = await SignedInAsync(fixture, "tb.canbo");
        using var other = await SignedInAsync(fixture, await fixture.CreateUserAsync(DemoTenants.ThaiBinhCode, "SNV", Roles.UnitStaff));
        var person = "P:" + await PersonAsync(fixture, PeopleDemoStep.UnknownName);
        var first = await CreateDraftAsync(staff, "Bằng khen 2025 – Sở Y tế (trùng)");
        var second = await CreateDraftAsync(other, "Bằng khen 2025 – Sở Nội vụ (trùng)");

        await AddAsync(staff, first, person, AwardCodes.ProvincialCertificate);
        var id = await AddAsync(other, second, person, AwardCodes.ProvincialCertificate);

        var page = PortalClient.Text(await other.GetStringAsync($"/Nominations/Details/{id}"));
        page.ShouldContain("Đề nghị trùng lặp");
        page.ShouldContain("Bằng khen 2025 – Sở Y tế (trùng)");

        // Both dossier pages flag it, each naming the other dossier once.
        var secondPage = PortalClient.Text(await other.GetStringAsync($"/Dossiers/Details/{second}"));
        secondPage.ShouldContain("Đề nghị trùng lặp");
        Occurrences(secondPage, "cũng có trong hồ sơ “Bằng khen 2025 – Sở Y tế (trùng)”").ShouldBe(1);
        var firstPage = PortalClient.Text(await staff.GetStringAsync($"/Dossiers/Details/{first}"));
        Occurrences(firstPage, "cũng có trong hồ sơ “Bằng khen 2025 – Sở Nội vụ (trùng)”").ShouldBe(1);
    }

    private static int Occurrences(string text, string part)
        => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    [Fact]
    public async Task CstdcsBeyondFifteenPercentOfTheUnitsLdtt_ShowsAQuotaWarning()
    {
        const string unitCode = "STP";
        using var staff = await SignedInAsync(fixture, await fixture.CreateUserAsync(DemoTenants.ThaiBinhCode, unitCode, Roles.UnitStaff));
        var dossierId = await CreateDraftAsync(staff, "CSTĐCS 2025 – Sở Tư pháp");
        var (advanced, nominated, people) = await InThaiBinhAsync(fixture, async db =>
        {
            var unitId = await db.Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync();
            var ldtt = await db.AwardHistory.Where(h => h.AwardCode == AwardCodes.AdvancedWorker && h.Year == 2025 && db.People.Any(p => p.Id == h.PersonId && p.UnitId == unitId))
                .Select(h => h.PersonId).Distinct().CountAsync();
            var already = await db.Nominations.CountAsync(n => n.AwardCode == AwardCodes.GrassrootsEmulationFighter && db.Dossiers.Any(d => d.Id == n.DossierId && d.UnitId == unitId && d.Year == 2025));
            var ids = await db.People.Where(p => p.UnitId == unitId).OrderBy(p => p.FullName).Select(p => p.Id).ToListAsync();
            return (ldtt, already, ids);
        });
        var cap = 15 * advanced / 100;
        var needed = Math.Max(1, cap - nominated + 1);
        people.Count.ShouldBeGreaterThanOrEqualTo(needed);

        var ids = new List<Guid>();
        foreach (var person in people.Take(needed))
        {
            ids.Add(await AddAsync(staff, dossierId, "P:" + person, AwardCodes.GrassrootsEmulationFighter));
        }

        var last = PortalClient.Text(await staff.GetStringAsync($"/Nominations/Details/{ids[^1]}"));
        last.ShouldContain("Cảnh báo vượt tỷ lệ, số lượng");
        last.ShouldContain($"Vượt tỷ lệ 15 %: Đơn vị có {advanced} LĐTT, tối đa {cap} CSTĐCS", Case.Insensitive);
    }

    [Fact]
    public async Task Appraisal_IsForStandingOfficers_WhileUnderReview_AndAnOverrideNeedsAReason()
    {
        using var staff = await SignedInAsync(fixture, "tb.canbo");
        using var officer = await SignedInAsync(fixture, "tb.chuyenvien");
        var dossierId = await CreateDraftAsync(staff, "Hồ sơ thẩm định đề nghị");
        var id = await AddAsync(staff, dossierId, "P:" + await PersonAsync(fixture, PeopleDemoStep.GapName), AwardCodes.ProvincialEmulationFighter);
        var eligible = new Dictionary<string, string> { ["Result"] = "Eligible", ["Note"] = "Thành tích nổi bật năm 2025" };

        using (var hidden = await officer.PostFormAsync("/Dossiers", $"/Nominations/Appraise/{id}", eligible))
        {
            hidden.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        await MoveAsync(fixture, dossierId, (WorkflowActions.SubmitToLeader, Roles.UnitStaff), (WorkflowActions.Send, Roles.UnitLeader));
        using (var early = await officer.PostFormAsync("/Dossiers", $"/Nominations/Appraise/{id}", eligible))
        {
            PortalClient.Text(await early.Content.ReadAsStringAsync()).ShouldContain("Chỉ thẩm định được khi hồ sơ đang ở bước thẩm định.");
        }

        await MoveAsync(fixture, dossierId, (WorkflowActions.Receive, Roles.StandingOfficer), (WorkflowActions.StartReview, Roles.StandingOfficer));
        using (var unit = await staff.PostFormAsync("/Dossiers", $"/Nominations/Appraise/{id}", eligible))
        {
            PortalClient.Text(await unit.Content.ReadAsStringAsync()).ShouldContain("Chỉ chuyên viên Cơ quan thường trực được thẩm định đề nghị.");
        }

        using (var noReason = await officer.PostFormAsync($"/Nominations/Details/{id}", $"/Nominations/Appraise/{id}", eligible))
        {
            var html = await noReason.Content.ReadAsStringAsync();
            noReason.StatusCode.ShouldBe(HttpStatusCode.OK);
            PortalClient.Text(html).ShouldContain("kết quả thẩm định khác kết quả kiểm tra tự động; vui lòng ghi lý do.");
            html.ShouldContain("Thành tích nổi bật năm 2025");
        }

        (await DossierAsync(fixture, dossierId)).Nominations.Single().Appraisal.ShouldBe(AppraisalResult.Pending);
        eligible["OverrideReason"] = "Đã xác minh quyết định CSTĐCS năm 2024 bị sót trong dữ liệu.";
        using (var saved = await officer.PostFormAsync($"/Nominations/Details/{id}", $"/Nominations/Appraise/{id}", eligible))
        {
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var nomination = (await DossierAsync(fixture, dossierId)).Nominations.Single();
        nomination.Appraisal.ShouldBe(AppraisalResult.Eligible);
        nomination.OverrideReason.ShouldBe("Đã xác minh quyết định CSTĐCS năm 2024 bị sót trong dữ liệu.");
        PortalClient.Text(await officer.GetStringAsync($"/Nominations/Details/{id}")).ShouldContain("Đã xác minh quyết định CSTĐCS năm 2024");
    }

    [Fact]
    public async Task AnotherUnitsOrProvincesNomination_IsNotFound()
    {
        using var staff = await SignedInAsync(fixture, "tb.canbo");
        var dossierId = await CreateDraftAsync(staff, "Hồ sơ riêng của Sở Y tế");
        var id = await AddAsync(staff, dossierId, "P:" + await PersonAsync(fixture, PeopleDemoStep.PassingName), AwardCodes.ProvincialCertificate);
        using var other = await SignedInAsync(fixture, await fixture.CreateUserAsync(DemoTenants.ThaiBinhCode, "SNV", Roles.UnitStaff));
        using var foreign = await SignedInAsync(fixture, "hy.canbo");
        using var officer = await SignedInAsync(fixture, "tb.chuyenvien");

        foreach (var client in new[] { other, foreign, officer })
        {
            (await client.GetAsync($"/Nominations/Details/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await client.GetAsync($"/Nominations/Add/{dossierId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        using (var remove = await other.PostFormAsync("/Dossiers", $"/Nominations/Remove/{id}", new Dictionary<string, string>()))
        {
            remove.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        (await DossierAsync(fixture, dossierId)).Nominations.Count.ShouldBe(1);
        using (var remove = await staff.PostFormAsync($"/Nominations/Details/{id}", $"/Nominations/Remove/{id}", new Dictionary<string, string>()))
        {
            remove.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        (await DossierAsync(fixture, dossierId)).Nominations.ShouldBeEmpty();
    }
}
