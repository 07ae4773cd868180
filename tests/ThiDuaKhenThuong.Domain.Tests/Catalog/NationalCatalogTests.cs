using System.Reflection;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Voting;
using static ThiDuaKhenThuong.Domain.Catalog.AwardCodes;

namespace ThiDuaKhenThuong.Domain.Tests.Catalog;

public class NationalCatalogTests
{
    private static readonly IReadOnlyList<AwardType> Awards = NationalCatalog.CreateAwardTypes();

    private static AwardType Award(string code) => Awards.Single(a => a.Code == code);

    [Fact]
    public void Catalog_SeedsEveryAwardCode_Once()
    {
        var codes = typeof(AwardCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!);

        Awards.Select(a => a.Code).ShouldBe(codes, ignoreOrder: true);
        Awards.Select(a => a.Id).Distinct().Count().ShouldBe(Awards.Count);
    }

    [Fact]
    public void Catalog_IsReadOnly_AndStableAcrossCalls()
    {
        var again = NationalCatalog.CreateAwardTypes();

        again.Select(a => a.Id).ShouldBe(Awards.Select(a => a.Id));
        again[0].ShouldNotBeSameAs(Awards[0]);
        Awards.ShouldAllBe(a => a.IsReadOnly && a.TenantId == null && a.ValidFrom == NationalCatalog.LawInForce);
    }

    [Theory]
    [InlineData(AdvancedWorker, "LĐTT", true, AwardLevel.Unit, GrantingAuthority.UnitHead)]
    [InlineData(GrassrootsEmulationFighter, "CSTĐCS", true, AwardLevel.Unit, GrantingAuthority.UnitHead)]
    [InlineData(ProvincialEmulationFighter, "CSTĐ cấp tỉnh", true, AwardLevel.Province, GrantingAuthority.ProvinceChairman)]
    [InlineData(NationalEmulationFighter, "CSTĐ toàn quốc", true, AwardLevel.Central, GrantingAuthority.PrimeMinister)]
    [InlineData(ProvincialCertificate, "Bằng khen UBND tỉnh", false, AwardLevel.Province, GrantingAuthority.ProvinceChairman)]
    [InlineData(StateOrderOrMedal, "Huân, Huy chương", false, AwardLevel.Central, GrantingAuthority.StatePresident)]
    public void Catalog_DescribesTheAward(string code, string shortName, bool isTitle, AwardLevel level, GrantingAuthority authority)
    {
        var award = Award(code);

        award.ShortName.ShouldBe(shortName);
        award.IsTitle.ShouldBe(isTitle);
        award.Level.ShouldBe(level);
        award.GrantingAuthority.ShouldBe(authority);
        award.IsForwardedToCentral.ShouldBe(level == AwardLevel.Central);
    }

    [Fact]
    public void Certificates_GoToHouseholds_TitlesToIndividualsOrCollectives()
    {
        Award(ProvincialCertificate).IsFor(RecipientKinds.Household).ShouldBeTrue();
        Award(AdvancedWorker).IsFor(RecipientKinds.Collective).ShouldBeFalse();
        Award(ExcellentCollective).IsFor(RecipientKinds.Collective).ShouldBeTrue();
    }

    [Theory]
    [InlineData(ProvincialEmulationFighter, 70)]
    [InlineData(ProvincialFlag, 70)]
    [InlineData(NationalEmulationFighter, 90)]
    [InlineData(GovernmentFlag, 90)]
    public void SecretBallotAwards_CarryTheirThreshold(string code, int percent)
    {
        var award = Award(code);

        award.Vote.ShouldBe(VoteRequirement.SecretBallot);
        award.VoteThreshold.ShouldBe(new VoteThreshold(percent, 100, VoteBase.AllMembers, 2, 3));
    }

    [Fact]
    public void UnitLevelAwards_NeedNoCouncilVote()
    {
        Awards.Where(a => a.Level == AwardLevel.Unit).ShouldAllBe(a => a.Vote == VoteRequirement.None && a.VoteThreshold == null);
    }

    [Fact]
    public void AdHocAward_AsksForTheSimplifiedDocumentSet()
    {
        var certificate = Award(ProvincialCertificate);

        certificate.Allows(AwardKinds.AdHoc).ShouldBeTrue();
        certificate.RequiredDocumentsFor(AwardKinds.AdHoc).Select(d => d.Code)
            .ShouldBe([DocumentCodes.CoverLetter, DocumentCodes.AdHocSummary]);
        certificate.RequiredDocumentsFor(AwardKinds.Annual).Select(d => d.Code)
            .ShouldBe([DocumentCodes.CoverLetter, DocumentCodes.UnitCouncilMinutes, DocumentCodes.AchievementReport]);
        certificate.ProcessingLimitFor(AwardKinds.AdHoc).ShouldBeLessThan(certificate.ProcessingLimitFor(AwardKinds.Annual));
    }

    [Fact]
    public void GrassrootsFighter_AsksForInitiativeEvidence_AndIsAnnualOnly()
    {
        var fighter = Award(GrassrootsEmulationFighter);

        fighter.RequiredDocumentsFor(AwardKinds.Annual).ShouldContain(d => d.Code == DocumentCodes.InitiativeRecognition);
        fighter.Allows(AwardKinds.AdHoc).ShouldBeFalse();
    }

    [Fact]
    public void NationalRules_ReferOnlyToKnownCodes()
    {
        var known = Awards.Select(a => a.Code).Append(CountCodes.Members).Append(CountCodes.MembersCompletingTasks).ToHashSet();
        var referenced = NationalCatalog.CreateRuleSets().SelectMany(s => s.Rules).SelectMany(r => new[] { r.AwardCode }
            .Concat(r.Rule.Parameters.GetType().GetProperties()
                .Where(p => p.Name is "Title" or "Basis")
                .Select(p => (string)p.GetValue(r.Rule.Parameters)!)));

        referenced.ShouldAllBe(code => known.Contains(code));
    }

    [Fact]
    public void TenantCopy_AdjustsTheThreshold_WhileTheNationalEntryStaysUnchanged()
    {
        var national = Award(ProvincialEmulationFighter);
        var copy = national.DeriveForTenant(Guid.NewGuid(), Guid.NewGuid());
        var settings = copy.Settings();

        copy.Adjust(new AwardTypeSettings(settings.RequiredDocuments, VoteRequirement.SecretBallot,
            VoteThreshold.Percent(75), settings.ProcessingLimitWorkingDays, 7));

        copy.VoteThreshold!.PassNumerator.ShouldBe(75);
        copy.ProcessingLimitFor(AwardKinds.AdHoc).ShouldBe(7);
        copy.ParentAwardTypeId.ShouldBe(national.Id);
        national.VoteThreshold!.PassNumerator.ShouldBe(70);
        Should.Throw<ReadOnlyCatalogException>(() => national.Adjust(settings));
        Should.Throw<ReadOnlyCatalogException>(() => national.Rename("X", "X"));
    }

    [Fact]
    public void Settings_RefuseABallotWithoutThreshold()
    {
        Should.Throw<ArgumentException>(() => new AwardTypeSettings([], VoteRequirement.SecretBallot, null, 20, 10));
        Should.Throw<ArgumentException>(() => new AwardTypeSettings([], VoteRequirement.None, VoteThreshold.Percent(70), 20, 10));
    }
}
