using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Domain.Council;

public enum BallotChoice
{
    /// <summary>Đồng ý.</summary>
    For,

    /// <summary>Không đồng ý.</summary>
    Against,

    /// <summary>Không biểu quyết.</summary>
    Abstain,

    /// <summary>The voter had a conflict of interest on this item: counted as neither, kept so ballots = participations.</summary>
    Excluded,
}

public static class BallotChoiceLabels
{
    public static string Label(this BallotChoice choice) => choice switch
    {
        BallotChoice.For => "Đồng ý",
        BallotChoice.Against => "Không đồng ý",
        BallotChoice.Abstain => "Không biểu quyết",
        BallotChoice.Excluded => "Không tham gia (xung đột lợi ích)",
    };
}

/// <summary>
/// One secret ballot on one agenda item. Deliberately nothing else: no voter, no time, no sequence, a random key
/// (<see cref="Guid.NewGuid"/>, never a time-ordered v7) — and not <c>IAuditable</c>, so no change log row exists for it.
/// Who voted is recorded apart, in <see cref="CouncilParticipation"/>.
/// </summary>
public sealed class CouncilBallot : ITenantOwned
{
    private CouncilBallot()
    {
    }

    public CouncilBallot(Guid tenantId, Guid itemId, BallotChoice choice)
    {
        TenantId = tenantId;
        Id = Guid.NewGuid();
        ItemId = itemId;
        Choice = choice;
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public Guid ItemId { get; private set; }

    public BallotChoice Choice { get; private set; }
}

public enum ParticipationMethod
{
    /// <summary>The member submitted the ballot page.</summary>
    Online,

    /// <summary>An absent member's written ballot, entered by an officer.</summary>
    Written,
}

/// <summary>
/// That a member voted in a session — never how. Unique per (session, member): the second submission of the same
/// member fails on the key in the transaction that would have stored its ballots. A written ballot records who entered
/// it and when; an online one records no time, so nothing can be lined up with the ballot box.
/// </summary>
public sealed class CouncilParticipation : ITenantOwned
{
    private CouncilParticipation()
    {
    }

    private CouncilParticipation(Guid tenantId, Guid sessionId, Guid memberId, ParticipationMethod method, Guid? enteredBy, DateTimeOffset? enteredAt)
    {
        TenantId = tenantId;
        SessionId = sessionId;
        MemberId = memberId;
        Method = method;
        EnteredBy = enteredBy;
        EnteredAt = enteredAt;
    }

    public Guid TenantId { get; private set; }

    public Guid SessionId { get; private set; }

    public Guid MemberId { get; private set; }

    public ParticipationMethod Method { get; private set; }

    /// <summary>The officer who entered a written ballot.</summary>
    public Guid? EnteredBy { get; private set; }

    public DateTimeOffset? EnteredAt { get; private set; }

    public static CouncilParticipation Online(Guid tenantId, Guid sessionId, Guid memberId) => new(tenantId, sessionId, memberId, ParticipationMethod.Online, null, null);

    public static CouncilParticipation Written(Guid tenantId, Guid sessionId, Guid memberId, Guid enteredBy, DateTimeOffset enteredAt)
        => new(tenantId, sessionId, memberId, ParticipationMethod.Written, enteredBy, enteredAt);
}
