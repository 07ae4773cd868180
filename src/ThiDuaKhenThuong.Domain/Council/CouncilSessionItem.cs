using ThiDuaKhenThuong.Domain.Auditing;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Tenancy;
using ThiDuaKhenThuong.Domain.Voting;

namespace ThiDuaKhenThuong.Domain.Council;

/// <summary>The counts of one item: ballots of each choice and the size of the council that could vote on it.</summary>
/// <param name="Eligible">Members of the council on the meeting day minus those excluded from this item.</param>
public sealed record ItemTally(int For, int Against, int Abstain, int Present, int Eligible);

/// <summary>
/// One nomination on a session's agenda, with the catalog's threshold copied when it was put on the agenda, and after
/// close the frozen counts. It says nothing about who voted how.
/// </summary>
public sealed class CouncilSessionItem : ITenantOwned, IAuditable
{
    private CouncilSessionItem()
    {
        AwardCode = NomineeName = string.Empty;
    }

    internal CouncilSessionItem(Guid tenantId, Guid id, Guid sessionId, Nomination nomination, Guid dossierId, Guid dossierUnitId, int order, VoteThreshold threshold)
    {
        TenantId = tenantId;
        Id = id;
        SessionId = sessionId;
        NominationId = nomination.Id;
        DossierId = dossierId;
        DossierUnitId = dossierUnitId;
        NomineeKind = nomination.Nominee.Kind;
        NomineeId = nomination.Nominee.Id;
        NomineeName = nomination.Nominee.Name;
        AwardCode = nomination.AwardCode;
        Order = order;
        PassNumerator = threshold.PassNumerator;
        PassDenominator = threshold.PassDenominator;
        Base = threshold.Base;
        QuorumNumerator = threshold.QuorumNumerator;
        QuorumDenominator = threshold.QuorumDenominator;
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public Guid SessionId { get; private set; }

    public Guid NominationId { get; private set; }

    public Guid DossierId { get; private set; }

    /// <summary>The nominating unit: its members sit this item out.</summary>
    public Guid DossierUnitId { get; private set; }

    public NomineeKind NomineeKind { get; private set; }

    public Guid NomineeId { get; private set; }

    public string NomineeName { get; private set; }

    public string AwardCode { get; private set; }

    public int Order { get; private set; }

    public int PassNumerator { get; private set; }

    public int PassDenominator { get; private set; }

    public VoteBase Base { get; private set; }

    public int QuorumNumerator { get; private set; }

    public int QuorumDenominator { get; private set; }

    public int? ForVotes { get; private set; }

    public int? AgainstVotes { get; private set; }

    public int? AbstainVotes { get; private set; }

    /// <summary>Members who took part in the vote on this item (online or in writing).</summary>
    public int? PresentCount { get; private set; }

    /// <summary>Members who could vote on this item: the council minus those with a conflict of interest.</summary>
    public int? EligibleCount { get; private set; }

    public VoteResult? Result { get; private set; }

    public VoteThreshold Threshold => new(PassNumerator, PassDenominator, Base, QuorumNumerator, QuorumDenominator);

    /// <summary>The fewest "for" ballots that pass, once counted.</summary>
    public int? MinimumFor => EligibleCount is { } eligible && PresentCount is { } present && eligible > 0
        ? VoteTally.MinimumForVotes(eligible, Math.Min(present, eligible), Threshold)
        : null;

    /// <summary>Whether <paramref name="member"/> must sit this item out: they are the nominee, or of the nominating unit.</summary>
    public bool Excludes(CouncilMember member)
    {
        ArgumentNullException.ThrowIfNull(member);
        return (member.UnitId is { } unit && unit == DossierUnitId)
               || (NomineeKind == NomineeKind.Person && member.PersonId is { } person && person == NomineeId);
    }

    internal void Renumber(int order) => Order = order;

    internal void Count(ItemTally tally)
    {
        ForVotes = tally.For;
        AgainstVotes = tally.Against;
        AbstainVotes = tally.Abstain;
        PresentCount = tally.Present;
        EligibleCount = tally.Eligible;
        Result = tally.Eligible <= 0
            ? VoteResult.NoQuorum
            : VoteTally.Decide(tally.Eligible, Math.Min(tally.Present, tally.Eligible), tally.For, tally.Against, tally.Abstain, Threshold);
    }

    internal void ClearCount()
    {
        ForVotes = AgainstVotes = AbstainVotes = PresentCount = EligibleCount = null;
        Result = null;
    }
}
