using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ThiDuaKhenThuong.Infrastructure.Workflow.Notifications;

/// <summary>
/// Runs <see cref="DeadlineReminders"/> every <c>Reminders:IntervalMinutes</c> in each app instance (see ADR-005); the
/// deterministic message ids keep it to one reminder per instance, day and kind however many instances run it.
/// </summary>
public sealed class DeadlineReminderWorker(DeadlineReminders reminders, TimeProvider clock, IOptions<ReminderOptions> options, ILogger<DeadlineReminderWorker> logger)
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
                // Nothing is lost: the next round computes the same reminders and inserts the ones still missing.
                logger.LogError(ex, "Ghi nhắc hạn xử lý hồ sơ không thành công");
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
