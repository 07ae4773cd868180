namespace ThiDuaKhenThuong.Domain.Organisation.Scoring;

/// <summary>
/// Consolidation of a cluster's cross-scores (docs/clusters.md explains it for users):
/// <list type="bullet">
/// <item>A member's points for a criterion are the mean of the cross-scores given by its expected scorers, capped at
/// the criterion's maximum. Self-assessment never counts.</item>
/// <item>Final score = Σ ordinary criteria + Σ bonus items − Σ penalty items, rounded to 2 decimals (half away from zero).</item>
/// <item>Ranking: higher final first; equal finals share a rank and the next rank skips ("1, 2, 2, 4"). Tied members are
/// listed by name; the tie is settled, if it matters, by the suy tôn vote, never by the software.</item>
/// <item>A scorer is flagged as an outlier when its total for a member is more than 15 % of the sheet's maximum away
/// from the median of all scorers' totals for that member (at least 3 scorers); with exactly 2 scorers the pair is
/// flagged when they differ by more than 15 % of the maximum.</item>
/// <item>Two units are flagged as scoring each other unusually high when each gives the other a total more than 10 %
/// of the maximum above the median of the other scorers of that unit.</item>
/// </list>
/// </summary>
public static class GroupScoring
{
    public const decimal OutlierShare = 0.15m;
    public const decimal MutualShare = 0.10m;

    public sealed record Criterion(Guid Id, CriterionKind Kind, decimal MaxPoints);

    public sealed record CrossScore(Guid ScoredUnitId, Guid ScorerUnitId, Guid CriterionId, decimal Points);

    public sealed record MemberResult(
        Guid UnitId, bool Complete, decimal? Final, int? Rank,
        IReadOnlyDictionary<Guid, decimal> CriterionPoints, IReadOnlyDictionary<Guid, decimal> ScorerTotals, int Missing);

    public enum FlagKind
    {
        OutlierScorer,
        ScorersDisagree,
        MutualHighScores,
    }

    public sealed record Flag(FlagKind Kind, Guid ScoredUnitId, Guid ScorerUnitId, decimal Deviation);

    public sealed record Result(IReadOnlyList<MemberResult> Members, IReadOnlyList<Flag> Flags, decimal SheetMaximum)
    {
        /// <summary>Every expected cross-score of every member is in.</summary>
        public bool AllIn => Members.All(m => m.Complete);
    }

    /// <summary>The most a member can reach: ordinary criteria plus bonus items.</summary>
    public static decimal SheetMaximum(IEnumerable<Criterion> criteria)
        => criteria.Where(c => c.Kind != CriterionKind.Penalty).Sum(c => c.MaxPoints);

    public static Result Consolidate(
        IReadOnlyList<Criterion> criteria,
        IReadOnlyList<Guid> members,
        Func<Guid, IReadOnlyCollection<Guid>> expectedScorers,
        IReadOnlyList<CrossScore> scores)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(expectedScorers);
        ArgumentNullException.ThrowIfNull(scores);
        var maximum = SheetMaximum(criteria);
        var byKey = scores.Where(s => s.ScoredUnitId != s.ScorerUnitId)
            .GroupBy(s => (s.ScoredUnitId, s.ScorerUnitId, s.CriterionId))
            .ToDictionary(g => g.Key, g => g.Last().Points);

        var results = new List<MemberResult>();
        var totals = new Dictionary<Guid, Dictionary<Guid, decimal>>();
        foreach (var member in members)
        {
            var scorers = expectedScorers(member).Where(s => s != member).Distinct().ToList();
            var missing = 0;
            var points = new Dictionary<Guid, decimal>();
            var scorerTotals = scorers.ToDictionary(s => s, _ => 0m);
            foreach (var criterion in criteria)
            {
                var given = new List<decimal>();
                foreach (var scorer in scorers)
                {
                    if (byKey.TryGetValue((member, scorer, criterion.Id), out var p))
                    {
                        given.Add(p);
                        scorerTotals[scorer] += Signed(criterion, p);
                    }
                    else
                    {
                        missing++;
                    }
                }

                if (given.Count > 0)
                {
                    points[criterion.Id] = Math.Min(given.Average(), criterion.MaxPoints);
                }
            }

            var complete = scorers.Count > 0 && missing == 0;
            decimal? final = complete
                ? decimal.Round(criteria.Sum(c => Signed(c, points.GetValueOrDefault(c.Id))), 2, MidpointRounding.AwayFromZero)
                : null;
            totals[member] = scorerTotals;
            results.Add(new MemberResult(member, complete, final, null, points, scorerTotals, missing));
        }

