using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Decisions;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.People;
using ThiDuaKhenThuong.Domain.Tests.Catalog;
using static ThiDuaKhenThuong.Domain.Catalog.AwardCodes;

namespace ThiDuaKhenThuong.Domain.Tests.Decisions;

public class AwardDecisionTests
{
    private static readonly Guid Tenant = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly AwardType Fighter = NationalCatalog.CreateAwardTypes().Single(a => a.Code == ProvincialEmulationFighter);
    private static readonly RuleSet National = NationalCatalog.CreateRuleSets().Single(s => s.Code == NationalCatalog.RuleSet2024Code);

    private static DecisionText Text(int number = 125) => new(number, "QĐ-UBND", new DateOnly(2026, 3, 2), "Về việc tặng Bằng khen", "Căn cứ Luật Thi đua, khen thưởng;", DecisionTemplates.Chairman, "Nguyễn Văn A", "Chủ tịch UBND tỉnh Thái Bình");

    private static AwardDecision Draft(params string[] names)
    {
        var id = Guid.NewGuid();
        var items = names.Select(n => new DecisionItem(Tenant, Guid.NewGuid(), id, Guid.NewGuid(), Guid.NewGuid(), new NomineeRef(NomineeKind.Person, Guid.NewGuid(), n), Guid.NewGuid(), "Sở Y tế", ProvincialCertificate));
        return AwardDecision.Draft(Tenant, id, DecisionKind.Award, ProvincialCertificate, Text(), items, Guid.NewGuid(), Now);
    }

    [Fact]
    public void Decision_IsRecordedOnce_AndCannotBeChangedAfterSigning()
    {
        var decision = Draft("Trần Thị B");
        decision.NumberAndSymbol.ShouldBe("125/QĐ-UBND");
        decision.Year.ShouldBe(2026);

        decision.Sign(Guid.NewGuid(), Now);

        decision.Status.ShouldBe(DecisionStatus.Recorded);
        Should.Throw<DossierRuleException>(() => decision.Sign(Guid.NewGuid(), Now)).Message.ShouldContain("đã được ký");
        Should.Throw<DossierRuleException>(() => decision.Revise(Text(126)));
    }

    [Fact]
    public void Draft_RefusesNoAwardees_AndTheSameNominationTwice()
    {
        Should.Throw<DossierRuleException>(() => Draft()).Message.ShouldBe("Vui lòng chọn ít nhất một người, tập thể.");
        var id = Guid.NewGuid();
        var nomination = Guid.NewGuid();
        DecisionItem Item() => new(Tenant, Guid.NewGuid(), id, nomination, Guid.NewGuid(), new NomineeRef(NomineeKind.Person, Guid.NewGuid(), "A"), Guid.NewGuid(), "Sở", ProvincialCertificate);
        Should.Throw<DossierRuleException>(() => AwardDecision.Draft(Tenant, id, DecisionKind.Award, ProvincialCertificate, Text(), [Item(), Item()], Guid.NewGuid(), Now));
    }

    [Fact]
    public void Revocation_NeedsARecordedDecision_AndAReason_AndKeepsTheReference()
    {
        var original = Draft("Trần Thị B", "Lê Văn C");
        var chosen = original.Items.Take(1).Select(i => i.NominationId).ToList();
        Should.Throw<DossierRuleException>(() => AwardDecision.DraftRevocation(Tenant, Guid.NewGuid(), original, "Khai man thành tích", Text(200), chosen, Guid.NewGuid(), Now));

        original.Sign(Guid.NewGuid(), Now);
        Should.Throw<DossierRuleException>(() => AwardDecision.DraftRevocation(Tenant, Guid.NewGuid(), original, " ", Text(200), chosen, Guid.NewGuid(), Now));
        var revocation = AwardDecision.DraftRevocation(Tenant, Guid.NewGuid(), original, "Khai man thành tích", Text(200), chosen, Guid.NewGuid(), Now);

        revocation.Kind.ShouldBe(DecisionKind.Revocation);
        revocation.RevokesDecisionId.ShouldBe(original.Id);
        revocation.Items.Select(i => i.NomineeName).ShouldBe(["Trần Thị B"]);
    }

