using System.Net;
using MiniExcelLibs;
using ThiDuaKhenThuong.Domain.Organisation.Scoring;
using ThiDuaKhenThuong.IntegrationTests.CouncilSessions;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Clusters;

/// <summary>The ranking workbook once published, and the vote-count minutes of the suy tôn vote once it is closed.</summary>
public sealed partial class ClusterYearEndTests
{
    private const string Favourite = "Sở Lao động - Thương binh và Xã hội";

    [Fact]
    public async Task RankingWorkbook_AfterPublication_AndVoteMinutes_AfterClosing_SayWhatThePageSays()
    {
        var built = await steps.CreateGroupAsync(CrossScoringMode.LeaderAndDeputy, "BQLKKT", "SGDDT", "SLDTBXH", "SVHTTDL");
        await steps.SeedCrossScoresAsync(built, (_, member) => member == "SLDTBXH" ? (55, 35) : (50, 30));
        using var leader = await steps.StaffOfAsync("BQLKKT");
        using var deputy = await steps.StaffOfAsync("SGDDT");
        using var favourite = await steps.StaffOfAsync("SLDTBXH");
        using var last = await steps.StaffOfAsync("SVHTTDL");

        // Before publication only the leader unit (and the Standing Agency) see the ranking; a member cannot export it.
        using (var early = await leader.GetAsync($"/Clusters/Ranking/{built.GroupId}"))
        {
            early.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await FollowAsync(favourite, $"/Clusters/Ranking/{built.GroupId}")).ShouldContain("Bảng xếp hạng chỉ xuất được khi đã đủ điểm chấm và đơn vị trưởng đã công bố kết quả.");
        (await ClusterSteps.PostAsync(leader, built.GroupId, "Publish")).ShouldContain("Đã công bố kết quả");
        (await leader.GetStringAsync($"/Clusters/Details/{built.GroupId}")).ShouldContain($"/Clusters/Ranking/{built.GroupId}");

        using (var workbook = await favourite.GetAsync($"/Clusters/Ranking/{built.GroupId}"))
        {
            workbook.StatusCode.ShouldBe(HttpStatusCode.OK);
            workbook.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            using var stream = new MemoryStream(await workbook.Content.ReadAsByteArrayAsync());
            var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
            rows.Count.ShouldBe(4);
            rows[0]["Đơn vị"].ShouldBe(Favourite);
            Convert.ToInt32(rows[0]["Hạng"], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(1);
            rows.Skip(1).ShouldAllBe(r => Convert.ToInt32(r["Hạng"], System.Globalization.CultureInfo.InvariantCulture) == 2, "equal scores share a rank");
            var best = Convert.ToDecimal(rows[0]["Điểm tổng hợp"], System.Globalization.CultureInfo.InvariantCulture);
            rows.Skip(1).ShouldAllBe(r => Convert.ToDecimal(r["Điểm tổng hợp"], System.Globalization.CultureInfo.InvariantCulture) < best);
            PortalClient.Text(await leader.GetStringAsync($"/Clusters/Details/{built.GroupId}"))
                .ShouldContain(best.ToString("0.00", System.Globalization.CultureInfo.GetCultureInfo("vi-VN")), Case.Sensitive, "the workbook's score is the page's");
        }

        (await ClusterSteps.PostAsync(leader, built.GroupId, "OpenVote")).ShouldContain("Đã mở bỏ phiếu suy tôn.");
        var vote = new Dictionary<string, string> { ["candidate"] = built.Units["SLDTBXH"].ToString() };
        foreach (var member in new[] { leader, deputy, favourite })
        {
            (await ClusterSteps.PostAsync(member, built.GroupId, "Vote", vote)).ShouldContain("Đã ghi nhận phiếu suy tôn của đơn vị.");
        }

        (await FollowAsync(leader, $"/Clusters/VoteMinutes/{built.GroupId}")).ShouldContain("Biên bản kiểm phiếu có sau khi kết thúc bỏ phiếu suy tôn.");
        (await ClusterSteps.PostAsync(last, built.GroupId, "Vote", new Dictionary<string, string> { ["candidate"] = built.Units["SVHTTDL"].ToString() }))
            .ShouldContain("Đã ghi nhận phiếu suy tôn của đơn vị.");
        (await ClusterSteps.PostAsync(leader, built.GroupId, "CloseVote")).ShouldContain("Đã kết thúc bỏ phiếu suy tôn.");

        using var minutes = await last.GetAsync($"/Clusters/VoteMinutes/{built.GroupId}");
        var text = await CouncilSessionsTestKit.PdfTextAsync(minutes);
        text.ShouldContain("BIÊN BẢN KIỂM PHIẾU");
        text.ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        text.ShouldContain("Số đơn vị đã bỏ phiếu: 4/4. Số phiếu thu về: 4.");
        text.ShouldContain("ít nhất 3 phiếu");
        text.ShouldContain($"1 {Favourite} 3 75,0 %");
        text.ShouldContain("2 Sở Văn hóa, Thể thao và Du lịch 1 25,0 %");
        text.ShouldContain($"Kết quả: {Favourite} được suy tôn là đơn vị dẫn đầu");
    }

    /// <summary>Gets an address that redirects back with a message, and returns the text of the page it lands on.</summary>
    private static async Task<string> FollowAsync(PortalClient client, string url)
    {
        using var response = await client.GetAsync(url);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return PortalClient.Text(await client.GetStringAsync(response.Headers.Location!.ToString()));
    }
}
