using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Reporting;
using ThiDuaKhenThuong.TestKit;
using static ThiDuaKhenThuong.IntegrationTests.Reports.ReportTestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Reports;

/// <summary>Every figure of the award sections and of forms 0602/0603 against the hand-counted dataset (<see cref="ReportDataset"/>).</summary>
[Collection(PortalCollection.Name)]
public sealed class ReportFiguresTests(PortalFixture fixture)
{
    private const string Ubnd = "Ủy ban nhân dân tỉnh Kiểm Thử";
    private const string Huyen = "Ủy ban nhân dân huyện Đông Thử";
    private const string Block = "Khối thi đua số 1";

    [Fact]
    public async Task AnnualReport_CountsEveryAwardOfTheYear_ByRecipientLevelKindUnitAndGroup()
    {
        var data = await ReportDataset.GetAsync(fixture);
        var a = (await FiguresAsync(fixture, data, ReportPeriodKind.Annual, new DateOnly(2025, 12, 31))).Awards;

        // 9 awards decided in 2025 (the 2024 one is outside the period).
        a.Total.ShouldBe(9);
        (a.Individuals, a.Collectives, a.Enterprises, a.Households).ShouldBe((5, 3, 1, 1));
        (a.Leaders, a.ProvinceLeaders, a.DepartmentLeaders, a.DivisionLeaders).ShouldBe((2, 0, 1, 1));
        a.DirectWorkers.ShouldBe(3);
        a.DirectWorkerSharePercent.ShouldBe(60m);

        Row(a.ByLevel, "Cấp Nhà nước").ShouldBe(new AwardCountRow("Central", "Cấp Nhà nước", 1, 1, 0));
        Row(a.ByLevel, "Cấp tỉnh").ShouldBe(new AwardCountRow("Province", "Cấp tỉnh", 3, 2, 0));
        Row(a.ByLevel, "Cấp cơ sở").ShouldBe(new AwardCountRow("Unit", "Cấp cơ sở", 1, 0, 1));

        // p1's certificate came from an ad-hoc dossier; the rest are annual (single-kind catalog entries or the default).
        Row(a.ByKind, "Đột xuất").Total.ShouldBe(1);
        Row(a.ByKind, "Thường xuyên").ShouldBe(new AwardCountRow("Annual", "Thường xuyên", 4, 3, 1));
        a.ByKind.Where(r => r.Label is not "Đột xuất" and not "Thường xuyên").Sum(r => r.Total).ShouldBe(0);

        var certificate = a.ByForm.Single(f => f.Code == AwardCodes.ProvincialCertificate);
        (certificate.Individuals, certificate.Collectives, certificate.Households).ShouldBe((2, 1, 0));
        a.ByForm.Sum(f => f.Total).ShouldBe(9);

        // As of 31/12/2025 the abolished district's awards count under the province, which took over its work.
        a.ByUnit.Select(r => (r.Label, r.Total)).ShouldBe([("Sở Y tế", 4), ("Bệnh viện Đa khoa tỉnh", 3), (Ubnd, 2)], ignoreOrder: true);
        a.ByGroup.Select(r => (r.Label, r.Total)).ShouldBe([(Block, 4), ("Không thuộc cụm, khối", 5)], ignoreOrder: true);
    }

    [Fact]
    public async Task AsOf_BeforeAndAfterTheReformOf1July2025_UsesTheUnitsAsTheyWereThen()
    {
        var data = await ReportDataset.GetAsync(fixture);
        var before = (await FiguresAsync(fixture, data, ReportPeriodKind.Annual, new DateOnly(2025, 6, 30))).Awards;
        var after = (await FiguresAsync(fixture, data, ReportPeriodKind.Annual, new DateOnly(2025, 7, 1))).Awards;

        before.ByUnit.Select(r => (r.Label, r.Total)).ShouldBe([("Sở Y tế", 4), ("Bệnh viện Đa khoa tỉnh", 3), (Huyen, 2)], ignoreOrder: true);
        before.ByGroup.Select(r => (r.Label, r.Total)).ShouldBe([(Block, 6), ("Không thuộc cụm, khối", 3)], ignoreOrder: true);
        after.ByUnit.Select(r => (r.Label, r.Total)).ShouldBe([("Sở Y tế", 4), ("Bệnh viện Đa khoa tỉnh", 3), (Ubnd, 2)], ignoreOrder: true);
        after.ByGroup.Single(r => r.Label == Block).Total.ShouldBe(4);
        before.Total.ShouldBe(after.Total);

        // Scopes follow the tree and the cluster of the day too.
        (await FiguresAsync(fixture, data, ReportPeriodKind.Annual, new DateOnly(2025, 6, 30), ReportScopeKind.Unit, data.Huyen)).Awards.Total.ShouldBe(2);
        (await FiguresAsync(fixture, data, ReportPeriodKind.Annual, new DateOnly(2025, 12, 31), ReportScopeKind.Unit, data.Syt)).Awards.Total.ShouldBe(7);
        (await FiguresAsync(fixture, data, ReportPeriodKind.Annual, new DateOnly(2025, 12, 31), ReportScopeKind.Unit, data.Ubnd)).Awards.Total.ShouldBe(9);
        (await FiguresAsync(fixture, data, ReportPeriodKind.Annual, new DateOnly(2025, 6, 30), ReportScopeKind.EmulationGroup, data.Group)).Awards.Total.ShouldBe(6);
        (await FiguresAsync(fixture, data, ReportPeriodKind.Annual, new DateOnly(2025, 12, 31), ReportScopeKind.EmulationGroup, data.Group)).Awards.Total.ShouldBe(4);
    }