        var ranked = Rank(results);
        var allIn = ranked.Count > 0 && ranked.All(m => m.Complete);
        return new Result(ranked, allIn ? Flags(totals, maximum) : [], maximum);
    }

    /// <summary>Standard competition ranking ("1, 2, 2, 4") over complete members; incomplete ones get no rank.</summary>
    public static IReadOnlyList<MemberResult> Rank(IReadOnlyList<MemberResult> results)
    {
        ArgumentNullException.ThrowIfNull(results);
        var ordered = results.Where(r => r.Final is not null).OrderByDescending(r => r.Final).ToList();
        var ranks = new Dictionary<Guid, int>();
        for (var i = 0; i < ordered.Count; i++)
        {
            ranks[ordered[i].UnitId] = i > 0 && ordered[i].Final == ordered[i - 1].Final ? ranks[ordered[i - 1].UnitId] : i + 1;
        }

        return results.Select(r => r with { Rank = ranks.TryGetValue(r.UnitId, out var rank) ? rank : null }).ToList();
    }

    private static decimal Signed(Criterion criterion, decimal points) => criterion.Kind == CriterionKind.Penalty ? -points : points;

    private static List<Flag> Flags(Dictionary<Guid, Dictionary<Guid, decimal>> totals, decimal maximum)
    {
        var flags = new List<Flag>();
        if (maximum <= 0)
        {
            return flags;
        }

        foreach (var (member, byScorer) in totals)
        {
            if (byScorer.Count >= 3)
            {
                var median = Median(byScorer.Values);
                flags.AddRange(byScorer.Where(s => Math.Abs(s.Value - median) > OutlierShare * maximum)
                    .Select(s => new Flag(FlagKind.OutlierScorer, member, s.Key, s.Value - median)));
            }
            else if (byScorer.Count == 2)
            {
                var pair = byScorer.ToList();
                var gap = pair[0].Value - pair[1].Value;
                if (Math.Abs(gap) > OutlierShare * maximum)
                {
                    var high = gap > 0 ? pair[0].Key : pair[1].Key;
                    flags.Add(new Flag(FlagKind.ScorersDisagree, member, high, Math.Abs(gap)));
                }
            }
        }

        foreach (var (a, aScorers) in totals)
        {
            foreach (var (b, bScorers) in totals.Where(t => t.Key.CompareTo(a) > 0))
            {
                if (Excess(aScorers, b) is { } overA && Excess(bScorers, a) is { } overB
                    && overA > MutualShare * maximum && overB > MutualShare * maximum)
                {
                    flags.Add(new Flag(FlagKind.MutualHighScores, a, b, Math.Min(overA, overB)));
                }
            }
        }

        return flags;
    }

    /// <summary>How far <paramref name="scorer"/>'s total lies above the median of the member's other scorers; null when there are none.</summary>
    private static decimal? Excess(Dictionary<Guid, decimal> memberScorers, Guid scorer)
    {
        if (!memberScorers.TryGetValue(scorer, out var given))
        {
            return null;
        }

        var others = memberScorers.Where(s => s.Key != scorer).Select(s => s.Value).ToList();
        return others.Count == 0 ? null : given - Median(others);
    }

    public static decimal Median(IEnumerable<decimal> values)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return 0m;
        }

        var middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>Who cross-scores <paramref name="member"/>: the leader and deputy (never itself), or every other member.</summary>
    public static IReadOnlyCollection<Guid> ExpectedScorers(CrossScoringMode mode, Guid member, IReadOnlyCollection<Guid> members, Guid? leader, Guid? deputy)
    {
        ArgumentNullException.ThrowIfNull(members);
        return mode switch
        {
            CrossScoringMode.LeaderAndDeputy => new[] { leader, deputy }.OfType<Guid>().Where(u => u != member && members.Contains(u)).Distinct().ToList(),
            CrossScoringMode.Peers => members.Where(u => u != member).ToList(),
        };
    }
}
