using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ThiDuaKhenThuong.Infrastructure.Reporting;

public static class ReportingSetup
{
    /// <summary>
    /// The report queries, with the campaign, plan and council sections computed from their modules' tables
    /// (<c>CampaignStatistics</c> comes with the campaigns module).
    /// </summary>
    public static IServiceCollection AddPortalReporting(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddScoped<Campaigns.CampaignStatistics>();
        services.AddScoped<ICampaignFigures, CampaignFiguresSource>();
        services.AddScoped<IPlanFigures, PlanFiguresSource>();
        services.AddScoped<ICouncilFigures, CouncilFiguresSource>();
        services.AddScoped<ReportFiguresQuery>();
        services.AddScoped<OrganisationFormsQuery>();
        services.AddScoped<ReportPublisher>();
        services.Configure<ReportJobOptions>(configuration.GetSection("ReportJobs"));
        services.AddSingleton<ReportJobRunner>();
        services.AddHostedService<ReportJobWorker>();
        return services;
    }
}
