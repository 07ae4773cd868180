using ThiDuaKhenThuong.Domain.Organisation;
using static ThiDuaKhenThuong.Domain.Tests.Organisation.OrganisationTestData;

namespace ThiDuaKhenThuong.Domain.Tests.Organisation;

public class EmulationGroupTests
{
    private static readonly Guid A = Guid.CreateVersion7();
    private static readonly Guid B = Guid.CreateVersion7();
    private static readonly Guid C = Guid.CreateVersion7();

    private static EmulationGroup Cluster(params Guid[] members)
    {
        var group = new EmulationGroup(Province, Guid.CreateVersion7(), 2025, "c-1", "Cụm thi đua số 1", EmulationGroupKind.Cluster);
        foreach (var member in members)
        {
            group.AddMember(member);
        }

        return group;
    }

    [Fact]
    public void Membership_CanBeClosedAndReopenedWithinTheYear()
    {
        var group = Cluster(A);

        group.CloseMembership(A, D(2025, 4, 1));
        group.AddMember(A, D(2025, 9, 1));

        group.IsMemberOn(A, D(2025, 3, 31)).ShouldBeTrue();
        group.IsMemberOn(A, D(2025, 4, 1)).ShouldBeFalse();
        group.IsMemberOn(A, D(2025, 8, 31)).ShouldBeFalse();
        group.IsMemberOn(A, D(2025, 9, 1)).ShouldBeTrue();
        group.IsMemberOn(A, D(2025, 12, 31)).ShouldBeTrue();
        group.Members.Count.ShouldBe(2);
    }

    [Fact]
    public void Membership_OverlappingAnother_OrOutsideTheYear_IsRefused()
    {
        var group = Cluster(A);

        Should.Throw<OrganisationRuleException>(() => group.AddMember(A, D(2025, 6, 1))).Message.ShouldContain("đã là thành viên");
        Should.Throw<OrganisationRuleException>(() => group.AddMember(B, D(2026, 1, 1))).Message.ShouldBe("Ngày bắt đầu phải nằm trong năm 2025.");
        Should.Throw<OrganisationRuleException>(() => group.CloseMembership(B, D(2025, 6, 1)));
        group.Members.Count.ShouldBe(1);
    }

    [Fact]
    public void Leader_MustBeAMemberThroughoutTheDuty()
    {
        var group = Cluster(A);
        group.AddMember(B, D(2025, 7, 1));

        Should.Throw<OrganisationRuleException>(() => group.AssignLeader(GroupRole.Leader, C, group.FirstDay, null)).Message.ShouldContain("phải là thành viên");
        Should.Throw<OrganisationRuleException>(() => group.AssignLeader(GroupRole.Leader, B, group.FirstDay, null)).Message.ShouldContain("phải là thành viên");
        group.AssignLeader(GroupRole.Leader, B, D(2025, 7, 1), null);
        group.Leaders.Count.ShouldBe(1);
    }

    [Fact]
    public void LeaderPeriods_OfTheSameDuty_MustNotOverlap()
    {
        var group = Cluster(A, B);
        group.AssignLeader(GroupRole.Leader, A, group.FirstDay, D(2025, 7, 1));

        var error = Should.Throw<OrganisationRuleException>(() => group.AssignLeader(GroupRole.Leader, B, D(2025, 6, 1), null));

        error.Message.ShouldBe("Thời gian làm cụm trưởng trùng với một nhiệm kỳ cụm trưởng khác (từ 01/01/2025 đến hết 30/06/2025).");
        group.AssignLeader(GroupRole.Leader, B, D(2025, 7, 1), null);
        group.Leaders.Count.ShouldBe(2);
    }

