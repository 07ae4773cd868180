namespace ThiDuaKhenThuong.Domain.Voting;

/// <summary>The outcome of one nomination's secret ballot.</summary>
public enum VoteResult
{
    Passed,
    Failed,

    /// <summary>Too few members present: the ballot decides nothing and must be held again.</summary>
    NoQuorum,
}

/// <summary>
/// Counting a secret ballot. Everything is exact integer arithmetic (widened to <see cref="long"/>): a share is
/// compared by cross-multiplying, so no rounding can ever turn 69.99 % into 70 %.
/// </summary>
public static class VoteTally
{
    /// <summary>Decides one nomination.</summary>
    /// <param name="councilSize">Members of the council on the session day.</param>
    /// <param name="presentCount">Members attending the session.</param>
    /// <param name="forVotes">Ballots for; written ballots of absent members count (DOMAIN §6), so the three
    /// counts together may exceed <paramref name="presentCount"/> but never <paramref name="councilSize"/>.</param>
    /// <param name="against">Ballots against.</param>
    /// <param name="abstain">Blank or abstaining ballots.</param>
    /// <param name="threshold">The award's threshold in force for the dossier.</param>
    public static VoteResult Decide(int councilSize, int presentCount, int forVotes, int against, int abstain, VoteThreshold threshold)
    {
        ArgumentNullException.ThrowIfNull(threshold);
        Validate(councilSize, presentCount, forVotes, against, abstain);

        if (!IsQuorate(councilSize, presentCount, threshold))
        {
            return VoteResult.NoQuorum;
        }

        long basis = BaseCount(councilSize, presentCount, threshold);
        return (long)forVotes * threshold.PassDenominator >= threshold.PassNumerator * basis
            ? VoteResult.Passed
            : VoteResult.Failed;
    }

    /// <summary><c>present × den ≥ num × council</c>.</summary>
    public static bool IsQuorate(int councilSize, int presentCount, VoteThreshold threshold)
    {
        ArgumentNullException.ThrowIfNull(threshold);
        return (long)presentCount * threshold.QuorumDenominator >= (long)threshold.QuorumNumerator * councilSize;
    }

    /// <summary>The fewest "for" ballots that pass (a ceiling), e.g. to print "cần 22/31 phiếu".</summary>
    public static int MinimumForVotes(int councilSize, int presentCount, VoteThreshold threshold)
    {
        ArgumentNullException.ThrowIfNull(threshold);
        long product = threshold.PassNumerator * BaseCount(councilSize, presentCount, threshold);
        return (int)((product + threshold.PassDenominator - 1) / threshold.PassDenominator);
    }

    private static long BaseCount(int councilSize, int presentCount, VoteThreshold threshold) => threshold.Base switch
    {
        VoteBase.AllMembers => councilSize,
        VoteBase.Present => presentCount,
    };

    private static void Validate(int councilSize, int presentCount, int forVotes, int against, int abstain)
    {
        if (councilSize <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(councilSize), "Hội đồng phải có ít nhất một thành viên.");
        }

        if (presentCount < 0 || presentCount > councilSize)
        {
            throw new ArgumentOutOfRangeException(nameof(presentCount), "Số thành viên có mặt vượt quá số thành viên Hội đồng.");
        }

        if (forVotes < 0 || against < 0 || abstain < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(forVotes), "Số phiếu không được âm.");
        }

        if ((long)forVotes + against + abstain > councilSize)
        {
            throw new ArgumentOutOfRangeException(nameof(forVotes), "Tổng số phiếu vượt quá số thành viên Hội đồng.");
        }
    }
}
