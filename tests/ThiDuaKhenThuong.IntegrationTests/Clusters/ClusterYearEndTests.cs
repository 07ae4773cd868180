using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Domain.Organisation.Scoring;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Clusters;

/// <summary>Publication, the suy tôn ballot, the proposal dossier and next year's rotation.</summary>
[Collection(PortalCollection.Name)]
public sealed partial class ClusterYearEndTests(PortalFixture fixture)
{
    private readonly ClusterSteps steps = new(fixture);

    [Fact]
    public async Task SuyTon_TakesOneBallotPerMemberUnit_KeepsNoVoterOnTheBallot_AndShowsCountsOnlyAfterClosing()
    {
        var built = await steps.CreateGroupAsync(CrossScoringMode.LeaderAndDeputy, "BQLKKT", "SGDDT", "SLDTBXH", "SVHTTDL");
        await steps.SeedCrossScoresAsync(built, (_, member) => member == "SLDTBXH" ? (55, 35) : (50, 30));
        using var leader = await steps.StaffOfAsync("BQLKKT");
        using var deputy = await steps.StaffOfAsync("SGDDT");
        using var favourite = await steps.StaffOfAsync("SLDTBXH");
        using var favouriteHead = await steps.StaffOfAsync("SLDTBXH", Roles.UnitLeader);
        using var last = await steps.StaffOfAsync("SVHTTDL");
        var vote = new Dictionary<string, string> { ["candidate"] = built.Units["SLDTBXH"].ToString() };

        (await ClusterSteps.PostAsync(leader, built.GroupId, "OpenVote")).ShouldContain("Cần công bố kết quả chấm điểm trước khi bỏ phiếu suy tôn.");
        (await ClusterSteps.PostAsync(leader, built.GroupId, "Publish")).ShouldContain("Đã công bố kết quả");
        (await ClusterSteps.PostAsync(favourite, built.GroupId, "Vote", vote)).ShouldContain("Cuộc bỏ phiếu suy tôn chưa mở hoặc đã kết thúc.");
        (await ClusterSteps.PostAsync(leader, built.GroupId, "OpenVote")).ShouldContain("Đã mở bỏ phiếu suy tôn.");

        (await ClusterSteps.PostAsync(leader, built.GroupId, "Vote", vote)).ShouldContain("Đã ghi nhận phiếu suy tôn của đơn vị.");
        (await ClusterSteps.PostAsync(deputy, built.GroupId, "Vote", vote)).ShouldContain("Đã ghi nhận phiếu suy tôn của đơn vị.");
        (await ClusterSteps.PostAsync(favourite, built.GroupId, "Vote", vote)).ShouldContain("Đã ghi nhận phiếu suy tôn của đơn vị.");
        (await ClusterSteps.PostAsync(favouriteHead, built.GroupId, "Vote", vote)).ShouldContain("Đơn vị của bạn đã bỏ phiếu suy tôn; mỗi đơn vị chỉ bỏ một phiếu.");

        // Ten simultaneous posts by one unit: one ballot.
        var other = new Dictionary<string, string> { ["candidate"] = built.Units["SVHTTDL"].ToString() };
        var burst = Enumerable.Range(0, 10).Select(async _ =>
        {
            using var response = await last.PostFormAsync($"/Clusters/Details/{built.GroupId}", $"/Clusters/Vote/{built.GroupId}", other);
            return response.StatusCode;
        });
        (await Task.WhenAll(burst)).ShouldAllBe(s => s == HttpStatusCode.Redirect);

        var during = PortalClient.Text(await leader.GetStringAsync($"/Clusters/Details/{built.GroupId}"));
        during.ShouldContain("Đang bỏ phiếu: 4/4 đơn vị đã bỏ phiếu.");
        during.ShouldNotContain("3 phiếu", Case.Sensitive, "no running tally while the vote is open");

        var stored = await steps.InTenantAsync(async db => new
        {
            Ballots = await db.GroupBallots.CountAsync(b => b.GroupId == built.GroupId),
            Participations = await db.GroupBallotParticipations.CountAsync(p => p.GroupId == built.GroupId),
            Columns = await db.Database.SqlQueryRaw<string>(
                "SELECT column_name AS \"Value\" FROM information_schema.columns WHERE table_name = 'group_ballots' ORDER BY column_name").ToListAsync(),
        });
        stored.Ballots.ShouldBe(4);
        stored.Participations.ShouldBe(4);
        stored.Columns.ShouldBe(["candidate_unit_id", "group_id", "id", "tenant_id"]);

        (await ClusterSteps.PostAsync(favourite, built.GroupId, "CloseVote")).ShouldContain("Chỉ đơn vị trưởng cụm, khối được kết thúc bỏ phiếu.");
        var after = await ClusterSteps.PostAsync(leader, built.GroupId, "CloseVote");
        after.ShouldContain("Sở Lao động - Thương binh và Xã hội: 3 phiếu");
        after.ShouldContain("Sở Văn hóa, Thể thao và Du lịch: 1 phiếu");
        after.ShouldContain("Đơn vị được suy tôn dẫn đầu: Sở Lao động - Thương binh và Xã hội.");
    }

