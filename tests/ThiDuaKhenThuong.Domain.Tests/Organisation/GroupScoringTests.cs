using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Domain.Organisation.Scoring;
using static ThiDuaKhenThuong.Domain.Organisation.Scoring.GroupScoring;

namespace ThiDuaKhenThuong.Domain.Tests.Organisation;

public class GroupScoringTests
{
    private static readonly Guid A = Guid.CreateVersion7();
    private static readonly Guid B = Guid.CreateVersion7();
    private static readonly Guid C = Guid.CreateVersion7();
    private static readonly Guid D = Guid.CreateVersion7();
    private static readonly Guid E = Guid.CreateVersion7();

    private static readonly Criterion Work = new(Guid.CreateVersion7(), CriterionKind.Standard, 60);
    private static readonly Criterion Movement = new(Guid.CreateVersion7(), CriterionKind.Standard, 40);
    private static readonly Criterion Bonus = new(Guid.CreateVersion7(), CriterionKind.Bonus, 5);
    private static readonly Criterion Penalty = new(Guid.CreateVersion7(), CriterionKind.Penalty, 10);
    private static readonly Criterion[] Sheet = [Work, Movement, Bonus, Penalty];

    /// <summary>All four criteria from one scorer to one member: work, movement, bonus, penalty.</summary>
    private static IEnumerable<CrossScore> Gives(Guid scorer, Guid member, decimal work, decimal movement, decimal bonus = 0, decimal penalty = 0) =>
    [
        new(member, scorer, Work.Id, work),
        new(member, scorer, Movement.Id, movement),
        new(member, scorer, Bonus.Id, bonus),
        new(member, scorer, Penalty.Id, penalty),
    ];

    private static Result LeaderAndDeputy(IEnumerable<CrossScore> scores)
    {
        Guid[] members = [A, B, C, D];
        return Consolidate(Sheet, members, m => ExpectedScorers(CrossScoringMode.LeaderAndDeputy, m, members, A, B), scores.ToList());
    }

    private static Result Peers(Guid[] members, IEnumerable<CrossScore> scores)
        => Consolidate(Sheet, members, m => ExpectedScorers(CrossScoringMode.Peers, m, members, null, null), scores.ToList());

    [Fact]
    public void FinalScore_IsTheMeanOfCrossScoresPerCriterion_PlusBonusMinusPenalty()
    {
        var result = LeaderAndDeputy([
            .. Gives(B, A, 50, 30, 5, 0),
            .. Gives(A, B, 40, 30),
            .. Gives(A, C, 50, 35, 4, 2), .. Gives(B, C, 55, 36, 5, 0),
            .. Gives(A, D, 45, 30), .. Gives(B, D, 50, 33),
        ]);

        result.AllIn.ShouldBeTrue();
        // C: work (50+55)/2 = 52.5, movement 35.5, bonus 4.5, penalty 1 → 91.5
        result.Members.Single(m => m.UnitId == C).Final.ShouldBe(91.5m);
        result.Members.Single(m => m.UnitId == A).Final.ShouldBe(85m);
        result.Members.Single(m => m.UnitId == D).Final.ShouldBe(79m);
        result.SheetMaximum.ShouldBe(105m);
    }

    [Fact]
    public void EqualFinals_ShareARank_AndTheNextRankIsSkipped()
    {
        var result = LeaderAndDeputy([
            .. Gives(B, A, 50, 30),
            .. Gives(A, B, 40, 40),
            .. Gives(A, C, 60, 40), .. Gives(B, C, 60, 40),
            .. Gives(A, D, 45, 30), .. Gives(B, D, 45, 30),
        ]);

        var ranks = result.Members.ToDictionary(m => m.UnitId, m => m.Rank);
        ranks[C].ShouldBe(1);
        ranks[A].ShouldBe(2);
        ranks[B].ShouldBe(2, "A and B both have 80 points");
        ranks[D].ShouldBe(4);
    }

    [Fact]
    public void MissingCrossScore_LeavesTheMemberIncomplete_WithoutRankOrFlags()
    {
        var result = LeaderAndDeputy([
            .. Gives(B, A, 50, 30),
            .. Gives(A, B, 40, 40),
            .. Gives(A, C, 60, 40),
            .. Gives(A, D, 45, 30), .. Gives(B, D, 45, 30),
        ]);

        result.AllIn.ShouldBeFalse();
        var c = result.Members.Single(m => m.UnitId == C);
        c.Complete.ShouldBeFalse();
        c.Final.ShouldBeNull();
        c.Rank.ShouldBeNull();
        c.Missing.ShouldBe(4);
        result.Flags.ShouldBeEmpty();
    }

