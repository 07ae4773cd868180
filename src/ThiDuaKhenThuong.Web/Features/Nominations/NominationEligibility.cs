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
            var context = new EligibilityContext
            {
                Kind = kind,
                History = AwardHistoryRecord.CountedEntries(history),
                KnownHistoryYears = history.Select(h => h.Year).ToHashSet(),
                Counts = await UnitCountsAsync(set, award.Code, unitId, year, nominationId, alreadyCounted, cancellationToken),
                LeadsEmulationGroup = nominee.Kind == NomineeKind.Collective ? await LeadsGroupAsync(nominee.Id, year, cancellationToken) : null,
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
            if (unitId is null)
            {
                return null;
            }

            var elected = await (
                from y in db.GroupYears
                join g in db.EmulationGroups on y.GroupId equals g.Id
                where g.Year == year && y.ElectedUnitId != null && g.Members.Any(m => m.UnitId == unitId)
                select y.ElectedUnitId).ToListAsync(cancellationToken);
            return elected.Count == 0 ? null : elected.Contains(unitId);
        }

        private async Task<List<ScopeCount>> UnitCountsAsync(
            RuleSet set, string awardCode, Guid unitId, int year, Guid? nominationId, int alreadyCounted, CancellationToken cancellationToken)
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
                int? count = code switch
                {
                    _ when code == awardCode => alreadyCounted + await (
                        from n in db.Nominations
                        join d in db.Dossiers on n.DossierId equals d.Id
                        where d.UnitId == unitId && d.Year == year && n.AwardCode == code && n.Id != nominationId
                        select n.Id).CountAsync(cancellationToken),
                    CountCodes.Members => await db.People.CountAsync(p => p.UnitId == unitId, cancellationToken),
                    CountCodes.MembersCompletingTasks => null,
                    _ => await HoldersAsync(code, unitId, year, cancellationToken),
                };
                if (count is { } value)
                {
                    counts.Add(new ScopeCount(code, CountScope.Unit, value));
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