    [Fact]
    public async Task Proposal_OfferstheFlagAndAtMostHalfTheOthersCertificates_AndReachesTheStandingAgencysInbox()
    {
        var built = await steps.CreateGroupAsync(CrossScoringMode.LeaderAndDeputy, "CTHUE", "KBNN", "NHNN", "BHXH", "CTK", "MTTQ", "LDLD");
        var order = new[] { "NHNN", "BHXH", "CTK", "MTTQ", "LDLD", "CTHUE", "KBNN" };
        await steps.SeedCrossScoresAsync(built, (_, member) => (55 - Array.IndexOf(order, member), 35));
        using var leader = await steps.StaffOfAsync("CTHUE");
        using var head = await steps.StaffOfAsync("CTHUE", Roles.UnitLeader);
        using var officer = await steps.SignedInAsync("tb.chuyenvien");
        await ClusterSteps.PostAsync(leader, built.GroupId, "Publish");
        await ClusterSteps.PostAsync(leader, built.GroupId, "OpenVote");
        await ClusterSteps.PostAsync(leader, built.GroupId, "Vote", new() { ["candidate"] = built.Units["NHNN"].ToString() });
        (await ClusterSteps.PostAsync(leader, built.GroupId, "CloseVote")).ShouldContain("chọn tối đa 3 đơn vị (50 % của 6 đơn vị còn lại, làm tròn xuống)");

        var tooMany = await PostProposalAsync(leader, built, "BHXH", "CTK", "MTTQ", "LDLD");
        tooMany.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        PortalClient.Text(await leader.GetStringAsync(tooMany.Headers.Location!.ToString()))
            .ShouldContain("Chỉ được đề nghị Bằng khen cho tối đa 3 đơn vị (50 % của 6 đơn vị còn lại, làm tròn xuống); đã chọn 4.");

        var created = await PostProposalAsync(leader, built, "BHXH", "CTK", "MTTQ");
        created.Headers.Location!.ToString().ShouldStartWith("/Dossiers/Details/");
        var dossierId = Guid.Parse(created.Headers.Location!.ToString().Split('/').Last());
        var dossier = await steps.InTenantAsync(db => db.Dossiers.Include(d => d.Nominations).SingleAsync(d => d.Id == dossierId));
        dossier.Kind.ShouldBe(AwardKinds.Annual);
        dossier.UnitId.ShouldBe(built.Units["CTHUE"]);
        dossier.Nominations.Count(n => n.AwardCode == AwardCodes.ProvincialFlag && n.Nominee.Name == "Ngân hàng Nhà nước chi nhánh tỉnh").ShouldBe(1);
        dossier.Nominations.Count(n => n.AwardCode == AwardCodes.ProvincialCertificate).ShouldBe(3);
        dossier.Nominations.ShouldAllBe(n => n.Nominee.Kind == NomineeKind.Collective);
        (await PostProposalAsync(leader, built, "BHXH")).Headers.Location!.ToString().ShouldBe($"/Clusters/Details/{built.GroupId}", "one proposal per cluster and year");

        foreach (var code in new[] { DocumentCodes.CoverLetter, DocumentCodes.UnitCouncilMinutes, DocumentCodes.EmulationGroupMinutes })
        {
            await UploadAsync(leader, dossierId, code, null);
        }

        foreach (var nomination in dossier.Nominations)
        {
            await UploadAsync(leader, dossierId, DocumentCodes.AchievementReport, nomination.Id);
            if (nomination.EligibilityStatus == EligibilityStatus.Fail)
            {
                using var justified = await leader.PostFormAsync($"/Nominations/Details/{nomination.Id}", $"/Nominations/Justify/{nomination.Id}",
                    new Dictionary<string, string> { ["justification"] = "Đơn vị được Khối bình xét, suy tôn năm 2025." });
                justified.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            }
        }

        (await ActAsync(leader, dossierId, "submit-to-leader")).ShouldContain("Đã thực hiện thao tác.");
        (await ActAsync(head, dossierId, "send")).ShouldContain("Đã thực hiện thao tác.");
        var inbox = PortalClient.Text(await officer.GetStringAsync("/Dossiers?Year=2025&Q=" + Uri.EscapeDataString(dossier.Title)));
        inbox.ShouldContain(dossier.Title);
        inbox.ShouldContain("Đã gửi, chờ tiếp nhận");
        PortalClient.Text(await officer.GetStringAsync($"/Clusters/Details/{built.GroupId}")).ShouldContain("Đã lập hồ sơ đề nghị.");
    }

