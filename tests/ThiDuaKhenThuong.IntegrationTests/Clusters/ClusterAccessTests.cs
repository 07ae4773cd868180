using System.Net;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Organisation.Scoring;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Clusters;

/// <summary>Who sees and changes what in a cluster's year.</summary>
[Collection(PortalCollection.Name)]
public sealed class ClusterAccessTests(PortalFixture fixture)
{
    private readonly ClusterSteps steps = new(fixture);

    [Fact]
    public async Task AMember_CannotWriteAnotherMembersScores_NorOpenAScorersPage()
    {
        var built = await steps.CreateGroupAsync(CrossScoringMode.LeaderAndDeputy, "SCT", "SNNPTNT", "SGTVT", "SXD");
        using var member = await steps.StaffOfAsync("SGTVT");
        var other = $"/Clusters/CrossScore/{built.GroupId}?unit={built.Units["SXD"]}";

        (await member.GetAsync(other)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ClusterSteps.ScoreAsync(member, built, other, "60", "40")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ClusterSteps.PostAsync(member, built.GroupId, "Settings", new() { ["Mode"] = "Peers", ["CertificateSharePercent"] = "100" }))
            .ShouldContain("Chỉ đơn vị trưởng cụm, khối được đổi thiết lập.");

        var stored = await steps.InTenantAsync(async db => new
        {
            Scores = await db.GroupScores.CountAsync(s => s.GroupId == built.GroupId),
            Year = await db.GroupYears.SingleAsync(y => y.GroupId == built.GroupId),
        });
        stored.Scores.ShouldBe(0);
        stored.Year.Mode.ShouldBe(CrossScoringMode.LeaderAndDeputy);
        stored.Year.CertificateSharePercent.ShouldBe(50);
    }

    [Fact]
    public async Task AnotherClusterAndAnotherProvince_SeeNothing_WhileTheStandingAgencySeesEveryCluster()
    {
        var built = await steps.CreateGroupAsync(CrossScoringMode.Peers, "SKHDT", "STC", "STP");
        using var outsider = await steps.SignedInAsync("tb.canbo");
        using var otherProvince = await steps.SignedInAsync("hy.canbo");
        using var officer = await steps.SignedInAsync("tb.chuyenvien");
        using var member = await steps.StaffOfAsync("STC");
        var pages = new[]
        {
            $"/Clusters/Details/{built.GroupId}",
            $"/Clusters/Sheet/{built.GroupId}",
            $"/Clusters/SelfAssessment/{built.GroupId}",
            $"/Clusters/CrossScore/{built.GroupId}?unit={built.Units["STP"]}",
            $"/Clusters/File/{built.GroupId}?fileId={Guid.NewGuid()}",
        };

        foreach (var page in pages)
        {
            (await outsider.GetAsync(page)).StatusCode.ShouldBe(HttpStatusCode.NotFound, page);
            (await otherProvince.GetAsync(page)).StatusCode.ShouldBe(HttpStatusCode.NotFound, page);
        }

        (await outsider.GetStringAsync("/Clusters?year=2025")).ShouldNotContain(built.GroupId.ToString());
        (await member.GetStringAsync("/Clusters?year=2025")).ShouldContain(built.GroupId.ToString());
        (await officer.GetStringAsync("/Clusters?year=2025")).ShouldContain(built.GroupId.ToString());
        (await officer.GetAsync($"/Clusters/Details/{built.GroupId}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await ClusterSteps.ScoreAsync(outsider, built, $"/Clusters/SelfAssessment/{built.GroupId}", "10")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await steps.InTenantAsync(db => db.GroupScores.CountAsync(s => s.GroupId == built.GroupId))).ShouldBe(0);
    }

    [Fact]
    public async Task TheLeaderUnit_CopiesLastYearsSheet_OrStartsFromTheDefault_AndUploadsTheSignedCommitment()
    {
        var built = await steps.CreateGroupAsync(CrossScoringMode.Peers, "SNV", "STC", "STP");
        await steps.InTenantAsync(async db =>
        {
            await db.ScoringCriteria.Where(c => c.GroupId == built.GroupId).ExecuteDeleteAsync();
            return 0;
        });
        using var leader = await steps.StaffOfAsync("SNV");

        using (var copy = await leader.PostFormAsync($"/Clusters/Sheet/{built.GroupId}", $"/Clusters/CopySheet/{built.GroupId}", new Dictionary<string, string>()))
        {
            copy.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        var sheet = PortalClient.Text(await leader.GetStringAsync($"/Clusters/Sheet/{built.GroupId}"));
        sheet.ShouldContain("Năm 2024 chưa có bảng điểm; đã tạo bảng điểm mẫu để chỉnh sửa.");
        sheet.ShouldContain("Điểm tối đa (tiêu chí + điểm thưởng): 110");

        using var form = new MultipartFormDataContent
        {
            { new StringContent(await TokenAsync(leader, built.GroupId)), "__RequestVerificationToken" },
            { new StringContent("2025-02-14"), "SignedOn" },
        };
        var file = new ByteArrayContent(System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\ngiao uoc\n%%EOF"));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/pdf");
        form.Add(file, "File", "giao-uoc-2025.pdf");
        using var upload = await leader.Http.PostAsync(new Uri($"/Clusters/Commitment/{built.GroupId}", UriKind.Relative), form);
        upload.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = PortalClient.Text(await leader.GetStringAsync($"/Clusters/Details/{built.GroupId}"));
        page.ShouldContain("Đã ký ngày 14/02/2025: giao-uoc-2025.pdf");
        using var member = await steps.StaffOfAsync("STP");
        var html = await member.GetStringAsync($"/Clusters/Details/{built.GroupId}");
        var link = System.Text.RegularExpressions.Regex.Match(html, "href=\"(/Clusters/File/[^\"]+)\"").Groups[1].Value;
        using var download = await member.GetAsync(System.Net.WebUtility.HtmlDecode(link));
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await download.Content.ReadAsStringAsync()).ShouldContain("giao uoc");
    }

    private static async Task<string> TokenAsync(PortalClient client, Guid groupId)
    {
        var page = await client.GetStringAsync($"/Clusters/Details/{groupId}");
        return System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value);
    }
}
