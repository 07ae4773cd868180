namespace ThiDuaKhenThuong.Domain.Catalog;

/// <summary>
/// Validity periods are half-open, [ValidFrom, ValidTo): the day a successor comes into force is the first day the
/// predecessor is no longer in force (Decree 98/2023 to 30/06/2025 ⇒ ValidTo 01/07/2025), so periods chain without
/// gaps or overlaps — the same convention as <see cref="Organisation.Unit"/>.
/// </summary>
internal static class EffectiveDating
{
    public static bool Covers(DateOnly validFrom, DateOnly? validTo, DateOnly date) =>
        validFrom <= date && (validTo is null || date < validTo.Value);

    public static void EnsureRange(DateOnly validFrom, DateOnly? validTo)
    {
        if (validTo is not null && validTo.Value <= validFrom)
        {
            throw new ArgumentException("Ngày hết hiệu lực phải sau ngày có hiệu lực.", nameof(validTo));
        }
    }

    /// <summary>A derived copy may narrow its parent's period but never outlive it: a provincial copy of a superseded
    /// national set must not stay in force once the national rules change.</summary>
    public static (DateOnly From, DateOnly? To) Narrow(DateOnly parentFrom, DateOnly? parentTo, DateOnly? from, DateOnly? to)
    {
        var newFrom = from ?? parentFrom;
        var newTo = to ?? parentTo;
        EnsureRange(newFrom, newTo);
        var outsideParent = newFrom < parentFrom
            || (parentTo is not null && (newTo is null || newTo.Value > parentTo.Value));
        if (outsideParent)
        {
            throw new ArgumentException("Thời gian hiệu lực của bản của tỉnh phải nằm trong thời gian hiệu lực của bản quốc gia.", nameof(from));
        }

        return (newFrom, newTo);
    }
}
