using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.IntegrationTests.Nominations;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Decisions;

/// <summary>Dossiers brought to the point of a decision, and the decision forms as a browser posts them.</summary>
internal static partial class DecisionsTestKit
{
    private static int offset;

    /// <summary>A received dossier under review with one nomination per entry, appraised as given, all checked.</summary>
    public static async Task<(Guid DossierId, List<Nomination> Nominations)> AppraisedDossierAsync(
        PortalFixture fixture, PortalClient staff, string title, params (string AwardCode, AppraisalResult Result)[] nominations)
    {
        var id = await NominationsTestKit.CreateDraftAsync(staff, title);
        var skip = Interlocked.Add(ref offset, nominations.Length);
        await NominationsTestKit.InThaiBinhAsync(fixture, async db =>
        {
            var dossier = await db.Dossiers.Include(d => d.Nominations).SingleAsync(d => d.Id == id);
            var all = await db.People.Where(p => p.UnitId == dossier.UnitId).OrderBy(p => p.FullName).ToListAsync();
            var people = all.Skip(1 + (skip % Math.Max(1, all.Count - nominations.Length - 1))).Take(nominations.Length).ToList();
            for (var i = 0; i < nominations.Length; i++)
            {
                var n = dossier.AddNomination(Guid.CreateVersion7(), new NomineeRef(NomineeKind.Person, people[i].Id, people[i].FullName), nominations[i].AwardCode);
                n.RecordEligibility(EligibilityStatus.Unknown, "{}");
                n.Appraise(nominations[i].Result, nominations[i].Result == AppraisalResult.NotEligible ? "Chưa đủ hai năm hoàn thành xuất sắc nhiệm vụ" : null, null, Guid.NewGuid(), fixture.Clock.GetUtcNow());
            }

            return await db.SaveChangesAsync();
        });
        await NominationsTestKit.MoveAsync(fixture, id,
            (WorkflowActions.SubmitToLeader, Roles.UnitStaff), (WorkflowActions.Send, Roles.UnitLeader),
            (WorkflowActions.Receive, Roles.StandingOfficer), (WorkflowActions.StartReview, Roles.StandingOfficer));
        var dossierNow = await NominationsTestKit.DossierAsync(fixture, id);
        return (id, dossierNow.Nominations.OrderBy(n => n.Nominee.Name).ToList());
    }

    /// <summary>Posts the dossier page's action form as the browser would; returns the text of the page it lands on.</summary>
    public static async Task<string> ActAsync(PortalClient client, Guid id, string action, string comment = "")
    {
        var page = await client.GetStringAsync($"/Dossiers/Details/{id}");
        page.ShouldContain($"value=\"{action}\"", Case.Sensitive, $"the action {action} must be offered on the page");
        using var response = await client.PostFormAsync($"/Dossiers/Details/{id}", $"/Dossiers/Act/{id}", new Dictionary<string, string>
        {
            ["FormToken"] = Field(page, "FormToken"),
            ["Version"] = Field(page, "Version"),
            ["Action"] = action,
            ["Comment"] = comment,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return PortalClient.Text(await client.GetStringAsync(response.Headers.Location!.ToString()));
    }

    public static Dictionary<string, string> DraftFields(string awardCode, Guid dossierId, int number, string symbol, params Guid[] nominationIds)
    {
        var fields = new Dictionary<string, string>
        {
            ["AwardCode"] = awardCode,
            ["DossierId"] = dossierId.ToString(),
            ["Number"] = number.ToString(CultureInfo.InvariantCulture),
            ["Symbol"] = symbol,
            ["Date"] = "2026-03-02",
            ["Subject"] = "Về việc tặng thưởng",
            ["LegalBasis"] = "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;\nXét đề nghị của Trưởng ban Ban Thi đua - Khen thưởng tỉnh.",
            ["SignerTitle"] = "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH",
            ["SignerName"] = "Nguyễn Quang Hưng",
            ["TenantId"] = Guid.NewGuid().ToString(),
            ["Status"] = "Recorded",
        };
        for (var i = 0; i < nominationIds.Length; i++)
        {
            fields[$"NominationIds[{i}]"] = nominationIds[i].ToString();
        }

        return fields;
    }

    /// <summary>Drafts through the form; returns the new decision's id.</summary>
    public static async Task<Guid> DraftAsync(PortalClient officer, Dictionary<string, string> fields)
    {
        using var response = await officer.PostFormAsync("/Decisions/Draft", "/Decisions/Draft", fields);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect, PortalClient.Text(await response.Content.ReadAsStringAsync()));
        var location = response.Headers.Location!.ToString();
        location.ShouldStartWith("/Decisions/Details/");
        return Guid.Parse(location.Split('/').Last());
    }

    /// <summary>The leader signs with the confirmation ticked; returns the page's text.</summary>
    public static async Task<string> SignAsync(PortalClient leader, Guid decisionId)
    {
        using var response = await leader.PostFormAsync($"/Decisions/Details/{decisionId}", $"/Decisions/Sign/{decisionId}", new Dictionary<string, string> { ["confirmed"] = "true" });
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return PortalClient.Text(await leader.GetStringAsync(response.Headers.Location!.ToString()));
    }

    public static int UniqueNumber() => Random.Shared.Next(10_000, 99_999);

    public static async Task<string> PdfTextAsync(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"decision-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", path, "-"]) { RedirectStandardOutput = true, UseShellExecute = false })!;
            var text = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }

    public static string Field(string html, string name)
        => Regex.Match(html, $"name=\"{name}\" value=\"([^\"]*)\"").Groups[1].Value;
}
