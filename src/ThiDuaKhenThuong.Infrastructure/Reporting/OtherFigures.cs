using ThiDuaKhenThuong.Domain.Reporting;

namespace ThiDuaKhenThuong.Infrastructure.Reporting;

/// <summary>Campaign figures of a report (launched, preliminarily and finally reviewed); null = no data yet.</summary>
public interface ICampaignFigures
{
    Task<CampaignFigures?> GetAsync(ReportRequest request, CancellationToken cancellationToken);
}

/// <summary>Plan figures (expected, received, on time); null = no data yet.</summary>
public interface IPlanFigures
{
    Task<PlanFigures?> GetAsync(ReportRequest request, CancellationToken cancellationToken);
}

/// <summary>Council figures (sessions, items voted, passed); null = no data yet.</summary>
public interface ICouncilFigures
{
    Task<CouncilFigures?> GetAsync(ReportRequest request, CancellationToken cancellationToken);
}

/// <summary>
/// The default source of the campaign, plan and council sections until those modules store their data: it answers
/// "no data yet" ("Chưa có số liệu"), never zero, so a report does not claim that nothing happened.
/// </summary>
public sealed class NoFiguresYet : ICampaignFigures, IPlanFigures, ICouncilFigures
{
    Task<CampaignFigures?> ICampaignFigures.GetAsync(ReportRequest request, CancellationToken cancellationToken) => Task.FromResult<CampaignFigures?>(null);

    Task<PlanFigures?> IPlanFigures.GetAsync(ReportRequest request, CancellationToken cancellationToken) => Task.FromResult<PlanFigures?>(null);

    Task<CouncilFigures?> ICouncilFigures.GetAsync(ReportRequest request, CancellationToken cancellationToken) => Task.FromResult<CouncilFigures?>(null);
}