    [Fact]
    public async Task SixMonthReport_CountsOnlyTheFirstHalf()
    {
        var data = await ReportDataset.GetAsync(fixture);
        var figures = await FiguresAsync(fixture, data, ReportPeriodKind.SixMonth, new DateOnly(2025, 6, 30));

        // 10/3 (p1), 5/5 (p3), 15/6 (e1).
        figures.Awards.Total.ShouldBe(3);
        (figures.Awards.Individuals, figures.Awards.Collectives, figures.Awards.DirectWorkers).ShouldBe((2, 1, 2));
        // No campaign or council session in this province: real zeros; no plan collection for 2025: no data.
        figures.Campaigns.ShouldBe(new CampaignFigures(0, 0, 0));
        figures.Plans.ShouldBeNull();
        figures.Council.ShouldBe(new CouncilFigures(0, 0, 0));
        figures.Dossiers.Received.ShouldBe(0);
        figures.Dossiers.NominationOutcomes.Single(o => o.Outcome == "Awarded").Count.ShouldBe(1);
    }

    [Fact]
    public async Task Forms0602And0603_EveryCellMatchesTheHandCount_InTheModelAndInExcel()
    {
        var data = await ReportDataset.GetAsync(fixture);
        var cube = (await CubeAsync(fixture, data, new DateOnly(2025, 12, 31))).ToList();
        var f0603 = StatisticalForms.Form0603(cube, "năm 2025");
        var f0602 = StatisticalForms.Form0602(cube, "năm 2025");

        // 0603 columns: total TT, CN | certificate TT, CN | fighter CN | flag TT | excellent collective TT | medal CN | other TT, CN.
        int[] zero0603 = new int[10];
        Expected0603().ToList().ForEach(e => f0603.Rows.Single(r => r.Code == e.Key).Values.ShouldBe(e.Value, $"0603 row {e.Key}"));
        f0603.Rows.Where(r => r.Values is not null && !Expected0603().ContainsKey(r.Code!)).ToList().ForEach(r => r.Values.ShouldBe(zero0603, $"0603 row {r.Code}"));

        // 0602 columns: total TT, CN | orders TT, CN | HCM prize CN | State prize CN | honorary TT, CN | Government flag TT | PM certificate TT, CN | national fighter CN | other TT, CN.
        int[] zero0602 = new int[14];
        Expected0602().ToList().ForEach(e => f0602.Rows.Single(r => r.Code == e.Key).Values.ShouldBe(e.Value, $"0602 row {e.Key}"));
        f0602.Rows.Where(r => r.Values is not null && !Expected0602().ContainsKey(r.Code!)).ToList().ForEach(r => r.Values.ShouldBe(zero0602, $"0602 row {r.Code}"));

        var sheets = Cells(Infrastructure.Reporting.ReportXlsx.Forms("UBND Tỉnh Kiểm Thử", f0602, f0603), out var merges);
        var sheet = sheets["Biểu 0603"];
        sheet["A2"].ShouldBe("SỐ LƯỢT TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG CẤP TỈNH");
        sheet["D5"].ShouldBe("Tổng số");
        sheet["F5"].ShouldBe("Bằng khen của Chủ tịch UBND tỉnh");
        merges["Biểu 0603"].ShouldContain("D5:E5");
        merges["Biểu 0603"].ShouldContain("A5:A6");
        for (var i = 0; i < f0603.Rows.Count; i++)
        {
            var row = f0603.Rows[i];
            var line = Infrastructure.Reporting.ReportXlsx.FormFirstDataRow + i;
            sheet[$"A{line}"].ShouldBe(row.Label);
            if (row.Values is { } values)
            {
                sheet[$"B{line}"].ShouldBe(row.Code);
                Enumerable.Range(0, values.Count).Select(c => sheet[Ref(line, 4 + c)]).ShouldBe(values.Select(v => v.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            }
        }

        sheets["Biểu 0602"]["A8"].ShouldBe("Tổng số");
        sheets["Biểu 0602"]["D8"].ShouldBe("1");
        sheets["Biểu 0602"]["E8"].ShouldBe("1");
    }

    private static Dictionary<string, int[]> Expected0603() => new()
    {
        ["01"] = [2, 3, 1, 2, 1, 1, 0, 0, 0, 0],
        ["02"] = [2, 0, 1, 0, 0, 1, 0, 0, 0, 0],
        ["03"] = [1, 0, 1, 0, 0, 0, 0, 0, 0, 0],
        ["05"] = [0, 3, 0, 2, 1, 0, 0, 0, 0, 0],
        ["07"] = [0, 1, 0, 1, 0, 0, 0, 0, 0, 0],
        ["10"] = [0, 2, 0, 1, 1, 0, 0, 0, 0, 0],
        ["11"] = [2, 2, 1, 1, 1, 1, 0, 0, 0, 0],
        ["13"] = [0, 1, 0, 1, 0, 0, 0, 0, 0, 0],
    };

    private static Dictionary<string, int[]> Expected0602() => new()
    {
        ["1"] = [1, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0],
        ["3"] = [1, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0],
        ["6"] = [1, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0],
        ["9"] = [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0],
        ["13"] = [0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0],
        ["15"] = [1, 1, 0, 0, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0],
    };

    private static string Ref(int row, int column) => ((char)('A' + column - 1)).ToString() + row.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