    [Fact]
    public void CentralDecision_IsRecordedOnlyOnASignedSubmission_AndOnce()
    {
        var id = Guid.NewGuid();
        var item = new DecisionItem(Tenant, Guid.NewGuid(), id, Guid.NewGuid(), Guid.NewGuid(), new NomineeRef(NomineeKind.Person, Guid.NewGuid(), "A"), Guid.NewGuid(), "Sở", PrimeMinisterCertificate);
        var submission = AwardDecision.Draft(Tenant, id, DecisionKind.CentralSubmission, PrimeMinisterCertificate, Text() with { Symbol = "TTr-UBND" }, [item], Guid.NewGuid(), Now);
        Should.Throw<DossierRuleException>(() => submission.RecordCentralDecision("88/QĐ-TTg", new DateOnly(2026, 5, 1), "Thủ tướng Chính phủ", Now));

        submission.Sign(Guid.NewGuid(), Now);
        submission.RecordCentralDecision("88/QĐ-TTg", new DateOnly(2026, 5, 1), "Thủ tướng Chính phủ", Now);

        submission.CentralNumber.ShouldBe("88/QĐ-TTg");
        Should.Throw<DossierRuleException>(() => submission.RecordCentralDecision("89/QĐ-TTg", new DateOnly(2026, 5, 2), "Thủ tướng Chính phủ", Now));
    }

    [Fact]
    public void RevokedAward_NoLongerCountsForEligibility()
    {
        var person = Guid.NewGuid();
        var records = Enumerable.Range(2022, 3)
            .Select(y => AwardHistoryRecord.FromDecision(Tenant, Guid.NewGuid(), new NomineeRef(NomineeKind.Person, person, "A"),
                new AwardHistoryData(GrassrootsEmulationFighter, y, $"{y}/QĐ-SYT", new DateOnly(y, 12, 20), "Giám đốc Sở Y tế"), Guid.NewGuid(), Guid.NewGuid()))
            .ToList();
        var basis = Nominee.With().Known(2015, 2024).Initiative(InitiativeLevel.Province, 2023).ForAchievement("CSTDT-2022-2024").Build();

        var before = EligibilityEvaluator.Evaluate(Fighter, 2024, basis with { History = [.. basis.History, .. AwardHistoryRecord.CountedEntries(records)] }, National);
        records[1].Revoke("15/QĐ-SYT", "Khai man thành tích", Now);
        var after = EligibilityEvaluator.Evaluate(Fighter, 2024, basis with { History = [.. basis.History, .. AwardHistoryRecord.CountedEntries(records)] }, National);

        before.Overall.ShouldBe(EligibilityStatus.Pass);
        after.Overall.ShouldBe(EligibilityStatus.Fail);
        after.Outcomes.Single(o => o.Status == EligibilityStatus.Fail).Reason.ShouldStartWith("Không đạt CSTĐCS năm 2023");
        records.Count.ShouldBe(3, "the revoked award stays in the history");
        records[1].IsRevoked.ShouldBeTrue();
        Should.Throw<DossierRuleException>(() => records[1].Revoke("16/QĐ-SYT", "Lần nữa", Now));
    }

    [Fact]
    public void LegalBasis_FollowsTheRuleSetInForce()
    {
        var sets = NationalCatalog.CreateRuleSets();
        DecisionTemplates.LegalBasis(RuleSetSelector.For(new DateOnly(2025, 3, 1), sets), DecisionKind.Award).ShouldContain("98/2023/NĐ-CP");
        DecisionTemplates.LegalBasis(RuleSetSelector.For(new DateOnly(2025, 9, 1), sets), DecisionKind.Award).ShouldContain("152/2025/NĐ-CP");
    }
}
