using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Campaigns;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Infrastructure.Campaigns;

/// <summary>Campaign counts of a period, by milestone held in it (both ends included).</summary>
public sealed record CampaignCounts(int Launched, int PreliminarilyReviewed, int FinallyReviewed);

/// <summary>
/// Counts the current tenant's campaigns whose launch, preliminary review or final review fell in a period — what the
/// statistical form 0601 reports. One set-based query; optionally restricted to a launching level or kind.
/// </summary>
public sealed class CampaignStatistics(AppDbContext db)
{
    public async Task<CampaignCounts> CountAsync(DateOnly from, DateOnly to, CampaignLevel? level = null, CampaignKind? kind = null, CancellationToken cancellationToken = default)
    {
        var campaigns = db.Campaigns.AsNoTracking();
        if (level is { } l)
        {
            campaigns = campaigns.Where(c => c.Level == l);
        }

        if (kind is { } k)
        {
            campaigns = campaigns.Where(c => c.Kind == k);
        }

        var counts = await campaigns
            .GroupBy(_ => 1)
            .Select(g => new
            {
                Launched = g.Count(c => c.LaunchDate >= from && c.LaunchDate <= to),
                Preliminary = g.Count(c => c.PreliminaryReviewDate >= from && c.PreliminaryReviewDate <= to),
                Final = g.Count(c => c.FinalReviewDate >= from && c.FinalReviewDate <= to),
            })
            .FirstOrDefaultAsync(cancellationToken);
        return counts is null ? new CampaignCounts(0, 0, 0) : new CampaignCounts(counts.Launched, counts.Preliminary, counts.Final);
    }

    /// <summary>The counts of a calendar year.</summary>
    public Task<CampaignCounts> CountYearAsync(int year, CancellationToken cancellationToken = default)
        => CountAsync(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), cancellationToken: cancellationToken);
}
