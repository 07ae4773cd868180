namespace ThiDuaKhenThuong.Domain.Catalog;

/// <summary>Picks the rule set in force on a date — for a dossier, the day its complete dossier was received.</summary>
public static class RuleSetSelector
{
    /// <summary>
    /// A province's own set is preferred over the national one when both cover the date; among sets of the same
    /// standing the one that took effect last wins. Returns null when no set covers the date.
    /// </summary>
    /// <exception cref="InvalidOperationException">Two sets of the same standing start on the same day and both cover
    /// the date: the configuration is ambiguous and guessing would judge a dossier under the wrong rules.</exception>
    public static RuleSet? For(DateOnly date, IEnumerable<RuleSet> sets)
    {
        ArgumentNullException.ThrowIfNull(sets);
        var inForce = sets.Where(s => s.IsInForceOn(date)).ToList();
        var candidates = inForce.Any(s => s.IsTenantDerived) ? inForce.Where(s => s.IsTenantDerived).ToList() : inForce;
        if (candidates.Count == 0)
        {
            return null;
        }

        var latestStart = candidates.Max(s => s.ValidFrom);
        var latest = candidates.Where(s => s.ValidFrom == latestStart).ToList();
        return latest.Count == 1
            ? latest[0]
            : throw new InvalidOperationException(
                $"Có {latest.Count} bộ quy tắc cùng hiệu lực từ {latestStart:dd/MM/yyyy} ({string.Join(", ", latest.Select(s => s.Code))}); cần điều chỉnh thời gian hiệu lực.");
    }
}
