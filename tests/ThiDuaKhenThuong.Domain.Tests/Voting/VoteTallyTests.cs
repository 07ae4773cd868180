using System.Text.Json;
using ThiDuaKhenThuong.Domain.Voting;

namespace ThiDuaKhenThuong.Domain.Tests.Voting;

public class VoteTallyTests
{
    public static TheoryData<int, int> CouncilSizesAndPercents()
    {
        var data = new TheoryData<int, int>();
        foreach (var percent in new[] { 70, 90 })
        {
            for (var size = 5; size <= 31; size++)
            {
                data.Add(size, percent);
            }
        }

        return data;
    }

    /// <summary>The smallest k with k/size ≥ percent/100, found by counting up — independent of the ceiling formula.</summary>
    private static int MinimalPassing(int size, int percent)
    {
        var k = 0;
        while (k * 100 < percent * size)
        {
            k++;
        }

        return k;
    }

    [Theory]
    [MemberData(nameof(CouncilSizesAndPercents))]
    public void AllMembersThreshold_FailsBelow_PassesAtAndAbove(int size, int percent)
    {
        var threshold = VoteThreshold.Percent(percent);
        var needed = MinimalPassing(size, percent);

        VoteTally.Decide(size, size, needed - 1, size - needed + 1, 0, threshold).ShouldBe(VoteResult.Failed);
        VoteTally.Decide(size, size, needed, size - needed, 0, threshold).ShouldBe(VoteResult.Passed);
        if (needed + 1 <= size)
        {
            VoteTally.Decide(size, size, needed + 1, size - needed - 1, 0, threshold).ShouldBe(VoteResult.Passed);
        }
        else
        {
            // e.g. 90 % of 5 needs all 5: one more ballot than members cannot exist.
            Should.Throw<ArgumentOutOfRangeException>(() => VoteTally.Decide(size, size, needed + 1, 0, 0, threshold));
        }

        VoteTally.MinimumForVotes(size, size, threshold).ShouldBe(needed);
    }

    [Theory]
    [MemberData(nameof(CouncilSizesAndPercents))]
    public void AllMembersBase_FailsAUnanimousQuorateSession_ThatIsOneShortOfTheCouncilThreshold(int size, int percent)
    {
        var needed = MinimalPassing(size, percent);
        var present = needed - 1;
        if (!VoteTally.IsQuorate(size, present, VoteThreshold.Percent(percent)))
        {
            return; // at this size a session that small is not quorate, so there is nothing to distinguish
        }

        VoteTally.Decide(size, present, present, 0, 0, VoteThreshold.Percent(percent)).ShouldBe(VoteResult.Failed);
        VoteTally.Decide(size, present, present, 0, 0, VoteThreshold.Percent(percent, VoteBase.Present)).ShouldBe(VoteResult.Passed);
    }

    [Theory]
    [MemberData(nameof(CouncilSizesAndPercents))]
    public void PresentBase_UsesTheMembersPresent(int size, int percent)
    {
        var threshold = VoteThreshold.Percent(percent, VoteBase.Present);
        var present = size - 1 >= (2 * size + 2) / 3 ? size - 1 : size;
        var needed = MinimalPassing(present, percent);

        VoteTally.Decide(size, present, needed - 1, present - needed + 1, 0, threshold).ShouldBe(VoteResult.Failed);
        VoteTally.Decide(size, present, needed, 0, present - needed, threshold).ShouldBe(VoteResult.Passed);
    }

    [Theory]
    [InlineData(5, 4)] // 4/5 ≥ 2/3
    [InlineData(6, 4)] // exactly 2/3
    [InlineData(9, 6)]
    [InlineData(31, 21)] // 21/31 = 67.7 %
    public void Quorum_IsTwoThirds_Inclusive(int size, int minimalPresent)
    {
        var threshold = VoteThreshold.Percent(70);

        VoteTally.IsQuorate(size, minimalPresent, threshold).ShouldBeTrue();
        VoteTally.IsQuorate(size, minimalPresent - 1, threshold).ShouldBeFalse();
        VoteTally.Decide(size, minimalPresent - 1, minimalPresent - 1, 0, 0, threshold).ShouldBe(VoteResult.NoQuorum);
    }

    [Theory]
    [MemberData(nameof(CouncilSizesAndPercents))]
    public void Quorum_MatchesIntegerCeilingOfTwoThirds(int size, int percent)
    {
        var threshold = VoteThreshold.Percent(percent);
        var minimalPresent = (2 * size + 2) / 3;

        VoteTally.IsQuorate(size, minimalPresent, threshold).ShouldBeTrue();
        VoteTally.IsQuorate(size, minimalPresent - 1, threshold).ShouldBeFalse();
    }

    [Fact]
    public void WrittenBallotsOfAbsentMembers_Count()
    {
        // 31 members, 25 present, 22 for (incl. written ballots from absent members) ≥ 70 % of 31 = 21.7.
        VoteTally.Decide(31, 25, 22, 3, 2, VoteThreshold.Percent(70)).ShouldBe(VoteResult.Passed);
    }

    [Theory]
    [InlineData(0, 0, 0, 0, 0)]
    [InlineData(5, 6, 0, 0, 0)]
    [InlineData(5, 5, -1, 0, 0)]
    [InlineData(5, 5, 3, 2, 1)]
    public void Decide_RejectsImpossibleCounts(int size, int present, int forVotes, int against, int abstain)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => VoteTally.Decide(size, present, forVotes, against, abstain, VoteThreshold.Percent(70)));
    }

    [Theory]
    [InlineData(0, 100)]
    [InlineData(101, 100)]
    [InlineData(70, 0)]
    public void Threshold_RejectsImpossibleShares(int numerator, int denominator)
    {
        Should.Throw<ArgumentOutOfRangeException>(() => new VoteThreshold(numerator, denominator, VoteBase.AllMembers, 2, 3));
    }

    [Fact]
    public void Threshold_AcceptsAFractionOtherThanPercent()
    {
        var twoThirds = new VoteThreshold(2, 3, VoteBase.Present, 1, 2);

        VoteTally.Decide(9, 9, 6, 3, 0, twoThirds).ShouldBe(VoteResult.Passed);
        VoteTally.Decide(9, 9, 5, 4, 0, twoThirds).ShouldBe(VoteResult.Failed);
        twoThirds.Describe().ShouldContain("2/3 số thành viên có mặt");
    }

    [Fact]
    public void Threshold_RoundTripsThroughJson_WithTheBaseAsName()
    {
        var threshold = VoteThreshold.Percent(90);

        var json = JsonSerializer.Serialize(threshold);

        json.ShouldContain("\"Base\":\"AllMembers\"");
        JsonSerializer.Deserialize<VoteThreshold>(json).ShouldBe(threshold);
    }
}
