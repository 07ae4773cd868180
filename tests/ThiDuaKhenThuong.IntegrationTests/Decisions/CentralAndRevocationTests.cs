using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.IntegrationTests.Nominations;
using ThiDuaKhenThuong.TestKit;
using static ThiDuaKhenThuong.IntegrationTests.Decisions.DecisionsTestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Decisions;

[Collection(PortalCollection.Name)]
public sealed class CentralAndRevocationTests(PortalFixture fixture)
{
    [Fact]
    public async Task CentralAward_IsSubmitted_ThenTheCentralDecisionIsRecorded()
    {
        using var staff = await NominationsTestKit.SignedInAsync(fixture, "tb.canbo");
        using var officer = await NominationsTestKit.SignedInAsync(fixture, "tb.chuyenvien");
        using var leader = await NominationsTestKit.SignedInAsync(fixture, "tb.lanhdao");
        var (dossierId, nominations) = await AppraisedDossierAsync(fixture, staff, "Hồ sơ Bằng khen Thủ tướng", (AwardCodes.PrimeMinisterCertificate, AppraisalResult.Eligible));
        var nomination = nominations.Single();

        // The council passed it (its own module): awaiting the decision, dossier forwarded for decision.
        await NominationsTestKit.InThaiBinhAsync(fixture, async db =>
        {
            (await db.Nominations.SingleAsync(n => n.Id == nomination.Id)).MarkAwaitingDecision(fixture.Clock.GetUtcNow());
            return await db.SaveChangesAsync();
        });
        await NominationsTestKit.MoveAsync(fixture, dossierId,
            (WorkflowActions.SubmitToCouncil, Roles.StandingHead), (WorkflowActions.RecordVote, Roles.StandingOfficer), (WorkflowActions.ForwardForDecision, Roles.StandingHead));

        var form = PortalClient.Text(await officer.GetStringAsync($"/Decisions/Draft?AwardCode={AwardCodes.PrimeMinisterCertificate}&DossierId={dossierId}"));
        form.ShouldContain("Dự thảo tờ trình cấp Trung ương");
        form.ShouldContain(nomination.Nominee.Name);
        var number = UniqueNumber();
        var submissionId = await DraftAsync(officer, DraftFields(AwardCodes.PrimeMinisterCertificate, dossierId, number, "TTr-UBND", nomination.Id));
        (await SignAsync(leader, submissionId)).ShouldContain($"Đã ký Tờ trình số {number}/TTr-UBND");

        using (var docx = await officer.GetAsync($"/Decisions/Docx/{submissionId}"))
        {
            using var document = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
            var text = document.MainDocumentPart!.Document!.Body!.InnerText;
            text.ShouldContain("TỜ TRÌNH");
            text.ShouldContain("Thủ tướng Chính phủ");
            text.ShouldContain(nomination.Nominee.Name);
        }

        (await StateAsync(dossierId, nomination.Id)).ShouldBe((NominationOutcome.ForwardedToCentral, WorkflowStates.ForwardedToCentral));

        var fields = new Dictionary<string, string> { ["CentralNumber"] = $"{number}/QĐ-TTg", ["CentralDate"] = "2026-06-15", ["CentralAuthority"] = "Thủ tướng Chính phủ", ["confirmed"] = "true" };
        using (var response = await officer.PostFormAsync($"/Decisions/Details/{submissionId}", $"/Decisions/Central/{submissionId}", fields))
        {
            PortalClient.Text(await officer.GetStringAsync(response.Headers.Location!.ToString())).ShouldContain($"Đã ghi nhận Quyết định số {number}/QĐ-TTg");
        }

        (await StateAsync(dossierId, nomination.Id)).ShouldBe((NominationOutcome.CentralAwarded, WorkflowStates.CentralDecided));
        var history = await NominationsTestKit.InThaiBinhAsync(fixture, db => db.AwardHistory.AsNoTracking().SingleAsync(h => h.NominationId == nomination.Id));
        history.DecisionNumber.ShouldBe($"{number}/QĐ-TTg");
        history.IssuingAuthority.ShouldBe("Thủ tướng Chính phủ");
        history.DecisionDate.ShouldBe(new DateOnly(2026, 6, 15));

        using var anonymous = fixture.Portal.CreatePortalClient();
        var published = PortalClient.Text(await anonymous.GetStringAsync("/cong-khai/thai-binh/quyet-dinh"));
        published.ShouldContain($"Quyết định số {number}/QĐ-TTg");
        published.ShouldContain(nomination.Nominee.Name);
    }

