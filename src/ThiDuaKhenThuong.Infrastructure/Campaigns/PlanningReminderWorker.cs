using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ThiDuaKhenThuong.Infrastructure.Campaigns;

/// <summary>Runs <see cref="PlanningReminders"/> every <c>PlanningReminders:IntervalMinutes</c>; deterministic message ids keep each reminder single.</summary>
public sealed class PlanningReminderWorker(PlanningReminders reminders, TimeProvider clock, IOptions<PlanningReminderOptions> options, ILogger<PlanningReminderWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var interval = TimeSpan.FromMinutes(Math.Max(1, options.Value.IntervalMinutes));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await reminders.RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Ghi nhắc mốc phong trào, hạn gửi kế hoạch không thành công");
            }

            try
            {
                await Task.Delay(interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
