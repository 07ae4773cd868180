using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Workflow.Notifications;

namespace ThiDuaKhenThuong.Infrastructure.Workflow;

public static class WorkflowSetup
{
    /// <summary>
    /// Workflow services, the outbox relay and its worker, and the mail sender: SMTP when <c>Mail:Smtp:Host</c> is set,
    /// otherwise <c>.eml</c> files in <c>Mail:PickupDirectory</c> (relative to the content root).
    /// </summary>
    public static IServiceCollection AddPortalWorkflow(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(GuardRegistry.Default);
        services.TryAddScoped<IWorkflowCommitHook, NoWorkflowCommitHook>();
        services.AddScoped<WorkingCalendars>();
        services.AddScoped<WorkflowDefinitions>();
        services.AddScoped<WorkflowService>();
        services.AddScoped<HistoryVerifier>();

        var mail = new MailOptions();
        configuration.GetSection("Mail").Bind(mail);
        services.AddSingleton(mail);
        services.AddSingleton<IMailSender>(sp =>
        {
            if (!string.IsNullOrWhiteSpace(mail.Smtp.Host))
            {
                return new SmtpMailSender(mail);
            }

            var root = sp.GetRequiredService<IHostEnvironment>().ContentRootPath;
            return new PickupDirectoryMailSender(mail, Path.GetFullPath(Path.Combine(root, mail.PickupDirectory)));
        });
        services.Configure<OutboxOptions>(configuration.GetSection("Outbox"));
        services.AddSingleton<OutboxRelay>();
        services.AddHostedService<OutboxRelayWorker>();
        services.Configure<ReminderOptions>(configuration.GetSection("Reminders"));
        services.AddSingleton<DeadlineReminders>();
        services.AddHostedService<DeadlineReminderWorker>();
        services.Configure<Campaigns.PlanningReminderOptions>(configuration.GetSection("PlanningReminders"));
        services.AddSingleton<Campaigns.PlanningReminders>();
        services.AddHostedService<Campaigns.PlanningReminderWorker>();
        services.AddScoped<Campaigns.CampaignStatistics>();
        return services;
    }
}
