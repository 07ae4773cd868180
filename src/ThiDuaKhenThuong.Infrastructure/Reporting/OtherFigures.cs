using ThiDuaKhenThuong.Domain.Reporting;
using ThiDuaKhenThuong.Infrastructure.Campaigns;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Infrastructure.Reporting;

/// <summary>Campaign figures of a report (launched, preliminarily and finally reviewed); null = no data.</summary>
public interface ICampaignFigures
{
    Task<CampaignFigures?> GetAsync(ReportRequest request, CancellationToken cancellationToken);
}

/// <summary>Plan figures (expected, received, on time); null = no plan collection for the year.</summary>
public interface IPlanFigures
{
    Task<PlanFigures?> GetAsync(ReportRequest request, CancellationToken cancellationToken);
}

/// <summary>Council figures (sessions, items voted, passed); null = no data.</summary>
public interface ICouncilFigures
{
    Task<CouncilFigures?> GetAsync(ReportRequest request, CancellationToken cancellationToken);
}

/// <summary>
/// The province's campaigns whose launch, preliminary or final review falls in the report period
/// (<see cref="CampaignStatistics"/>, as form 0601 counts them). Campaigns belong to the province, not to a unit, so
/// a unit or cluster report shows the province's campaigns too.
/// </summary>
public sealed class CampaignFiguresSource(CampaignStatistics statistics) : ICampaignFigures
{
    public async Task<CampaignFigures?> GetAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var counts = await statistics.CountAsync(request.Period.From, request.Period.To, cancellationToken: cancellationToken);
        return new CampaignFigures(counts.Launched, counts.PreliminarilyReviewed, counts.FinallyReviewed);
    }
}

/// <summary>
/// The units' annual plans of the report's year (<see cref="ReportSql.Plans"/>), for the scope's units as of the
/// report date; null when no plan collection was opened for that year.
/// </summary>
public sealed class PlanFiguresSource(AppDbContext db) : IPlanFigures
{
    public async Task<PlanFigures?> GetAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        PlanFigures? figures = null;
        await ReportSqlRunner.ReadAsync(db, ReportSql.Plans(request.Scope.Kind), request, reader =>
        {
            if (reader.GetInt32(0) > 0)
            {
                figures = new PlanFigures(reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3));
            }
        }, cancellationToken);
        return figures;
    }
}

/// <summary>The council sessions closed in the report period and their items decided by the ballot (<see cref="ReportSql.Council"/>).</summary>
public sealed class CouncilFiguresSource(AppDbContext db) : ICouncilFigures
{
    public async Task<CouncilFigures?> GetAsync(ReportRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var figures = new CouncilFigures(0, 0, 0);
        await ReportSqlRunner.ReadAsync(db, ReportSql.Council(request.Scope.Kind), request,
            reader => figures = new CouncilFigures(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2)), cancellationToken);
        return figures;
    }
}
