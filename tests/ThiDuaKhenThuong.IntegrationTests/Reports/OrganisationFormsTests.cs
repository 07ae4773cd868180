using System.Net;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Campaigns;
using ThiDuaKhenThuong.Domain.Council;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Domain.Reporting;
using ThiDuaKhenThuong.Domain.Tenancy;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Reporting;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.Infrastructure.Tenancy;
using ThiDuaKhenThuong.TestKit;
using ThiDuaKhenThuong.Web.Features.Reports;
using static ThiDuaKhenThuong.IntegrationTests.Reports.ReportTestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Reports;

/// <summary>
/// Forms 0601 (campaigns), 0604 (organisation) and 0605 (emulation staff): a province of its own with five campaigns,
/// eight units (a district abolished on 1/7/2025), a council term and seven staff members (one stopped on 1/7/2025,
/// one starting in 2026); every cell is counted by hand below and read back from the workbook.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class OrganisationFormsTests(PortalFixture fixture)
{
    [Fact]
    public async Task Form0601_CountsCampaignsByLevelDurationAndKind_InModelAndWorkbook()
    {
        var sheets = await WorkbookAsync(await SeedAsync(), ReportPeriodKind.Annual);
        var f = sheets["Biểu 0601"];
        f["A2"].ShouldBe("SỐ PHONG TRÀO THI ĐUA");
        (f["D5"], f["E5"], f["D6"], f["E6"], f["F6"], f["G6"]).ShouldBe(("Tổng số", "Chia ra", "Phong trào triển khai trong kỳ", "Phát động trong kỳ", "Sơ kết trong kỳ", "Tổng kết trong kỳ"));
        // in effect, launched, preliminarily reviewed, finally reviewed
        Expect(f, new()
        {
            ["01"] = [3, 2, 1, 2],
            ["02"] = [1, 1, 1, 0],
            ["03"] = [1, 0, 0, 1],
            ["04"] = [1, 1, 0, 0],
            ["05"] = [0, 0, 0, 1],
            ["06"] = [1, 1, 1, 1],
            ["07"] = [2, 1, 0, 1],
            ["08"] = [1, 0, 0, 2],
            ["09"] = [2, 2, 1, 0],
        });
        Units(f).ShouldAllBe(u => u == OrganisationForms.CampaignUnit);
    }

    [Fact]
    public async Task Form0604_CountsUnitsBodiesAndStaffByLevel_AsOfTheLastDayOfThePeriod()
    {
        var data = await SeedAsync();
        var annual = await WorkbookAsync(data, ReportPeriodKind.Annual);
        var f = annual["Biểu 0604"];
        f["A3"].ShouldContain("tính đến ngày 31/12/2025");
        // units, with staff, council, standing body, full-time, part-time
        Expect(f, new()
        {
            ["01"] = [7, 4, 1, 1, 3, 2],
            ["02"] = [2, 1, 1, 1, 2, 0],
            ["03"] = [2, 2, 0, 0, 1, 1],
            ["04"] = [0, 0, 0, 0, 0, 0],
            ["05"] = [2, 1, 0, 0, 0, 1],
            ["06"] = [1, 0, 0, 0, 0, 0],
        });

        // On 30/6/2025 the district still stood and its officer was still in the work.
        var half = (await WorkbookAsync(data, ReportPeriodKind.SixMonth))["Biểu 0604"];
        Expect(half, new() { ["01"] = [8, 5, 1, 1, 3, 3], ["04"] = [1, 1, 0, 0, 0, 1] });
    }

    [Fact]
    public async Task Form0605_CountsStaffByAgeEducationTheoryAndYearsInTheWork()
    {
        var data = await SeedAsync();
        var merges = new Dictionary<string, List<string>>();
        var f = (await WorkbookAsync(data, ReportPeriodKind.Annual, merges))["Biểu 0605"];
        merges["Biểu 0605"].ShouldContain("E5:F5");
        merges["Biểu 0605"].ShouldContain("A5:A6");
        (f["B5"], f["C5"]).ShouldBe(("Mã số", "Đơn vị tính"));
        // total, full-time, part-time, women
        Expect(f, new()
        {
            ["01"] = [5, 3, 2, 3],
            ["02"] = [1, 1, 0, 0],
            ["03"] = [0, 0, 0, 0],
            ["04"] = [2, 1, 1, 2],
            ["05"] = [2, 1, 1, 1],
            ["06"] = [0, 0, 0, 0],
            ["07"] = [1, 1, 0, 1],
            ["08"] = [2, 1, 1, 1],
            ["09"] = [1, 0, 1, 0],
            ["10"] = [0, 0, 0, 0],
            ["11"] = [1, 1, 0, 1],
            ["12"] = [1, 1, 0, 1],
            ["13"] = [1, 0, 1, 1],
            ["14"] = [1, 0, 1, 0],
            ["15"] = [2, 2, 0, 1],
            ["16"] = [2, 2, 0, 1],
            ["17"] = [1, 0, 1, 1],
            ["18"] = [2, 1, 1, 1],
        });
        Units(f).ShouldAllBe(u => u == OrganisationForms.PersonUnit);

        // On 30/6/2025 the district's officer (born 1990, Trung cấp, part-time, since 2015) still counts.
        var half = (await WorkbookAsync(data, ReportPeriodKind.SixMonth))["Biểu 0605"];
        Expect(half, new() { ["01"] = [6, 3, 3, 3], ["03"] = [1, 0, 1, 0], ["10"] = [1, 0, 1, 0], ["17"] = [1, 0, 1, 1], ["18"] = [3, 1, 2, 1] });
    }

    [Fact]
    public async Task Register_CreateKeepsInputOnError_EditShowsHistory_AndOnlyTheAgencyAndAdminMayUseIt()
    {
        using var officer = fixture.Portal.CreatePortalClient();
        await officer.SignInOrFailAsync("tb.chuyenvien", DemoAccounts.Password);
        var (tenantId, unitId) = await fixture.Portal.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var tenantId = await db.Tenants.Where(t => t.Code == "thai-binh").Select(t => t.Id).SingleAsync();
            using var _ = sp.GetRequiredService<ITenantContext>().Use(tenantId);
            return (tenantId, await db.Units.Where(u => u.ValidTo == null).OrderBy(u => u.Code).Select(u => u.Id).FirstAsync());
        });
        var name = "Đặng Thị Thử " + Guid.NewGuid().ToString("N")[..4];
        var fields = new Dictionary<string, string>
        {
            ["FullName"] = name, ["UnitId"] = unitId.ToString(), ["BirthYear"] = "2015", ["Sex"] = "Female", ["Education"] = "Master",
            ["Qualification"] = "Luật học", ["PoliticalTheory"] = "Intermediate", ["FullTime"] = "true", ["StartedYear"] = "2012",
            ["TenantId"] = Guid.NewGuid().ToString(),
        };
        using (var bad = await officer.PostFormAsync("/EmulationStaff/Create", "/EmulationStaff/Create", fields))
        {
            bad.StatusCode.ShouldBe(HttpStatusCode.OK);
            var html = await bad.Content.ReadAsStringAsync();
            PortalClient.Text(html).ShouldContain("Năm sinh phải từ 1940 đến");
            html.ShouldContain($"value=\"{name}\"");
            html.ShouldContain("value=\"Luật học\"");
        }

        fields["BirthYear"] = "1984";
        using (var good = await officer.PostFormAsync("/EmulationStaff/Create", "/EmulationStaff/Create", fields))
        {
            good.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var list = PortalClient.Text(await officer.GetStringAsync("/EmulationStaff?q=" + Uri.EscapeDataString(name.Replace("Đặng Thị", "dang thi", StringComparison.Ordinal))));
        list.ShouldContain(name);
        list.ShouldContain("Chuyên trách");
        var id = await fixture.Portal.WithScopeAsync(async sp =>
        {
            using var _ = sp.GetRequiredService<ITenantContext>().Use(tenantId);
            return await sp.GetRequiredService<AppDbContext>().EmulationStaff.Where(s => s.FullName == name).Select(s => new { s.Id, s.TenantId, s.BirthYear }).SingleAsync();
        });
        (id.TenantId, id.BirthYear).ShouldBe((tenantId, 1984));

        fields["FullTime"] = "false";
        using (var edit = await officer.PostFormAsync($"/EmulationStaff/Edit/{id.Id}", $"/EmulationStaff/Edit/{id.Id}", fields))
        {
            edit.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var page = PortalClient.Text(await officer.GetStringAsync($"/EmulationStaff/Edit/{id.Id}"));
        page.ShouldContain("Lịch sử thay đổi");

        using var admin = fixture.Portal.CreatePortalClient();
        await admin.SignInOrFailAsync("tb.quantri", DemoAccounts.Password);
        (await admin.GetAsync($"/EmulationStaff/Edit/{id.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var other = fixture.Portal.CreatePortalClient();
        await other.SignInOrFailAsync("hy.chuyenvien", DemoAccounts.Password);
        (await other.GetAsync($"/EmulationStaff/Edit/{id.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var staff = fixture.Portal.CreatePortalClient();
        await staff.SignInOrFailAsync("tb.canbo", DemoAccounts.Password);
        using var denied = await staff.GetAsync("/EmulationStaff");
        denied.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        denied.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
    }

    private static void Expect(Dictionary<string, string> sheet, Dictionary<string, int[]> rows)
    {
        foreach (var (code, values) in rows)
        {
            var row = sheet.Single(c => c.Key.StartsWith('B') && c.Value == code).Key[1..];
            var actual = values.Select((_, i) => sheet[(char)('D' + i) + row]).ToArray();
            actual.ShouldBe(values.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray(), $"row {code}");
        }
    }

    private static IEnumerable<string> Units(Dictionary<string, string> sheet)
        => sheet.Where(c => c.Key.StartsWith('B') && c.Key != "B5" && c.Key != "B7" && c.Value.Length > 0).Select(c => sheet["C" + c.Key[1..]]);

    private async Task<Dictionary<string, Dictionary<string, string>>> WorkbookAsync(Guid tenantId, ReportPeriodKind kind, Dictionary<string, List<string>>? merges = null)
    {
        var model = await fixture.Portal.WithScopeAsync(async sp =>
        {
            using var _ = sp.GetRequiredService<ITenantContext>().Use(tenantId);
            return await sp.GetRequiredService<StatisticalFormsPage.Handler>().HandleAsync(2025, kind, CancellationToken.None);
        });
        var sheets = Cells(ReportXlsx.Forms(model.IssuingBody, [.. model.All]), out var found);
        foreach (var (k, v) in found)
        {
            merges?.Add(k, v);
        }

        return sheets;
    }

    private async Task<Guid> SeedAsync()
    {
        var tenantId = Guid.CreateVersion7();
        return await fixture.Portal.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            db.Tenants.Add(new Tenant(tenantId, "tc-" + Guid.NewGuid().ToString("N")[..6], "Tỉnh Tổ Chức", DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
            using var scope = sp.GetRequiredService<ITenantContext>().Use(tenantId);
            var start = new DateOnly(2020, 1, 1);
            Unit U(string code, string name, UnitKind kind, Guid? parent) => new(tenantId, Guid.CreateVersion7(), code, name, kind, parent, start);
            var ubnd = U("UBND", "UBND tỉnh Tổ Chức", UnitKind.ProvinceGovernment, null);
            var ban = U("BTDKT", "Ban Thi đua - Khen thưởng", UnitKind.StandingAgency, ubnd.Id);
            var snv = U("SNV", "Sở Nội vụ", UnitKind.Department, ubnd.Id);
            var syt = U("SYT", "Sở Y tế", UnitKind.Department, ubnd.Id);
            var huyen = U("HUYEN", "UBND huyện Tổ", UnitKind.Locality, ubnd.Id);
            var xa = U("XA", "UBND xã A", UnitKind.Commune, ubnd.Id);
            var xb = U("XB", "UBND xã B", UnitKind.Commune, ubnd.Id);
            var school = U("THPT", "Trường THPT Tổ Chức", UnitKind.School, ubnd.Id);
            db.Units.AddRange(ubnd, ban, snv, syt, huyen, xa, xb, school);
            db.CouncilTerms.Add(new CouncilTerm(tenantId, Guid.CreateVersion7(), "Nhiệm kỳ 2021-2026", new DateOnly(2021, 1, 1), new DateOnly(2026, 12, 31), null));
            await db.SaveChangesAsync();

            EmulationStaffMember S(Unit unit, int born, StaffSex sex, StaffEducation education, PoliticalTheoryLevel theory, bool fullTime, int started, DateOnly? left = null)
            {
                var member = new EmulationStaffMember(tenantId, Guid.CreateVersion7());
                member.Describe(unit.Id, $"Cán bộ {born}", born, sex, education, null, theory, fullTime, started, left);
                return member;
            }

            db.EmulationStaff.AddRange(
                S(ban, 1980, StaffSex.Female, StaffEducation.Master, PoliticalTheoryLevel.Advanced, true, 2010),
                S(ban, 1996, StaffSex.Male, StaffEducation.University, PoliticalTheoryLevel.None, true, 2022),
                S(snv, 1985, StaffSex.Female, StaffEducation.University, PoliticalTheoryLevel.Intermediate, false, 2018),
                S(xa, 1970, StaffSex.Male, StaffEducation.College, PoliticalTheoryLevel.Elementary, false, 2000),
                S(huyen, 1990, StaffSex.Male, StaffEducation.Intermediate, PoliticalTheoryLevel.Intermediate, false, 2015, new DateOnly(2025, 7, 1)),
                S(school, 1988, StaffSex.Female, StaffEducation.Doctorate, PoliticalTheoryLevel.Advanced, false, 2026),
                S(syt, 1975, StaffSex.Female, StaffEducation.Other, PoliticalTheoryLevel.None, true, 2021));

            Campaign C(string name, CampaignLevel level, CampaignKind kind, int from, int to, DateOnly? launch, DateOnly? preliminary, DateOnly? final)
            {
                var campaign = new Campaign(tenantId, Guid.CreateVersion7(), Guid.Empty, DateTimeOffset.UtcNow);
                campaign.Describe(name, level, "Toàn tỉnh", kind, from, to, null, launch, preliminary, final);
                return campaign;
            }

            db.Campaigns.AddRange(
                C("Thi đua xây dựng nông thôn mới", CampaignLevel.Provincial, CampaignKind.Regular, 2021, 2025, new(2021, 3, 1), new(2023, 6, 1), new(2025, 11, 20)),
                C("Cả nước chung tay vì người nghèo", CampaignLevel.Central, CampaignKind.Thematic, 2025, 2025, new(2025, 2, 10), new(2025, 7, 15), null),
                C("Ngành y tế đổi mới phong cách", CampaignLevel.Sector, CampaignKind.Thematic, 2025, 2026, new(2025, 4, 1), null, new(2026, 3, 1)),
                C("Huyện thi đua lao động giỏi", CampaignLevel.District, CampaignKind.Regular, 2024, 2024, new(2024, 1, 5), new(2024, 6, 30), new(2025, 1, 15)),
                C("Chào mừng Đại hội 2026", CampaignLevel.Provincial, CampaignKind.Thematic, 2026, 2026, new(2026, 1, 10), null, null));
            await db.SaveChangesAsync();

            // The reform: the district ends on 1/7/2025 and its work passes to the province.
            var tracked = await db.Units.Include(u => u.Names).Include(u => u.Parents).SingleAsync(u => u.Id == huyen.Id);
            var province = await db.Units.Include(u => u.Names).Include(u => u.Parents).SingleAsync(u => u.Id == ubnd.Id);
            db.UnitLineages.Add(Restructuring.Abolish(tracked, province, new DateOnly(2025, 7, 1), new DecisionReference("202/2025/QH15", new DateOnly(2025, 6, 12))));
            await db.SaveChangesAsync();
            return tenantId;
        });
    }
}
