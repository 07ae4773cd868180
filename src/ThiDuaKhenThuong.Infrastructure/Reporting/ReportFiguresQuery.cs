using System.Data.Common;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.People;
using ThiDuaKhenThuong.Domain.Reporting;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Infrastructure.Reporting;

/// <summary>
/// Computes a report's figures with set-based SQL (<see cref="ReportSql"/>): the database groups and counts; only
/// aggregates come back. The campaign, plan and council sections come from their own sources.
/// </summary>
public sealed class ReportFiguresQuery(AppDbContext db, ICampaignFigures campaigns, IPlanFigures plans, ICouncilFigures council)
{
    /// <summary>The appraisal time limit of the provincial dossier route (working days).</summary>
    public const int AppraisalLimitWorkingDays = 20;

    public async Task<ReportFigures> ComputeAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var cube = await AwardCubeAsync(request, cancellationToken);
        return new ReportFigures
        {
            PeriodKind = request.Period.Kind,
            Year = request.Period.Year,
            AsOf = request.AsOf,
            ScopeKind = request.Scope.Kind,
            ScopeName = request.Scope.Name,
            Awards = AwardRollup.From(cube),
            Dossiers = await DossiersAsync(request, cancellationToken),
            Campaigns = await campaigns.GetAsync(request, cancellationToken),
            Plans = await plans.GetAsync(request, cancellationToken),
            Council = await council.GetAsync(request, cancellationToken),
            Awardees = await AwardeesAsync(request, cancellationToken),
        };
    }

    private async Task<IReadOnlyList<AwardeeRow>> AwardeesAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        var rows = new List<AwardeeRow>();
        await ReadAsync(ReportSql.Awardees(request.Scope.Kind), request, reader => rows.Add(new AwardeeRow(
            reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3), reader.GetBoolean(4))), cancellationToken);
        return rows;
    }

    public async Task<IReadOnlyList<AwardCubeRow>> AwardCubeAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var rows = new List<AwardCubeRow>();
        await ReadAsync(ReportSql.AwardCube(request.Scope.Kind), request, reader => rows.Add(new AwardCubeRow(
            reader.GetGuid(0),
            reader.GetString(1),
            reader.IsDBNull(2) ? null : reader.GetString(2),
            reader.GetString(3),
            reader.GetString(4),
            Enum.Parse<AwardLevel>(reader.GetString(5)),
            Enum.TryParse<AwardKinds>(reader.GetString(6), out var kind) ? kind : AwardKinds.Annual,
            Enum.Parse<RecipientClass>(reader.GetString(7)),
            Enum.TryParse<LeaderLevel>(reader.GetString(8), out var leader) ? leader : LeaderLevel.None,
            reader.GetBoolean(9),
            reader.GetInt32(10))), cancellationToken);
        return rows;
    }

    private async Task<DossierFigures> DossiersAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        DossierFigures? figures = null;
        await ReadAsync(ReportSql.Dossiers(request.Scope.Kind), request, reader => figures = new DossierFigures
        {
            Received = reader.GetInt32(0),
            Returned = reader.GetInt32(1),
            Processed = reader.GetInt32(2),
            ProcessedWithinLimit = reader.GetInt32(3),
            MedianWorkingDays = reader.IsDBNull(4) ? null : Math.Round(reader.GetDecimal(4), 1),
            LimitWorkingDays = AppraisalLimitWorkingDays,
            NominationOutcomes = [],
        }, cancellationToken);
        var outcomes = new Dictionary<string, int>(StringComparer.Ordinal);
        await ReadAsync(ReportSql.Outcomes(request.Scope.Kind), request, reader => outcomes[reader.GetString(0)] = reader.GetInt32(1), cancellationToken);
        var rows = Enum.GetValues<NominationOutcome>().Where(o => o != NominationOutcome.Pending)
            .Select(o => new OutcomeRow(o.ToString(), OutcomeLabel(o), outcomes.GetValueOrDefault(o.ToString()))).ToList();
        return figures! with { NominationOutcomes = rows };
    }

    public static string OutcomeLabel(NominationOutcome outcome) => outcome switch
    {
        NominationOutcome.Pending => "Đang xử lý",
        NominationOutcome.AwaitingDecision => "Chờ ký quyết định",
        NominationOutcome.NotPassed => "Không đạt (Hội đồng)",
        NominationOutcome.Rejected => "Không được đề nghị",
        NominationOutcome.Awarded => "Được khen thưởng",
        NominationOutcome.ForwardedToCentral => "Đã trình cấp Trung ương",
        NominationOutcome.CentralAwarded => "Trung ương đã khen thưởng",
        NominationOutcome.Revoked => "Bị thu hồi",
    };

    private Task ReadAsync(string sql, ReportRequest request, Action<DbDataReader> read, CancellationToken cancellationToken)
        => ReportSqlRunner.ReadAsync(db, sql, request, read, cancellationToken);
}
