using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Domain.Organisation.Scoring;

/// <summary>
/// One secret ballot of the leading-unit vote (suy tôn). It names the chosen unit and nothing else: no voter, no time,
/// no sequence; its key is a random UUID (not time-ordered) so neither key nor column can link it to a voter. It is
/// deliberately not audited (the change log would record who inserted it and when).
/// </summary>
public sealed class GroupBallot : ITenantOwned
{
    private GroupBallot()
    {
    }

    public GroupBallot(Guid tenantId, Guid groupId, Guid candidateUnitId)
    {
        TenantId = tenantId;
        Id = Guid.NewGuid();
        GroupId = groupId;
        CandidateUnitId = candidateUnitId;
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public Guid GroupId { get; private set; }

    public Guid CandidateUnitId { get; private set; }
}

/// <summary>That a member unit has voted (one row per group and unit, unique), kept apart from the ballots.</summary>
public sealed class GroupBallotParticipation : ITenantOwned
{
    private GroupBallotParticipation()
    {
    }

    public GroupBallotParticipation(Guid tenantId, Guid groupId, Guid voterUnitId)
    {
        TenantId = tenantId;
        GroupId = groupId;
        VoterUnitId = voterUnitId;
    }

    public Guid TenantId { get; private set; }

    public Guid GroupId { get; private set; }

    public Guid VoterUnitId { get; private set; }
}

/// <summary>
/// Counting the suy tôn vote: a unit is elected when it has the most ballots and more than half of the ballots cast
/// (simple majority). Otherwise nobody is elected and a new round is held.
/// </summary>
public static class LeadingUnitVote
{
    public sealed record Count(Guid UnitId, int Votes);

    public sealed record Outcome(IReadOnlyList<Count> Counts, int BallotsCast, Guid? Elected);

    public static Outcome Tally(IEnumerable<Guid> ballots)
    {
        ArgumentNullException.ThrowIfNull(ballots);
        var counts = ballots.GroupBy(b => b).Select(g => new Count(g.Key, g.Count())).OrderByDescending(c => c.Votes).ToList();
        var cast = counts.Sum(c => c.Votes);
        Guid? elected = counts.Count > 0 && 2L * counts[0].Votes > cast ? counts[0].UnitId : null;
        return new Outcome(counts, cast, elected);
    }
}

/// <summary>The cluster's proposal quota: certificates for at most a share of the members other than the leading unit, rounded down.</summary>
public static class ProposalQuota
{
    public static int MaxCertificates(int memberCount, int sharePercent)
    {
        if (memberCount <= 1 || sharePercent <= 0)
        {
            return 0;
        }

        return (int)((long)(memberCount - 1) * Math.Min(sharePercent, 100) / 100);
    }
}
