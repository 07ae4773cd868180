using System.Collections.Concurrent;

namespace ThiDuaKhenThuong.Web.Features.Account;

/// <summary>
/// Per-account limit on sign-in attempts (a sliding minute), so that guesses spread over many addresses still slow
/// down. Kept in memory: each app instance limits on its own, and account lockout in the database is the hard stop.
/// </summary>
public sealed class AccountThrottle(TimeProvider clock, int perMinute)
{
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> attempts = new(StringComparer.OrdinalIgnoreCase);

    public bool TryAcquire(string userName)
    {
        var now = clock.GetUtcNow();
        var queue = attempts.GetOrAdd(userName.Trim(), _ => new Queue<DateTimeOffset>());
        lock (queue)
        {
            while (queue.Count > 0 && now - queue.Peek() >= TimeSpan.FromMinutes(1))
            {
                queue.Dequeue();
            }

            if (queue.Count >= perMinute)
            {
                return false;
            }

            queue.Enqueue(now);
            return true;
        }
    }
}
