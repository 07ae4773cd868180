using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Dossiers;

namespace ThiDuaKhenThuong.Domain.Tests.Dossiers;

public sealed class DossierTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly NomineeRef Lan = new(NomineeKind.Person, Guid.NewGuid(), "Nguyễn Thị Lan");

    [Fact]
    public void ThematicDossier_WithoutACampaign_IsRefused()
        => Should.Throw<DossierRuleException>(() => New(AwardKinds.Thematic, campaign: null))
            .Message.ShouldContain("phong trào");

    [Fact]
    public void AddNomination_Refuses_TheSameNomineeForTheSameAwardTwice()
    {
        var dossier = New();
        dossier.AddNomination(Guid.NewGuid(), Lan, AwardCodes.ProvincialCertificate);

        Should.Throw<DossierRuleException>(() => dossier.AddNomination(Guid.NewGuid(), Lan with { Name = "Lan" }, AwardCodes.ProvincialCertificate));
        dossier.AddNomination(Guid.NewGuid(), Lan, AwardCodes.ProvincialEmulationFighter);
        dossier.Nominations.Count.ShouldBe(2);
    }

    [Fact]
    public void AddNominations_AddsAllOrNone_UnderTheSameRule()
    {
        var dossier = New();
        dossier.AddNomination(Guid.NewGuid(), Lan, AwardCodes.ProvincialCertificate);
        var hung = new NomineeRef(NomineeKind.Person, Guid.NewGuid(), "Trần Văn Hùng");

        Should.Throw<DossierRuleException>(() => dossier.AddNominations([(Guid.NewGuid(), hung, AwardCodes.ProvincialCertificate), (Guid.NewGuid(), Lan, AwardCodes.ProvincialCertificate)]))
            .Message.ShouldContain("Nguyễn Thị Lan đã có trong hồ sơ");
        Should.Throw<DossierRuleException>(() => dossier.AddNominations([(Guid.NewGuid(), hung, AwardCodes.ProvincialCertificate), (Guid.NewGuid(), hung, AwardCodes.ProvincialCertificate)]));
        dossier.Nominations.Count.ShouldBe(1);

        var added = dossier.AddNominations([(Guid.NewGuid(), hung, AwardCodes.ProvincialCertificate), (Guid.NewGuid(), Lan, AwardCodes.ProvincialEmulationFighter)]);

        added.Select(n => (n.Nominee.Name, n.AwardCode)).ShouldBe([("Trần Văn Hùng", AwardCodes.ProvincialCertificate), ("Nguyễn Thị Lan", AwardCodes.ProvincialEmulationFighter)]);
        dossier.Nominations.Count.ShouldBe(3);
        added.ShouldAllBe(n => n.DossierId == dossier.Id && n.TenantId == dossier.TenantId);
    }

    [Fact]
    public void LockedDossier_CannotBeEdited_UntilReturned()
    {
        var dossier = New();
        dossier.AddNomination(Guid.NewGuid(), Lan, AwardCodes.ProvincialCertificate);
        dossier.Lock();

        Should.Throw<DossierRuleException>(() => dossier.AddNomination(Guid.NewGuid(), Lan, AwardCodes.MeritCertificate)).Message.ShouldContain("đã gửi");
        Should.Throw<DossierRuleException>(() => dossier.Edit("Tên mới", null));
        dossier.Unlock();
        dossier.Edit("Tên mới", null);
        dossier.Title.ShouldBe("Tên mới");
    }

    [Fact]
    public void FailingNomination_BlocksSending_UntilJustified()
    {
        var dossier = New();
        dossier.ProblemsBeforeSending().ShouldContain("Hồ sơ chưa có đề nghị khen thưởng nào.");
        var nomination = dossier.AddNomination(Guid.NewGuid(), Lan, AwardCodes.ProvincialEmulationFighter);
        nomination.RecordEligibility(EligibilityStatus.Fail, "{}");

        dossier.ProblemsBeforeSending().Single().ShouldContain("giải trình");
        nomination.Justify("Có thành tích đột xuất trong phòng chống dịch.");
        dossier.ProblemsBeforeSending().ShouldBeEmpty();
    }

    [Theory]
    [InlineData(EligibilityStatus.Fail, AppraisalResult.Eligible)]
    [InlineData(EligibilityStatus.Pass, AppraisalResult.NotEligible)]
    public void Appraisal_AgainstTheEngine_NeedsAReason(EligibilityStatus engine, AppraisalResult officer)
    {
        var nomination = New().AddNomination(Guid.NewGuid(), Lan, AwardCodes.ProvincialCertificate);
        nomination.RecordEligibility(engine, "{}");

        Should.Throw<DossierRuleException>(() => nomination.Appraise(officer, "ghi chú", null, Guid.NewGuid(), Now)).Message.ShouldContain("lý do");
        nomination.Appraise(officer, "ghi chú", "Đã đối chiếu hồ sơ gốc", Guid.NewGuid(), Now);
        nomination.Appraisal.ShouldBe(officer);
        nomination.OverrideReason.ShouldBe("Đã đối chiếu hồ sơ gốc");
    }

    [Fact]
    public void Appraisal_InLineWithTheEngine_NeedsNoOverrideReason()
    {
        var nomination = New().AddNomination(Guid.NewGuid(), Lan, AwardCodes.ProvincialCertificate);
        nomination.RecordEligibility(EligibilityStatus.Pass, "{}");

        nomination.Appraise(AppraisalResult.Eligible, null, null, Guid.NewGuid(), Now);

        nomination.OverrideReason.ShouldBeNull();
        nomination.AppraisedAt.ShouldBe(Now);
    }

    [Fact]
    public void Number_IsGivenOnce_AndReadsAsTheDossierNumber()
    {
        var dossier = New();
        dossier.NumberLabel.ShouldBe("(chưa cấp số)");

        dossier.AssignNumber(12);
        dossier.AssignNumber(13);

        dossier.NumberLabel.ShouldBe("0012/2026/HS-TĐKT");
    }

    [Fact]
    public void Checklist_ListsDossierDocumentsOnce_AndAchievementReportsPerNominee()
    {
        var dossier = New();
        var first = dossier.AddNomination(Guid.NewGuid(), Lan, AwardCodes.ProvincialCertificate);
        var second = dossier.AddNomination(Guid.NewGuid(), new NomineeRef(NomineeKind.Person, Guid.NewGuid(), "Trần Văn Hùng"), AwardCodes.ProvincialCertificate);
        var awards = NationalCatalog.CreateAwardTypes().ToDictionary(a => a.Code);

        var before = DocumentChecklist.Missing(dossier, awards, []);
        var after = DocumentChecklist.Missing(dossier, awards, [(DocumentCodes.CoverLetter, null), (DocumentCodes.AchievementReport, first.Id)]);

        before.Count(m => m.Code == DocumentCodes.CoverLetter).ShouldBe(1);
        before.Count(m => m.Code == DocumentCodes.AchievementReport).ShouldBe(2);
        after.ShouldNotContain(m => m.Code == DocumentCodes.CoverLetter);
        after.Where(m => m.Code == DocumentCodes.AchievementReport).Select(m => m.NominationId).ShouldBe([second.Id]);
    }

    [Fact]
    public void AdHocDossier_AsksForTheSimplifiedSet()
    {
        var dossier = New(AwardKinds.AdHoc);
        dossier.AddNomination(Guid.NewGuid(), Lan, AwardCodes.ProvincialCertificate);
        var awards = NationalCatalog.CreateAwardTypes().ToDictionary(a => a.Code);

        var missing = DocumentChecklist.Missing(dossier, awards, []).Select(m => m.Code).ToList();

        missing.ShouldNotContain(DocumentCodes.UnitCouncilMinutes);
        missing.ShouldContain(DocumentCodes.CoverLetter);
    }

    [Fact]
    public void DuplicateGuard_FlagsTheSameNomineeAwardAndYear_InAnotherDossier()
    {
        var dossier = New();
        var nomination = dossier.AddNomination(Guid.NewGuid(), Lan, AwardCodes.ProvincialCertificate);
        var otherDossier = Guid.NewGuid();

        var found = DuplicateGuard.Find(dossier,
        [
            new(otherDossier, "Hồ sơ của Sở Y tế", 2026, NomineeKind.Person, Lan.Id, AwardCodes.ProvincialCertificate),
            new(Guid.NewGuid(), "Năm khác", 2025, NomineeKind.Person, Lan.Id, AwardCodes.ProvincialCertificate),
            new(Guid.NewGuid(), "Danh hiệu khác", 2026, NomineeKind.Person, Lan.Id, AwardCodes.MeritCertificate),
            new(dossier.Id, "Chính hồ sơ này", 2026, NomineeKind.Person, Lan.Id, AwardCodes.ProvincialCertificate),
        ]);

        found.Single().ShouldBe(new DuplicateNomination(nomination.Id, Lan.Name, AwardCodes.ProvincialCertificate, otherDossier, "Hồ sơ của Sở Y tế"));
    }

    private static Dossier New(AwardKinds kind = AwardKinds.Annual, Guid? campaign = null)
        => new(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 2026, kind, "Đề nghị khen thưởng năm 2026", null, campaign, Guid.NewGuid(), Now);
}
