using Microsoft.Extensions.Caching.Memory;

namespace ThiDuaKhenThuong.Infrastructure.Caching;

/// <summary>
/// The bell's count of a user's unread notifications, kept in memory for <see cref="Lifetime"/> so that every page does
/// not count them again. Reading a notification or marking all read drops the user's count; delivering notifications
/// (the outbox relay) and any save that adds a notification drop the counts, so a new notification shows on the next
/// page. Another instance of the app shows it within <see cref="Lifetime"/>.
/// </summary>
public sealed class UnreadNotificationCounts(IMemoryCache cache)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private long generation;

    public async Task<int> GetOrCountAsync(Guid userId, Func<Task<int>> count)
    {
        ArgumentNullException.ThrowIfNull(count);
        var key = new Key(userId, Interlocked.Read(ref generation));
        if (cache.TryGetValue(key, out int cached))
        {
            return cached;
        }

        var value = await count();
        if (Interlocked.Read(ref generation) == key.Generation)
        {
            cache.Set(key, value, Lifetime);
        }

        return value;
    }

    /// <summary>Drops one user's count.</summary>
    public void Drop(Guid userId) => cache.Remove(new Key(userId, Interlocked.Read(ref generation)));

    /// <summary>Drops every user's count (notifications were delivered to several users).</summary>
    public void DropAll() => Interlocked.Increment(ref generation);

    private sealed record Key(Guid UserId, long Generation);
}
