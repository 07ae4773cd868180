using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Decisions;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.People;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.IntegrationTests.Nominations;
using ThiDuaKhenThuong.TestKit;
using static ThiDuaKhenThuong.IntegrationTests.Decisions.DecisionsTestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Decisions;

/// <summary>From an appraised dossier to a signed, recorded and published decision, through the pages.</summary>
[Collection(PortalCollection.Name)]
public sealed class DecisionJourneyTests(PortalFixture fixture)
{
    [Fact]
    public async Task NoVoteAward_GoesFromAppraisal_ToARecordedDecision_InHistory_OnThePublicList()
    {
        using var staff = await NominationsTestKit.SignedInAsync(fixture, "tb.canbo");
        using var head = await NominationsTestKit.SignedInAsync(fixture, "tb.truongban");
        using var officer = await NominationsTestKit.SignedInAsync(fixture, "tb.chuyenvien");
        using var leader = await NominationsTestKit.SignedInAsync(fixture, "tb.lanhdao");
        var (dossierId, nominations) = await AppraisedDossierAsync(fixture, staff, "Hồ sơ Bằng khen chờ quyết định",
            (AwardCodes.ProvincialCertificate, AppraisalResult.Eligible), (AwardCodes.ProvincialCertificate, AppraisalResult.NotEligible));
        var awarded = nominations.Single(n => n.Appraisal == AppraisalResult.Eligible);
        var refused = nominations.Single(n => n.Appraisal == AppraisalResult.NotEligible);

        (await ActAsync(head, dossierId, WorkflowActions.ForwardForDecision)).ShouldContain("Đã thực hiện thao tác.");
        var outcomes = (await NominationsTestKit.DossierAsync(fixture, dossierId)).Nominations.ToDictionary(n => n.Id);
        outcomes[awarded.Id].Outcome.ShouldBe(NominationOutcome.AwaitingDecision);
        outcomes[refused.Id].Outcome.ShouldBe(NominationOutcome.Rejected);
        outcomes[refused.Id].OutcomeReason.ShouldBe("Chưa đủ hai năm hoàn thành xuất sắc nhiệm vụ");

        var form = PortalClient.Text(await officer.GetStringAsync($"/Decisions/Draft?AwardCode={AwardCodes.ProvincialCertificate}&DossierId={dossierId}"));
        form.ShouldContain(awarded.Nominee.Name);
        form.ShouldNotContain(refused.Nominee.Name);
        form.ShouldContain("Căn cứ Luật Thi đua, khen thưởng");
        var number = UniqueNumber();
        var decisionId = await DraftAsync(officer, DraftFields(AwardCodes.ProvincialCertificate, dossierId, number, "QĐ-UBND", awarded.Id));

        // The same number again: refused with a clear message, the input kept.
        using (var again = await officer.PostFormAsync("/Decisions/Draft", "/Decisions/Draft", DraftFields(AwardCodes.ProvincialCertificate, dossierId, number, "QĐ-UBND", awarded.Id)))
        {
            again.StatusCode.ShouldBe(HttpStatusCode.OK);
            var html = await again.Content.ReadAsStringAsync();
            PortalClient.Text(html).ShouldContain($"Số {number}/QĐ-UBND năm 2026 đã được dùng cho văn bản khác");
            html.ShouldContain("value=\"Nguyễn Quang Hưng\"");
        }

        // Signing asks for a confirmation first; nothing is recorded without it.
        using (var unconfirmed = await leader.PostFormAsync($"/Decisions/Details/{decisionId}", $"/Decisions/Sign/{decisionId}", new Dictionary<string, string>()))
        {
            PortalClient.Text(await leader.GetStringAsync(unconfirmed.Headers.Location!.ToString())).ShouldContain("Vui lòng đánh dấu xác nhận");
        }

        var signed = await SignAsync(leader, decisionId);
        signed.ShouldContain($"Đã ký và ghi nhận Quyết định số {number}/QĐ-UBND");
        signed.ShouldContain("Đã ký, đã ghi nhận");
        (await SignAsync(leader, decisionId)).ShouldContain(Web.Features.Decisions.RecordDecision.AlreadySigned);

        var state = await NominationsTestKit.InThaiBinhAsync(fixture, async db =>
        {
            var history = await db.AwardHistory.AsNoTracking().Where(h => h.PersonId == awarded.Nominee.Id && h.Source == AwardSource.Decision).ToListAsync();
            var nomination = await db.Nominations.AsNoTracking().SingleAsync(n => n.Id == awarded.Id);
            var dossier = await db.Dossiers.AsNoTracking().SingleAsync(d => d.Id == dossierId);
            var instance = await db.WorkflowInstances.AsNoTracking().SingleAsync(i => i.Id == dossier.WorkflowInstanceId);
            var notices = await db.OutboxMessages.AsNoTracking().Where(m => m.RecipientUnitId == dossier.UnitId && m.Subject.Contains(number.ToString())).CountAsync();
            return (history, nomination, instance.State, notices);
        });
        state.history.Single().DecisionNumber.ShouldBe($"{number}/QĐ-UBND");
        state.history.Single().AwardCode.ShouldBe(AwardCodes.ProvincialCertificate);
        state.history.Single().IssuingAuthority.ShouldBe("Chủ tịch UBND tỉnh Thái Bình");
        state.nomination.Outcome.ShouldBe(NominationOutcome.Awarded);
        state.nomination.DecisionId.ShouldBe(decisionId);
        state.State.ShouldBe(WorkflowStates.Decided);
        state.notices.ShouldBe(1);

        var unitPage = PortalClient.Text(await staff.GetStringAsync($"/Dossiers/Details/{dossierId}"));
        unitPage.ShouldContain("Đã được khen thưởng");
        unitPage.ShouldContain($"{number}/QĐ-UBND");
        unitPage.ShouldContain("Đã có quyết định khen thưởng");

        using var anonymous = fixture.Portal.CreatePortalClient();
        var published = PortalClient.Text(await anonymous.GetStringAsync("/cong-khai/thai-binh/quyet-dinh?nam=2026"));
        published.ShouldContain($"Quyết định số {number}/QĐ-UBND");
        published.ShouldContain(awarded.Nominee.Name);
        published.ShouldNotContain(refused.Nominee.Name);
        (await anonymous.GetAsync("/cong-khai/khong-co-tinh/quyet-dinh")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        PortalClient.Text(await anonymous.GetStringAsync("/cong-khai/hung-yen/quyet-dinh")).ShouldNotContain(awarded.Nominee.Name);

        using (var docx = await leader.GetAsync($"/Decisions/Docx/{decisionId}"))
        {
            docx.StatusCode.ShouldBe(HttpStatusCode.OK);
            using var document = WordprocessingDocument.Open(new MemoryStream(await docx.Content.ReadAsByteArrayAsync()), false);
            var text = document.MainDocumentPart!.Document!.Body!.InnerText;
            text.ShouldContain(awarded.Nominee.Name);
            text.ShouldContain($"Số: {number}/QĐ-UBND");
            text.ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            text.ShouldContain("KT. CHỦ TỊCH");
        }

        using (var pdf = await officer.GetAsync($"/Decisions/Pdf/{decisionId}"))
        {
            pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
            pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
            var text = await PdfTextAsync(await pdf.Content.ReadAsByteArrayAsync());
            text.ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            text.ShouldContain($"{number}/QĐ-UBND");
            text.ShouldContain(awarded.Nominee.Name);
            text.ShouldContain("QUYẾT ĐỊNH");
        }
    }

    [Fact]
    public async Task UnitStaff_CannotDraftOrSign_AndAnotherProvince_SeesNothing()
    {
        using var staff = await NominationsTestKit.SignedInAsync(fixture, "tb.canbo");
        using var head = await NominationsTestKit.SignedInAsync(fixture, "tb.truongban");
        using var officer = await NominationsTestKit.SignedInAsync(fixture, "tb.chuyenvien");
        using var foreign = await NominationsTestKit.SignedInAsync(fixture, "hy.lanhdao");
        var (dossierId, nominations) = await AppraisedDossierAsync(fixture, staff, "Hồ sơ kiểm tra quyền quyết định", (AwardCodes.ProvincialCertificate, AppraisalResult.Eligible));
        await ActAsync(head, dossierId, WorkflowActions.ForwardForDecision);
        var decisionId = await DraftAsync(officer, DraftFields(AwardCodes.ProvincialCertificate, dossierId, UniqueNumber(), "QĐ-UBND", nominations[0].Id));

        (await staff.GetAsync("/Decisions")).Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        (await staff.GetAsync($"/Decisions/Details/{decisionId}")).Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        using (var draft = await staff.PostFormAsync("/Dossiers", "/Decisions/Draft", DraftFields(AwardCodes.ProvincialCertificate, dossierId, UniqueNumber(), "QĐ-UBND", nominations[0].Id)))
        {
            draft.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        }

        using (var sign = await staff.PostFormAsync("/Dossiers", $"/Decisions/Sign/{decisionId}", new Dictionary<string, string> { ["confirmed"] = "true" }))
        {
            sign.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        }

        // The officer drafts but does not sign; the head reviews but does not draft.
        using (var sign = await officer.PostFormAsync("/Decisions", $"/Decisions/Sign/{decisionId}", new Dictionary<string, string> { ["confirmed"] = "true" }))
        {
            sign.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        }

        (await head.GetAsync("/Decisions/Draft")).Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
        (await head.GetAsync($"/Decisions/Details/{decisionId}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        (await foreign.GetAsync($"/Decisions/Details/{decisionId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await foreign.GetAsync($"/Decisions/Docx/{decisionId}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using (var sign = await foreign.PostFormAsync("/Decisions", $"/Decisions/Sign/{decisionId}", new Dictionary<string, string> { ["confirmed"] = "true" }))
        {
            sign.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        var stored = await NominationsTestKit.InThaiBinhAsync(fixture, db => db.AwardDecisions.AsNoTracking().SingleAsync(d => d.Id == decisionId));
        stored.Status.ShouldBe(DecisionStatus.Draft, "posting Status=Recorded with the draft changes nothing");
        stored.TenantId.ShouldBe(await fixture.TenantIdAsync("thai-binh"));
    }
}