    [Fact]
    public async Task Rotation_SetsNextYearsLeaderAndDeputy_CreatingNextYearsCluster()
    {
        // A far year: a cluster created for the year after must not become the directory's latest year of clusters.
        var built = await steps.CreateGroupAsync(2090, CrossScoringMode.LeaderAndDeputy, "SYT", "SKHCN", "STTTT");
        using var leader = await steps.StaffOfAsync("SYT");

        (await ClusterSteps.PostAsync(leader, built.GroupId, "Rotation", new() { ["NextLeader"] = built.Units["STTTT"].ToString(), ["NextDeputy"] = built.Units["STTTT"].ToString() }))
            .ShouldContain("Đơn vị trưởng và đơn vị phó năm sau phải là hai đơn vị khác nhau.");
        var page = await ClusterSteps.PostAsync(leader, built.GroupId, "Rotation", new() { ["NextLeader"] = built.Units["STTTT"].ToString(), ["NextDeputy"] = built.Units["SKHCN"].ToString() });
        page.ShouldContain("Năm 2091: trưởng Sở Thông tin và Truyền thông, phó Sở Khoa học và Công nghệ.");

        var next = await steps.InTenantAsync(async db =>
        {
            var code = await db.EmulationGroups.Where(g => g.Id == built.GroupId).Select(g => g.Code).SingleAsync();
            return await db.EmulationGroups.Include(g => g.Leaders).Include(g => g.Members).SingleAsync(g => g.Code == code && g.Year == 2091);
        });
        next.Members.Count.ShouldBe(3);
        next.Leaders.Count.ShouldBe(2);
        next.Leaders.Single(l => l.Role == Domain.Organisation.GroupRole.Leader).UnitId.ShouldBe(built.Units["STTTT"]);
    }

    private static async Task<HttpResponseMessage> PostProposalAsync(PortalClient client, ClusterSteps.Built built, params string[] certificates)
    {
        var page = await client.GetStringAsync($"/Clusters/Details/{built.GroupId}");
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value)) };
        fields.AddRange(certificates.Select(c => new KeyValuePair<string, string>("Certificates", built.Units[c].ToString())));
        using var content = new FormUrlEncodedContent(fields);
        return await client.Http.PostAsync(new Uri($"/Clusters/Proposal/{built.GroupId}", UriKind.Relative), content);
    }

    private static async Task<string> ActAsync(PortalClient client, Guid id, string action)
    {
        var page = await client.GetStringAsync($"/Dossiers/Details/{id}");
        page.ShouldContain($"value=\"{action}\"", Case.Sensitive, $"the action {action} must be offered: {PortalClient.Text(page)}");
        using var response = await client.PostFormAsync($"/Dossiers/Details/{id}", $"/Dossiers/Act/{id}", new Dictionary<string, string>
        {
            ["FormToken"] = Field(page, "FormToken"),
            ["Version"] = Field(page, "Version"),
            ["Action"] = action,
            ["Comment"] = string.Empty,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return PortalClient.Text(await client.GetStringAsync(response.Headers.Location!.ToString()));
    }

    private static async Task UploadAsync(PortalClient client, Guid id, string code, Guid? nominationId)
    {
        var page = await client.GetStringAsync($"/Dossiers/Details/{id}");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value)), "__RequestVerificationToken" },
            { new StringContent(code), "DocumentCode" },
        };
        if (nominationId is { } n)
        {
            form.Add(new StringContent(n.ToString()), "NominationId");
        }

        var file = new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.4\n" + code + "\n%%EOF"));
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "File", code + ".pdf");
        using var response = await client.Http.PostAsync(new Uri($"/Dossiers/Upload/{id}", UriKind.Relative), form);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
    }

    private static string Field(string html, string name)
        => Regex.Match(html, $"name=\"{name}\" value=\"([^\"]*)\"").Groups[1].Value;

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