    [Fact]
    public void OneUnit_CannotBeLeaderAndDeputyAtOnce()
    {
        var group = Cluster(A, B);
        group.AssignLeader(GroupRole.Leader, A, group.FirstDay, null);

        Should.Throw<OrganisationRuleException>(() => group.AssignLeader(GroupRole.Deputy, A, group.FirstDay, null))
            .Message.ShouldBe("Một đơn vị không thể đồng thời là cụm trưởng và cụm phó.");
    }

    [Fact]
    public void ClosingAMembership_EndsTheUnitsDutyTheSameDay()
    {
        var group = Cluster(A, B);
        var duty = group.AssignLeader(GroupRole.Leader, A, group.FirstDay, null);

        group.CloseMembership(A, D(2025, 7, 1));

        duty.ValidTo.ShouldBe(D(2025, 7, 1));
    }

    [Fact]
    public void ClosingAMembership_OnItsFirstDay_RemovesIt()
    {
        var group = Cluster(A);
        group.AddMember(B, D(2025, 5, 1));

        group.CloseMembership(B, D(2025, 5, 1));

        group.Members.Select(m => m.UnitId).ShouldBe([A]);
    }

    [Fact]
    public void ShorteningAnEarlierMembership_LeavesTheDutyOfALaterOneAlone()
    {
        var group = Cluster(A, B);
        group.CloseMembership(A, D(2025, 6, 1));
        group.AddMember(A, D(2025, 9, 1));
        var later = group.AssignLeader(GroupRole.Leader, A, D(2025, 9, 1), null);

        group.CloseMembership(A, D(2025, 3, 1));

        group.Leaders.ShouldBe([later]);
        later.ValidTo.ShouldBeNull();
    }

    [Fact]
    public void EndLeadership_OnItsFirstDay_RemovesIt()
    {
        var group = Cluster(A, B);
        var duty = group.AssignLeader(GroupRole.Deputy, B, D(2025, 3, 1), null);

        group.EndLeadership(duty.Id, D(2025, 3, 1));

        group.Leaders.ShouldBeEmpty();
    }

    [Fact]
    public void WithdrawUnit_EndsRunningPeriods_AndDropsOnesThatHadNotStarted()
    {
        var group = Cluster(A, B);
        group.AssignLeader(GroupRole.Leader, A, group.FirstDay, null);
        group.CloseMembership(B, D(2025, 3, 1));
        group.AddMember(B, D(2025, 9, 1));

        group.WithdrawUnit(A, D(2025, 7, 1));
        group.WithdrawUnit(B, D(2025, 7, 1));

        group.Members.Where(m => m.UnitId == A).Select(m => m.ValidTo).ShouldBe([D(2025, 7, 1)]);
        group.Members.Where(m => m.UnitId == B).Select(m => m.ValidTo).ShouldBe([D(2025, 3, 1)]);
        group.Leaders.Single().ValidTo.ShouldBe(D(2025, 7, 1));
    }

    [Fact]
    public void CopyToNextYear_TakesMembersAtYearEndWhoseUnitStillExists_AndTheirDuties()
    {
        var group = Cluster(A, B, C);
        group.AssignLeader(GroupRole.Leader, A, group.FirstDay, null);
        group.AssignLeader(GroupRole.Deputy, B, group.FirstDay, null);
        group.CloseMembership(B, D(2025, 10, 1));

        var copy = group.CopyToNextYear(Guid.CreateVersion7(), unit => unit != C);

        copy.Year.ShouldBe(2026);
        (copy.Code, copy.Name, copy.Kind).ShouldBe(("C-1", "Cụm thi đua số 1", EmulationGroupKind.Cluster));
        copy.Members.Select(m => (m.UnitId, m.ValidFrom, m.ValidTo)).ShouldBe([(A, D(2026, 1, 1), (DateOnly?)null)]);
        copy.Leaders.Select(l => (l.Role, l.UnitId, l.ValidFrom, l.ValidTo)).ShouldBe([(GroupRole.Leader, A, D(2026, 1, 1), (DateOnly?)null)]);
        group.Members.Count.ShouldBe(3);
    }
}