    [Fact]
    public async Task RecordedAward_IsRevokedByANewDecision_BothKept_AndNoLongerCounted()
    {
        using var staff = await NominationsTestKit.SignedInAsync(fixture, "tb.canbo");
        using var head = await NominationsTestKit.SignedInAsync(fixture, "tb.truongban");
        using var officer = await NominationsTestKit.SignedInAsync(fixture, "tb.chuyenvien");
        using var leader = await NominationsTestKit.SignedInAsync(fixture, "tb.lanhdao");
        var (dossierId, nominations) = await AppraisedDossierAsync(fixture, staff, "Hồ sơ sẽ bị thu hồi", (AwardCodes.ProvincialCertificate, AppraisalResult.Eligible));
        var nomination = nominations.Single();
        await ActAsync(head, dossierId, WorkflowActions.ForwardForDecision);
        var number = UniqueNumber();
        var decisionId = await DraftAsync(officer, DraftFields(AwardCodes.ProvincialCertificate, dossierId, number, "QĐ-UBND", nomination.Id));
        await SignAsync(leader, decisionId);

        // A reason is required; the form keeps what was typed.
        var revoke = new Dictionary<string, string>
        {
            ["NominationIds[0]"] = nomination.Id.ToString(), ["Reason"] = "", ["Number"] = (number + 1).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Date"] = "2026-09-01", ["SignerTitle"] = "CHỦ TỊCH", ["SignerName"] = "Nguyễn Khắc Thận",
        };
        using (var missing = await officer.PostFormAsync($"/Decisions/Revoke/{decisionId}", $"/Decisions/Revoke/{decisionId}", revoke))
        {
            missing.StatusCode.ShouldBe(HttpStatusCode.OK);
            var html = await missing.Content.ReadAsStringAsync();
            PortalClient.Text(html).ShouldContain("Vui lòng ghi lý do thu hồi.");
            html.ShouldContain("value=\"Nguyễn Khắc Thận\"");
        }

        revoke["Reason"] = "Khai không đúng thành tích";
        Guid revocationId;
        using (var saved = await officer.PostFormAsync($"/Decisions/Revoke/{decisionId}", $"/Decisions/Revoke/{decisionId}", revoke))
        {
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
            revocationId = Guid.Parse(saved.Headers.Location!.ToString().Split('/').Last());
        }

        (await SignAsync(leader, revocationId)).ShouldContain("khen thưởng đã bị thu hồi");
        (await UploadScanAsync(leader, revocationId, "anh.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0])).ShouldNotContain("Đã đính kèm bản chụp");
        (await UploadScanAsync(leader, revocationId, "ban-chup.pdf", System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\nban chup\n%%EOF"))).ShouldContain("Đã đính kèm bản chụp văn bản đã ký.");
        (await leader.GetAsync($"/Decisions/ScanFile/{revocationId}")).Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");

        var (rows, outcome) = await NominationsTestKit.InThaiBinhAsync(fixture, async db => (
            await db.AwardHistory.AsNoTracking().Where(h => h.PersonId == nomination.Nominee.Id && h.NominationId == nomination.Id).ToListAsync(),
            (await db.Nominations.AsNoTracking().SingleAsync(n => n.Id == nomination.Id)).Outcome));
        outcome.ShouldBe(NominationOutcome.Revoked);
        var row = rows.Single();
        row.DecisionNumber.ShouldBe($"{number}/QĐ-UBND", "the original award stays in the history");
        row.RevokedByDecisionNumber.ShouldBe($"{number + 1}/QĐ-UBND");
        row.IsRevoked.ShouldBeTrue();
        Domain.People.AwardHistoryRecord.CountedEntries(rows).ShouldBeEmpty("eligibility no longer counts a revoked award");

        var original = PortalClient.Text(await officer.GetStringAsync($"/Decisions/Details/{decisionId}"));
        original.ShouldContain($"Số {number + 1}/QĐ-UBND");
        original.ShouldContain("Đã bị thu hồi");
        using var anonymous = fixture.Portal.CreatePortalClient();
        PortalClient.Text(await anonymous.GetStringAsync("/cong-khai/thai-binh/quyet-dinh")).ShouldContain($"{nomination.Nominee.Name} (đã bị thu hồi)");
    }

    private static async Task<string> UploadScanAsync(PortalClient client, Guid id, string name, byte[] bytes)
    {
        var page = await client.GetStringAsync($"/Decisions/Details/{id}");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(page, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"").Groups[1].Value)), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(bytes);
        form.Add(file, "file", name);
        using var response = await client.Http.PostAsync(new Uri($"/Decisions/Scan/{id}", UriKind.Relative), form);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return PortalClient.Text(await client.GetStringAsync(response.Headers.Location!.ToString()));
    }

    private Task<(NominationOutcome, string)> StateAsync(Guid dossierId, Guid nominationId)
        => NominationsTestKit.InThaiBinhAsync(fixture, async db =>
        {
            var dossier = await db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == dossierId);
            var instance = await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == dossier.WorkflowInstanceId);
            return ((await db.Nominations.AsNoTracking().SingleAsync(n => n.Id == nominationId)).Outcome, instance.State);
        });
}
