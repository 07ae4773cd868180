using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ThiDuaKhenThuong.Infrastructure.Workflow.Notifications;

/// <summary>Runs <see cref="OutboxRelay"/> every few seconds in each app instance (see ADR-005); SKIP LOCKED keeps instances apart.</summary>
public sealed class OutboxRelayWorker(OutboxRelay relay, TimeProvider clock, IOptions<OutboxOptions> options, ILogger<OutboxRelayWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        var interval = TimeSpan.FromSeconds(Math.Max(1, options.Value.PollSeconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await relay.RunOnceAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // The database may be briefly unavailable; the messages stay in the outbox for the next round.
                logger.LogError(ex, "Chuyển tiếp hộp thư đi không thành công");
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
