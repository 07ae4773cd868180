using ThiDuaKhenThuong.Domain.Campaigns;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Dossiers;

namespace ThiDuaKhenThuong.Domain.Tests.Campaigns;

public sealed class CampaignRulesTests
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    private static readonly DateOnly Deadline = new(2025, 1, 31);

    [Theory]
    [InlineData("2025-01-31T16:59:59Z", PlanComplianceStatus.OnTime)] // 23:59:59 on the deadline day in Vietnam
    [InlineData("2025-01-31T17:00:00Z", PlanComplianceStatus.Late)] // 00:00 the next day in Vietnam
    [InlineData("2025-01-20T02:00:00Z", PlanComplianceStatus.OnTime)]
    public void Plan_IsOnTime_UntilTheEndOfTheDeadlineDay_InVietnam(string sentAt, PlanComplianceStatus expected)
        => PlanCompliance.Of(Deadline, Vietnam, DateTimeOffset.Parse(sentAt, System.Globalization.CultureInfo.InvariantCulture), returned: false).ShouldBe(expected);

    [Fact]
    public void Plan_NeverSent_IsMissing_AndAReturnedPlan_ShowsReturned()
    {
        PlanCompliance.Of(Deadline, Vietnam, null, returned: false).ShouldBe(PlanComplianceStatus.Missing);
        PlanCompliance.Of(Deadline, Vietnam, new DateTimeOffset(2025, 1, 10, 0, 0, 0, TimeSpan.Zero), returned: true).ShouldBe(PlanComplianceStatus.Returned);
    }

    [Fact]
    public void Plan_ResentAfterReturn_KeepsItsFirstSendingTime_AndIsLockedUntilReturned()
    {
        var plan = new UnitPlan(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), DateTimeOffset.UtcNow);
        plan.ProblemsBeforeSending().ShouldNotBeEmpty();
        plan.AttachDocument("ke-hoach.pdf", "key", "application/pdf", 10, new string('a', 64), DocumentScanStatus.Clean);
        plan.ProblemsBeforeSending().ShouldBeEmpty();
        var first = new DateTimeOffset(2025, 1, 30, 3, 0, 0, TimeSpan.Zero);
        plan.MarkSent(first);
        Should.Throw<CampaignRuleException>(() => plan.Describe("x", "y")).Message.ShouldContain("Kế hoạch đã gửi");
        plan.Unlock();
        plan.Describe("Chuyển đổi số", null);
        plan.MarkSent(first.AddDays(5));
        plan.FirstSentAt.ShouldBe(first);
        plan.LastSentAt.ShouldBe(first.AddDays(5));
    }

    [Fact]
    public void Campaign_Status_FollowsItsMilestones_AndInconsistentDatesAreRefused()
    {
        var campaign = new Campaign(Guid.NewGuid(), Guid.NewGuid(), Guid.Empty, DateTimeOffset.UtcNow);
        campaign.Describe("Chuyển đổi số", CampaignLevel.Provincial, "Toàn tỉnh", CampaignKind.Thematic, 2023, 2025, null,
            new DateOnly(2023, 3, 10), new DateOnly(2024, 6, 14), new DateOnly(2025, 12, 12));
        campaign.StatusOn(new DateOnly(2023, 1, 1)).ShouldBe(CampaignStatus.Upcoming);
        campaign.StatusOn(new DateOnly(2023, 3, 10)).ShouldBe(CampaignStatus.Ongoing);
        campaign.StatusOn(new DateOnly(2024, 6, 14)).ShouldBe(CampaignStatus.PreliminaryReviewed);
        campaign.StatusOn(new DateOnly(2025, 12, 12)).ShouldBe(CampaignStatus.FinalReviewed);
        campaign.AcceptsDossiersIn(2026).ShouldBeTrue();
        campaign.AcceptsDossiersIn(2027).ShouldBeFalse();

        Should.Throw<CampaignRuleException>(() => campaign.Describe("X", CampaignLevel.Central, "", CampaignKind.Regular, 2025, 2024, null, null, null, null))
            .Message.ShouldBe("Năm kết thúc không được trước năm bắt đầu.");
        Should.Throw<CampaignRuleException>(() => campaign.Describe("X", CampaignLevel.Central, "", CampaignKind.Regular, 2024, 2025, null, new DateOnly(2025, 1, 1), new DateOnly(2024, 1, 1), null))
            .Message.ShouldBe("Ngày sơ kết không được trước ngày phát động.");
    }

    [Fact]
    public void ThematicDossier_RequiresACampaign()
    {
        Should.Throw<DossierRuleException>(() => new Dossier(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 2025, AwardKinds.Thematic, "Hồ sơ", null, null, Guid.NewGuid(), DateTimeOffset.UtcNow))
            .Message.ShouldContain("phong trào thi đua");
        new Dossier(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 2025, AwardKinds.Thematic, "Hồ sơ", null, Guid.NewGuid(), Guid.NewGuid(), DateTimeOffset.UtcNow).CampaignId.ShouldNotBeNull();
    }

    [Fact]
    public void Registration_CoversARegistryEntryById_AndATypedNameByName()
    {
        var personId = Guid.NewGuid();
        var byId = new TitleRegistration(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 2025, NomineeKind.Person, personId, "Nguyễn Văn A", AwardCodes.GrassrootsEmulationFighter, Guid.NewGuid(), DateTimeOffset.UtcNow);
        byId.Covers(new NomineeRef(NomineeKind.Person, personId, "Tên khác")).ShouldBeTrue();
        byId.Covers(new NomineeRef(NomineeKind.Person, Guid.NewGuid(), "Nguyễn Văn A")).ShouldBeFalse();
        var typed = new TitleRegistration(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 2025, NomineeKind.Person, null, "Nguyễn Văn B", AwardCodes.GrassrootsEmulationFighter, Guid.NewGuid(), DateTimeOffset.UtcNow);
        typed.Covers(new NomineeRef(NomineeKind.Person, Guid.NewGuid(), "nguyễn văn b")).ShouldBeTrue();
        typed.Covers(new NomineeRef(NomineeKind.Collective, Guid.NewGuid(), "Nguyễn Văn B")).ShouldBeFalse();
    }
}
