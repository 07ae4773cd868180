using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Council;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Voting;

namespace ThiDuaKhenThuong.Domain.Tests.Council;

public class CouncilSessionTests
{
    private static readonly Guid Tenant = Guid.NewGuid();
    private static readonly Guid Unit = Guid.NewGuid();
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 2, 0, 0, TimeSpan.Zero);

    private static (CouncilSession Session, CouncilSessionItem Item, NomineeRef Nominee) Voting()
    {
        var dossier = new Dossier(Tenant, Guid.NewGuid(), Unit, 2025, AwardKinds.Annual, "Hồ sơ", null, null, Guid.NewGuid(), Now);
        var nominee = new NomineeRef(NomineeKind.Person, Guid.NewGuid(), "Nguyễn Văn An");
        var nomination = dossier.AddNomination(Guid.NewGuid(), nominee, AwardCodes.ProvincialEmulationFighter);
        var session = new CouncilSession(Tenant, Guid.NewGuid(), Guid.NewGuid(), new DateOnly(2026, 6, 15), "Phòng họp", null, Now.AddHours(2), Guid.NewGuid(), Now);
        var item = session.AddItem(Guid.NewGuid(), nomination, dossier.Id, Unit, VoteThreshold.Percent(70));
        session.Publish(Now);
        session.OpenVoting(Now);
        return (session, item, nominee);
    }

    private static CouncilMember Member(Guid? unit = null, Guid? person = null)
    {
        var member = new CouncilMember(Tenant, Guid.NewGuid(), Guid.NewGuid(), "Thành viên", "Giám đốc", CouncilRole.Member, new DateOnly(2021, 7, 1), null);
        member.Update(member.FullName, member.Position, member.Role, unit, null, member.StartsOn, null);
        member.LinkPerson(person);
        return member;
    }

    [Fact]
    public void AMemberOfTheNominatingUnit_OrTheNomineeThemself_IsExcluded_OthersAreNot()
    {
        var (_, item, nominee) = Voting();
        item.Excludes(Member(Unit)).ShouldBeTrue();
        item.Excludes(Member(null, nominee.Id)).ShouldBeTrue();
        item.Excludes(Member(Guid.NewGuid(), Guid.NewGuid())).ShouldBeFalse();
    }

    [Fact]
    public void NoResultExistsBeforeClose_AndClosingFreezesTheCountsAgainstTheThreshold()
    {
        var (session, item, _) = Voting();
        item.Result.ShouldBeNull();
        item.ForVotes.ShouldBeNull();

        // 31 seats, one excluded: 30 eligible, 70 % of 30 = 21 "for" needed.
        session.Close(31, new Dictionary<Guid, ItemTally> { [item.Id] = new(20, 5, 3, 28, 30) }, null, Now.AddHours(3));
        item.Result.ShouldBe(VoteResult.Failed);
        item.MinimumFor.ShouldBe(21);
        session.Status.ShouldBe(CouncilSessionStatus.Closed);
        Should.Throw<DossierRuleException>(() => session.Close(31, new Dictionary<Guid, ItemTally>(), null, Now.AddHours(4)));
    }

    [Fact]
    public void AReset_NeedsASecondOfficer_AndIsImpossibleOnceRecorded()
    {
        var (session, item, _) = Voting();
        session.Close(31, new Dictionary<Guid, ItemTally> { [item.Id] = new(22, 0, 0, 22, 31) }, null, Now.AddHours(3));
        item.Result.ShouldBe(VoteResult.Passed);
        var first = Guid.NewGuid();
        session.RequestReset(first, "Nhầm danh sách", Now.AddHours(3));
        Should.Throw<DossierRuleException>(() => session.ConfirmReset(first, Now.AddHours(6), Now.AddHours(3)))
            .Message.ShouldContain("cán bộ khác");
        session.ConfirmReset(Guid.NewGuid(), Now.AddHours(6), Now.AddHours(3));
        session.Status.ShouldBe(CouncilSessionStatus.Voting);
        item.Result.ShouldBeNull();
        session.ResetCount.ShouldBe(1);

        session.Close(31, new Dictionary<Guid, ItemTally> { [item.Id] = new(22, 0, 0, 22, 31) }, null, Now.AddHours(7));
        session.MarkResultsRecorded(Now.AddHours(8));
        Should.Throw<DossierRuleException>(() => session.RequestReset(first, "Muộn", Now.AddHours(9)));
    }
}
