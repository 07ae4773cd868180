using System.Text.Json.Serialization;

namespace ThiDuaKhenThuong.Domain.Voting;

/// <summary>Whose number the pass share is taken of.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<VoteBase>))]
public enum VoteBase
{
    /// <summary>All members of the council, present or not (DOMAIN §6 default).</summary>
    AllMembers,

    /// <summary>Only the members present at the session.</summary>
    Present,
}

/// <summary>
/// When a secret ballot passes: <c>for / base ≥ PassNumerator / PassDenominator</c>, and the session is quorate when
/// <c>present / council ≥ QuorumNumerator / QuorumDenominator</c>. Both are kept as integer fractions, never as
/// floating point, so that "70 % of 31 members" is decided exactly (22 passes, 21.7 would not exist).
/// </summary>
public sealed record VoteThreshold
{
    [JsonConstructor]
    public VoteThreshold(int passNumerator, int passDenominator, VoteBase @base, int quorumNumerator, int quorumDenominator)
    {
        EnsureFraction(passNumerator, passDenominator, nameof(passNumerator));
        EnsureFraction(quorumNumerator, quorumDenominator, nameof(quorumNumerator));
        if (!Enum.IsDefined(@base))
        {
            throw new ArgumentOutOfRangeException(nameof(@base), @base, "Cơ sở tính tỷ lệ biểu quyết không hợp lệ.");
        }

        PassNumerator = passNumerator;
        PassDenominator = passDenominator;
        Base = @base;
        QuorumNumerator = quorumNumerator;
        QuorumDenominator = quorumDenominator;
    }

    public int PassNumerator { get; }

    public int PassDenominator { get; }

    public VoteBase Base { get; }

    public int QuorumNumerator { get; }

    public int QuorumDenominator { get; }

    /// <summary>"≥ <paramref name="percent"/> % of <paramref name="base"/>", quorum two thirds of the council.</summary>
    public static VoteThreshold Percent(int percent, VoteBase @base = VoteBase.AllMembers) =>
        new(percent, 100, @base, 2, 3);

    /// <summary>For a minutes line such as "≥ 70/100 tổng số thành viên Hội đồng".</summary>
    public string Describe()
    {
        var share = PassDenominator == 100 ? $"{PassNumerator} %" : $"{PassNumerator}/{PassDenominator}";
        var basis = Base switch
        {
            VoteBase.AllMembers => "tổng số thành viên Hội đồng",
            VoteBase.Present => "số thành viên có mặt",
        };
        return $"Từ {share} {basis} trở lên đồng ý; điều kiện hợp lệ: có mặt từ {QuorumNumerator}/{QuorumDenominator} số thành viên";
    }

    private static void EnsureFraction(int numerator, int denominator, string name)
    {
        // A share above one could never be reached and a zero share would pass an empty ballot box.
        if (denominator <= 0 || numerator <= 0 || numerator > denominator)
        {
            throw new ArgumentOutOfRangeException(name, $"Tỷ lệ {numerator}/{denominator} không hợp lệ (phải trong khoảng (0, 1]).");
        }
    }
}
