using System.Text.Json.Serialization;

namespace ThiDuaKhenThuong.Domain.Catalog;

/// <summary>
/// The typed parameters of one rule kind. Only this assembly derives from it (private protected constructor), so JSON and the
/// evaluator know every kind; see <see cref="RuleKinds.ParametersType"/>.
/// </summary>
public abstract record RuleParameters
{
    private protected RuleParameters()
    {
    }

    /// <summary>The kind these parameters belong to (kept out of JSON: <see cref="RuleDefinition"/> stores it once).</summary>
    [JsonIgnore]
    public RuleKind Kind => RuleKinds.KindOf(GetType());

    /// <summary>Throws <see cref="ArgumentException"/> with a Vietnamese message when a parameter is out of range.
    /// Called by <see cref="RuleDefinition"/>, so a <c>with</c> copy cannot slip past it.</summary>
    public abstract void Validate();

    private protected static void Positive(int value, string name)
    {
        if (value <= 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"Tham số {name} phải lớn hơn 0.");
        }
    }

    private protected static void NotNegative(int value, string name)
    {
        if (value < 0)
        {
            throw new ArgumentOutOfRangeException(name, value, $"Tham số {name} không được âm.");
        }
    }

    private protected static void InPercentRange(int value, string name)
    {
        if (value is <= 0 or > 100)
        {
            throw new ArgumentOutOfRangeException(name, value, $"Tỷ lệ {name} phải trong khoảng 1–100 %.");
        }
    }

    private protected static void Code(string value, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new ArgumentException($"Thiếu mã danh hiệu ({name}).", name);
        }
    }

    private protected static void Defined<TEnum>(TEnum value, string name)
        where TEnum : struct, Enum
    {
        if (!Enum.IsDefined(value))
        {
            throw new ArgumentOutOfRangeException(name, value, $"Giá trị {name} không hợp lệ.");
        }
    }
}
