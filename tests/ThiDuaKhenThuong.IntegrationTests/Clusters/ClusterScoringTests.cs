using System.Net;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Organisation.Scoring;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Clusters;

/// <summary>Self-assessment, cross-scoring and consolidation of a cluster's year through the browser's forms.</summary>
[Collection(PortalCollection.Name)]
public sealed class ClusterScoringTests(PortalFixture fixture)
{
    private readonly ClusterSteps steps = new(fixture);

    [Fact]
    public async Task PeerScores_StayHidden_UntilAllAreIn_ThenTheRankingSharesRanksOnTies_AndMembersSeeItAfterPublication()
    {
        var built = await steps.CreateGroupAsync(CrossScoringMode.Peers, "STP", "TTRA", "SKHDT");
        using var stp = await steps.StaffOfAsync("STP");
        using var ttra = await steps.StaffOfAsync("TTRA");
        using var skhdt = await steps.StaffOfAsync("SKHDT");
        string Cross(string unit) => $"/Clusters/CrossScore/{built.GroupId}?unit={built.Units[unit]}";

        (await ClusterSteps.ScoreAsync(stp, built, Cross("SKHDT"), "23,75", "20", "0", "0")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ClusterSteps.ScoreAsync(stp, built, Cross("TTRA"), "30", "20", "0", "0")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var othersPage = await ttra.GetStringAsync(Cross("SKHDT"));
        othersPage.ShouldContain("Chấm điểm chéo Sở Kế hoạch và Đầu tư");
        othersPage.ShouldNotContain("23,75", Case.Sensitive, "another scorer's points are hidden");
        (await stp.GetStringAsync(Cross("SKHDT"))).ShouldContain("value=\"23,75\"");
        var pending = PortalClient.Text(await stp.GetStringAsync($"/Clusters/Details/{built.GroupId}"));
        pending.ShouldContain("Chưa đủ điểm chấm chéo của tất cả đơn vị");
        pending.ShouldNotContain("Điểm tổng hợp =", Case.Sensitive, "no ranking before every cross-score is in");

        (await ClusterSteps.ScoreAsync(ttra, built, Cross("SKHDT"), "26.25", "20", "0", "0")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ClusterSteps.ScoreAsync(ttra, built, Cross("STP"), "30", "20", "0", "0")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ClusterSteps.ScoreAsync(skhdt, built, Cross("STP"), "25", "20", "5", "0")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await ClusterSteps.ScoreAsync(skhdt, built, Cross("TTRA"), "30", "25", "0", "5")).StatusCode.ShouldBe(HttpStatusCode.Redirect);

        // STP: (30+25)/2 + 20 + 2.5 = 50; TTRA: 30 + 22.5 − 2.5 = 50; SKHDT: 25 + 20 = 45.
        var leaderView = PortalClient.Text(await stp.GetStringAsync($"/Clusters/Details/{built.GroupId}"));
        leaderView.ShouldContain("1 Sở Tư pháp 50,00 1 Thanh tra tỉnh 50,00 3 Sở Kế hoạch và Đầu tư 45,00");

        var memberBefore = PortalClient.Text(await skhdt.GetStringAsync($"/Clusters/Details/{built.GroupId}"));
        memberBefore.ShouldContain("Điểm tổng hợp của đơn vị bạn: 45,00");
        memberBefore.ShouldNotContain("Thanh tra tỉnh 50,00");
        memberBefore.ShouldContain("Bảng xếp hạng sẽ hiển thị khi đơn vị trưởng công bố kết quả.");

        (await ClusterSteps.PostAsync(skhdt, built.GroupId, "Publish")).ShouldContain("Chỉ đơn vị trưởng cụm, khối được công bố kết quả.");
        (await ClusterSteps.PostAsync(stp, built.GroupId, "Publish")).ShouldContain("Đã công bố kết quả chấm điểm và xếp hạng.");
        var memberAfter = PortalClient.Text(await skhdt.GetStringAsync($"/Clusters/Details/{built.GroupId}"));
        memberAfter.ShouldContain("1 Sở Tư pháp 50,00 1 Thanh tra tỉnh 50,00 3 Sở Kế hoạch và Đầu tư 45,00");
        memberAfter.ShouldContain("Điểm tổng hợp của đơn vị bạn: 45,00 , xếp hạng 3.");

        (await ClusterSteps.ScoreAsync(ttra, built, Cross("SKHDT"), "60", "40", "0", "0")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await steps.InTenantAsync(db => db.GroupScores.CountAsync(s => s.GroupId == built.GroupId && s.Points == 60))).ShouldBe(0, "published scores are frozen");
    }

    [Fact]
    public async Task AUnitNeverCrossScoresItself()
    {
        var built = await steps.CreateGroupAsync(CrossScoringMode.Peers, "SCT", "SNNPTNT", "SGTVT");
        using var sct = await steps.StaffOfAsync("SCT");

        using var response = await ClusterSteps.ScoreAsync(sct, built, $"/Clusters/CrossScore/{built.GroupId}?unit={built.Units["SCT"]}", "60", "40");

        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        PortalClient.Text(await sct.GetStringAsync(response.Headers.Location!.ToString())).ShouldContain("Đơn vị không được tự chấm điểm chéo cho chính mình.");
        (await steps.InTenantAsync(db => db.GroupScores.CountAsync(s => s.GroupId == built.GroupId))).ShouldBe(0);
    }

    [Fact]
    public async Task SelfAssessment_IsStoredForTheOwnUnitOnly_WithAClearMessageForBadPoints()
    {
        var built = await steps.CreateGroupAsync(CrossScoringMode.LeaderAndDeputy, "SXD", "STNMT", "BQLKKT");
        using var member = await steps.StaffOfAsync("BQLKKT");
        var url = $"/Clusters/SelfAssessment/{built.GroupId}";

        using var bad = await ClusterSteps.ScoreAsync(member, built, url, "75", "abc");
        bad.StatusCode.ShouldBe(HttpStatusCode.OK);
        var badText = PortalClient.Text(await bad.Content.ReadAsStringAsync());
        badText.ShouldContain("Điểm của tiêu chí \"Hoàn thành nhiệm vụ\" phải từ 0 đến 60");
        badText.ShouldContain("Điểm của tiêu chí \"Tổ chức phong trào\" phải là một số.");
        (await bad.Content.ReadAsStringAsync()).ShouldContain("value=\"abc\"", Case.Sensitive, "the typed value is kept");

        (await ClusterSteps.ScoreAsync(member, built, url, "55,5", "38")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var rows = await steps.InTenantAsync(db => db.GroupScores.Where(s => s.GroupId == built.GroupId).ToListAsync());
        rows.Count.ShouldBe(2);
        rows.ShouldAllBe(s => s.ScoredUnitId == built.Units["BQLKKT"] && s.ScorerUnitId == built.Units["BQLKKT"]);
        rows.Sum(s => s.Points).ShouldBe(93.5m);
    }

    [Fact]
    public async Task AScorerFarFromTheOthers_IsFlaggedForTheLeaderUnit_NotShownToMembers()
    {
        var built = await steps.CreateGroupAsync(CrossScoringMode.Peers, "VP-UBND", "STC", "SGTVT", "STNMT");
        await steps.SeedCrossScoresAsync(built, (scorer, member) => scorer == "STNMT" && member == "VP-UBND" ? (30, 20) : (50, 30));
        using var leader = await steps.StaffOfAsync("VP-UBND");
        using var member = await steps.StaffOfAsync("SGTVT");

        PortalClient.Text(await leader.GetStringAsync($"/Clusters/Details/{built.GroupId}"))
            .ShouldContain("Sở Tài nguyên và Môi trường chấm Văn phòng Ủy ban nhân dân tỉnh lệch 30,00 điểm");
        PortalClient.Text(await member.GetStringAsync($"/Clusters/Details/{built.GroupId}")).ShouldNotContain("lệch 30,00");
    }
}
