using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.People;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Features.Catalog;

namespace ThiDuaKhenThuong.Web.Features.Nominations;

/// <summary>
/// Runs the eligibility engine for one nomination: the nominee's award history, and the unit's counts for share and
/// count rules (e.g. CSTĐCS ≤ 15 % of the unit's LĐTT: the LĐTT of the unit that year from the award history, and the
/// CSTĐCS already nominated by the unit's dossiers that year). The result is kept on the nomination as JSON.
/// </summary>
public static class NominationEligibility
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    /// <summary>One rule's outcome as stored: the description is kept so that the record explains itself later.</summary>
    public sealed record StoredOutcome(RuleKind Kind, string Rule, EligibilityStatus Status, string Reason)
    {
        public bool IsQuota => Kind is RuleKind.MaxShareOf or RuleKind.MaxCountOf;
    }

    public sealed record StoredReport(string AwardCode, int Year, string? RuleSetCode, EligibilityStatus Overall, IReadOnlyList<StoredOutcome> Outcomes, string? Error);

    public sealed record Result(EligibilityStatus Status, StoredReport Report)
    {
        public string ToJson() => JsonSerializer.Serialize(Report, Json);
    }

    public static StoredReport? Read(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<StoredReport>(json, Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public sealed class Handler(AppDbContext db, ReadCatalog.Handler catalog, TimeProvider clock)
    {
        /// <summary>Checks a nomination of <paramref name="dossier"/> and records the result on it (not saved).</summary>
        public async Task<Result> CheckAsync(Dossier dossier, Nomination nomination, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(dossier);
            ArgumentNullException.ThrowIfNull(nomination);
            var result = await EvaluateAsync(nomination.Nominee, nomination.AwardCode, dossier.UnitId, dossier.Year, dossier.Kind, nomination.Id, null, cancellationToken);
            nomination.RecordEligibility(result.Status, result.ToJson());
            return result;
        }

        /// <summary>
        /// The report for <paramref name="nominee"/> and <paramref name="awardCode"/> in <paramref name="year"/>, under the
        /// rule set in force on <paramref name="date"/> (today when null). <paramref name="nominationId"/> is left out of
        /// the unit's counts; <paramref name="alreadyCounted"/> adds nominations not saved yet (an import in progress).
        /// </summary>
        public async Task<Result> EvaluateAsync(
            NomineeRef nominee, string awardCode, Guid unitId, int year, AwardKinds kind, Guid? nominationId, DateOnly? date,
            CancellationToken cancellationToken, int alreadyCounted = 0)
        {
            ArgumentNullException.ThrowIfNull(nominee);
            var data = await catalog.HandleAsync(cancellationToken);
            var award = data.Award(awardCode);
            var set = data.InForce(date ?? DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
            if (award is null || set is null)
            {
                var error = award is null ? "Danh hiệu, hình thức không có trong danh mục." : "Không có bộ quy tắc nào đang có hiệu lực.";
                return new Result(EligibilityStatus.Unknown, new StoredReport(awardCode, year, set?.Code, EligibilityStatus.Unknown, [], error));
            }

            var history = await db.AwardHistory.AsNoTracking()
                .Where(h => nominee.Kind == NomineeKind.Person ? h.PersonId == nominee.Id : h.CollectiveId == nominee.Id)
                .ToListAsync(cancellationToken);
            var counts = await UnitCountsAsync(set, award.Code, unitId, year, nominationId, alreadyCounted, [], cancellationToken);
            var leads = nominee.Kind == NomineeKind.Collective ? await LeadsGroupAsync(nominee.Id, year, cancellationToken) : null;
            return Evaluate(award, set, kind, year, history, counts, leads);
        }

        /// <summary>
        /// The reports for many new nominations of one dossier (an import), in their order: the same result as
        /// <see cref="EvaluateAsync"/> for each, each counting the earlier ones of the same award as already nominated,
        /// with the facts (catalog, award histories, unit counts, cluster votes) read once for all instead of per row.
        /// </summary>
        public async Task<IReadOnlyList<Result>> EvaluateManyAsync(
            IReadOnlyList<(NomineeRef Nominee, string AwardCode)> items, Guid unitId, int year, AwardKinds kind, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(items);
            var data = await catalog.HandleAsync(cancellationToken);
            var set = data.InForce(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
            var awards = items.Select(i => i.AwardCode).Distinct(StringComparer.Ordinal).ToDictionary(c => c, data.Award, StringComparer.Ordinal);

            var personIds = items.Where(i => i.Nominee.Kind == NomineeKind.Person).Select(i => i.Nominee.Id).Distinct().ToArray();
            var collectiveIds = items.Where(i => i.Nominee.Kind == NomineeKind.Collective).Select(i => i.Nominee.Id).Distinct().ToArray();
            var histories = set is null ? [] : await db.AwardHistory.AsNoTracking()
                .Where(h => (h.PersonId != null && personIds.Contains(h.PersonId.Value)) || (h.CollectiveId != null && collectiveIds.Contains(h.CollectiveId.Value)))
                .ToListAsync(cancellationToken);
            var historyOf = histories.ToLookup(h => h.PersonId is { } personId ? (NomineeKind.Person, personId) : (NomineeKind.Collective, h.CollectiveId!.Value));

            // Cluster votes: the collectives' units, then one look per unit.
            var unitOfCollective = collectiveIds.Length == 0 ? [] : await db.Collectives.AsNoTracking()
                .Where(c => collectiveIds.Contains(c.Id)).Select(c => new { c.Id, c.UnitId }).ToDictionaryAsync(c => c.Id, c => c.UnitId, cancellationToken);
            var leadsOfUnit = new Dictionary<Guid, bool?>();
            foreach (var collectiveUnit in unitOfCollective.Values.Distinct())
            {
                leadsOfUnit[collectiveUnit] = await LeadsUnitAsync(collectiveUnit, year, cancellationToken);
            }

            var facts = new Dictionary<string, int?>(StringComparer.Ordinal);
            var countsOf = new Dictionary<string, List<ScopeCount>>(StringComparer.Ordinal);
            var earlier = new Dictionary<string, int>(StringComparer.Ordinal);
            var results = new List<Result>(items.Count);
            foreach (var (nominee, awardCode) in items)
            {
                var award = awards[awardCode];
                if (award is null || set is null)
                {
                    var error = award is null ? "Danh hiệu, hình thức không có trong danh mục." : "Không có bộ quy tắc nào đang có hiệu lực.";
                    results.Add(new Result(EligibilityStatus.Unknown, new StoredReport(awardCode, year, set?.Code, EligibilityStatus.Unknown, [], error)));
                    continue;
                }

                if (!countsOf.TryGetValue(award.Code, out var counts))
                {
                    counts = await UnitCountsAsync(set, award.Code, unitId, year, null, 0, facts, cancellationToken);
                    countsOf[award.Code] = counts;
                }

                var before = earlier.GetValueOrDefault(award.Code);
                earlier[award.Code] = before + 1;
                var mine = before == 0 ? counts : counts.Select(c => c.Code == award.Code ? c with { Count = c.Count + before } : c).ToList();
                bool? leads = nominee.Kind == NomineeKind.Collective && unitOfCollective.TryGetValue(nominee.Id, out var u) ? leadsOfUnit[u] : null;
                results.Add(Evaluate(award, set, kind, year, [.. historyOf[(nominee.Kind, nominee.Id)]], mine, leads));
            }

            return results;
        }

        private static Result Evaluate(AwardType award, RuleSet set, AwardKinds kind, int year, List<AwardHistoryRecord> history, List<ScopeCount> counts, bool? leads)
        {
            var context = new EligibilityContext
            {
                Kind = kind,
                History = AwardHistoryRecord.CountedEntries(history),
                KnownHistoryYears = history.Select(h => h.Year).ToHashSet(),
                Counts = counts,
                LeadsEmulationGroup = leads,
            };
            var report = EligibilityEvaluator.Evaluate(award, year, context, set);
            var outcomes = report.Outcomes.Select(o => new StoredOutcome(o.Rule.Kind, o.Rule.Describe(), o.Status, o.Reason)).ToList();
            return new Result(report.Overall, new StoredReport(award.Code, year, set.Code, report.Overall, outcomes, null));
        }

        /// <summary>
        /// From the clusters' suy tôn votes of the year: true when the collective's unit was elected to lead its cluster
        /// or block, false when another unit was, null when no vote of its cluster has been closed with a winner.
        /// </summary>
        private async Task<bool?> LeadsGroupAsync(Guid collectiveId, int year, CancellationToken cancellationToken)
        {
            var unitId = await db.Collectives.Where(c => c.Id == collectiveId).Select(c => (Guid?)c.UnitId).FirstOrDefaultAsync(cancellationToken);
            return unitId is null ? null : await LeadsUnitAsync(unitId.Value, year, cancellationToken);
        }

        private async Task<bool?> LeadsUnitAsync(Guid unitId, int year, CancellationToken cancellationToken)
        {
            var elected = await (
                from y in db.GroupYears
                join g in db.EmulationGroups on y.GroupId equals g.Id
                where g.Year == year && y.ElectedUnitId != null && g.Members.Any(m => m.UnitId == unitId)
                select y.ElectedUnitId).ToListAsync(cancellationToken);
            return elected.Count == 0 ? null : elected.Contains(unitId);
        }

        private async Task<List<ScopeCount>> UnitCountsAsync(
            RuleSet set, string awardCode, Guid unitId, int year, Guid? nominationId, int alreadyCounted, Dictionary<string, int?> facts,
            CancellationToken cancellationToken)
        {
            var codes = set.RulesFor(awardCode).Select(r => r.Rule.Parameters)
                .SelectMany(p => p switch
                {
                    MaxShareOfRule r when r.Scope == CountScope.Unit => new[] { r.Title, r.Basis },
                    MinShareOfRule r when r.Scope == CountScope.Unit => [r.Title, r.Basis],
                    MinCountOfRule r when r.Scope == CountScope.Unit => [r.Title],
                    MaxCountOfRule r when r.Scope == CountScope.Unit => [r.Title],
                    _ => [],
                })
                .Distinct(StringComparer.Ordinal).ToList();
            var counts = new List<ScopeCount>();
            foreach (var code in codes)
            {
                // Figures that do not depend on the nomination itself are read once per evaluation batch.
                var key = code == awardCode ? "nominated:" + code : code;
                if (!facts.TryGetValue(key, out var count))
                {
                    count = code switch
                    {
                        _ when code == awardCode => await (
                            from n in db.Nominations
                            join d in db.Dossiers on n.DossierId equals d.Id
                            where d.UnitId == unitId && d.Year == year && n.AwardCode == code && n.Id != nominationId
                            select n.Id).CountAsync(cancellationToken),
                        CountCodes.Members => await db.People.CountAsync(p => p.UnitId == unitId, cancellationToken),
                        CountCodes.MembersCompletingTasks => null,
                        _ => await HoldersAsync(code, unitId, year, cancellationToken),
                    };
                    facts[key] = count;
                }

                if (count is { } value)
                {
                    counts.Add(new ScopeCount(code, CountScope.Unit, (code == awardCode ? alreadyCounted : 0) + value));
                }
            }

            return counts;
        }

        /// <summary>People and collectives of the unit holding <paramref name="code"/> in <paramref name="year"/>.</summary>
        private async Task<int> HoldersAsync(string code, Guid unitId, int year, CancellationToken cancellationToken)
        {
            var people = await db.AwardHistory
                .Where(h => h.AwardCode == code && h.Year == year && h.PersonId != null && db.People.Any(p => p.Id == h.PersonId && p.UnitId == unitId))
                .Select(h => h.PersonId).Distinct().CountAsync(cancellationToken);
            var collectives = await db.AwardHistory
                .Where(h => h.AwardCode == code && h.Year == year && h.CollectiveId != null && db.Collectives.Any(c => c.Id == h.CollectiveId && c.UnitId == unitId))
                .Select(h => h.CollectiveId).Distinct().CountAsync(cancellationToken);
            return people + collectives;
        }
    }

    public static string Label(EligibilityStatus status) => status switch
    {
        EligibilityStatus.Pass => "Đạt",
        EligibilityStatus.Fail => "Không đạt",
        _ => "Chưa xác định",
    };

    public static string OverallLabel(EligibilityStatus status) => status switch
    {
        EligibilityStatus.Pass => "Đủ điều kiện",
        EligibilityStatus.Fail => "Chưa đủ điều kiện",
        _ => "Chưa xác định",
    };

    public static string Label(AppraisalResult result) => result switch
    {
        AppraisalResult.Eligible => "Đủ điều kiện",
        AppraisalResult.NotEligible => "Không đủ điều kiện",
        _ => "Chưa thẩm định",
    };
}
