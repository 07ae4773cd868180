using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ThiDuaKhenThuong.Infrastructure.Reporting;

public static class ReportingSetup
{
    /// <summary>
    /// The report queries. Campaign, plan and council figures default to "no data yet"; their modules replace the
    /// registrations (<c>services.AddScoped&lt;ICouncilFigures, …&gt;()</c> before this call wins over TryAdd).
    /// </summary>
    public static IServiceCollection AddPortalReporting(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton<NoFiguresYet>();
        services.TryAddScoped<ICampaignFigures>(sp => sp.GetRequiredService<NoFiguresYet>());
        services.TryAddScoped<IPlanFigures>(sp => sp.GetRequiredService<NoFiguresYet>());
        services.TryAddScoped<ICouncilFigures>(sp => sp.GetRequiredService<NoFiguresYet>());
        services.AddScoped<ReportFiguresQuery>();
        services.AddScoped<ReportPublisher>();
        services.Configure<ReportJobOptions>(configuration.GetSection("ReportJobs"));
        services.AddSingleton<ReportJobRunner>();
        services.AddHostedService<ReportJobWorker>();
        return services;
    }
}