    [Fact]
    public void SelfScores_NeverCount()
    {
        var result = LeaderAndDeputy([
            .. Gives(C, C, 60, 40, 5, 0),
            .. Gives(B, A, 50, 30), .. Gives(A, B, 40, 40),
            .. Gives(A, C, 30, 20), .. Gives(B, C, 30, 20),
            .. Gives(A, D, 45, 30), .. Gives(B, D, 45, 30),
        ]);

        result.Members.Single(m => m.UnitId == C).Final.ShouldBe(50m);
    }

    [Fact]
    public void AScorerFarFromTheMedian_IsFlaggedAsAnOutlier()
    {
        Guid[] members = [A, B, C, D];
        var scores = new List<CrossScore>();
        foreach (var member in members)
        {
            foreach (var scorer in members.Where(s => s != member))
            {
                // D marks A down by 30 of 105 points (over 15 % = 15.75); everything else is 80.
                scores.AddRange(scorer == D && member == A ? Gives(scorer, member, 30, 20) : Gives(scorer, member, 50, 30));
            }
        }

        var result = Peers(members, scores);

        var flag = result.Flags.ShouldHaveSingleItem();
        flag.Kind.ShouldBe(FlagKind.OutlierScorer);
        flag.ScorerUnitId.ShouldBe(D);
        flag.ScoredUnitId.ShouldBe(A);
        flag.Deviation.ShouldBe(-30m);
    }

    [Fact]
    public void TwoUnitsScoringEachOtherHigh_AreFlaggedAsAPair()
    {
        Guid[] members = [A, B, C, D, E];
        var scores = new List<CrossScore>();
        foreach (var member in members)
        {
            foreach (var scorer in members.Where(s => s != member))
            {
                // A and B give each other 95; everyone else gives 80 (excess 15 > 10.5, under the 15.75 outlier bar).
                var high = (scorer == A && member == B) || (scorer == B && member == A);
                scores.AddRange(high ? Gives(scorer, member, 57, 38) : Gives(scorer, member, 50, 30));
            }
        }

        var result = Peers(members, scores);

        var flag = result.Flags.ShouldHaveSingleItem();
        flag.Kind.ShouldBe(FlagKind.MutualHighScores);
        new[] { flag.ScoredUnitId, flag.ScorerUnitId }.ShouldBe(new[] { A, B }, ignoreOrder: true);
    }

    [Fact]
    public void TwoScorersFarApart_AreFlagged()
    {
        var result = LeaderAndDeputy([
            .. Gives(B, A, 50, 30), .. Gives(A, B, 40, 40),
            .. Gives(A, C, 60, 40), .. Gives(B, C, 40, 20),
            .. Gives(A, D, 45, 30), .. Gives(B, D, 45, 30),
        ]);

        var flag = result.Flags.ShouldHaveSingleItem();
        flag.Kind.ShouldBe(FlagKind.ScorersDisagree);
        flag.ScoredUnitId.ShouldBe(C);
        flag.ScorerUnitId.ShouldBe(A);
    }

    [Fact]
    public void LeaderAndDeputy_NeverScoreThemselves()
    {
        Guid[] members = [A, B, C];
        ExpectedScorers(CrossScoringMode.LeaderAndDeputy, A, members, A, B).ShouldBe([B]);
        ExpectedScorers(CrossScoringMode.LeaderAndDeputy, C, members, A, B).ShouldBe([A, B], ignoreOrder: true);
        ExpectedScorers(CrossScoringMode.Peers, C, members, A, B).ShouldBe([A, B], ignoreOrder: true);
    }

    [Fact]
    public void ACrossScoreOfItself_IsRefused()
    {
        var refusal = Should.Throw<OrganisationRuleException>(() => new GroupScore(Guid.NewGuid(), Guid.NewGuid(), A, A, Guid.NewGuid(), ScoreKind.Cross));
        refusal.Message.ShouldBe(GroupScore.SelfCrossScoreRefusal);
    }

    [Theory]
    [InlineData(7, 50, 3)]
    [InlineData(8, 50, 3)]
    [InlineData(10, 35, 3)]
    [InlineData(7, 100, 6)]
    [InlineData(7, 0, 0)]
    [InlineData(2, 50, 0)]
    [InlineData(1, 50, 0)]
    public void ProposalQuota_IsTheShareOfTheOtherMembers_RoundedDown(int members, int percent, int expected)
        => ProposalQuota.MaxCertificates(members, percent).ShouldBe(expected);

    [Fact]
    public void LeadingUnitVote_ElectsOnlyWithMoreThanHalfOfTheBallots()
    {
        LeadingUnitVote.Tally([A, A, A, B, C]).Elected.ShouldBe(A);
        LeadingUnitVote.Tally([A, A, B, B]).Elected.ShouldBeNull();
        LeadingUnitVote.Tally([A, A, B, C]).Elected.ShouldBeNull("2 of 4 is not more than half");
        LeadingUnitVote.Tally([]).Elected.ShouldBeNull();
    }
}
