using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Campaigns;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Features.Shared;

namespace ThiDuaKhenThuong.Web.Features.Campaigns;

/// <summary>The province's campaigns, filtered by year (the period covers it), level, kind and status; sorted and paged.</summary>
public static class ListCampaigns
{
    public const int PageSize = 20;

    public sealed class Query
    {
        public int? Year { get; set; }

        public CampaignLevel? Level { get; set; }

        public CampaignKind? Kind { get; set; }

        public CampaignStatus? Status { get; set; }

        public string? Q { get; set; }

        /// <summary>name, period (newest first, the default) or level.</summary>
        public string? Sort { get; set; }

        public int Page { get; set; } = 1;
    }

    public sealed record Row(Guid Id, string Name, CampaignLevel Level, CampaignKind Kind, string Period, CampaignStatus Status, DateOnly? NextMilestone, int Dossiers);

    public sealed record Model(Query Query, Paged<Row> Campaigns, bool CanManage);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<Model> HandleAsync(Query query, bool canManage, CancellationToken cancellationToken)
        {
            var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            var campaigns = db.Campaigns.AsNoTracking();
            if (query.Year is { } year)
            {
                campaigns = campaigns.Where(c => c.FromYear <= year && c.ToYear >= year);
            }

            if (query.Level is { } level)
            {
                campaigns = campaigns.Where(c => c.Level == level);
            }

            if (query.Kind is { } kind)
            {
                campaigns = campaigns.Where(c => c.Kind == kind);
            }

            if (query.Status is { } status)
            {
                campaigns = campaigns.Where(HasStatus(status, today));
            }

            if (!string.IsNullOrWhiteSpace(query.Q))
            {
                var pattern = "%" + LikePattern.Escape(query.Q.Trim()) + "%";
                campaigns = campaigns.Where(c => EF.Functions.ILike(AppDbContext.Unaccent(c.Name), AppDbContext.Unaccent(pattern), "\\"));
            }

            var total = await campaigns.CountAsync(cancellationToken);
            var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
            query.Page = page;
            var ordered = query.Sort switch
            {
                "name" => campaigns.OrderBy(c => c.Name).ThenBy(c => c.Id),
                "level" => campaigns.OrderBy(c => c.Level).ThenBy(c => c.Name).ThenBy(c => c.Id),
                _ => campaigns.OrderByDescending(c => c.ToYear).ThenByDescending(c => c.FromYear).ThenBy(c => c.Name).ThenBy(c => c.Id),
            };
            var items = await ordered.Skip((page - 1) * PageSize).Take(PageSize)
                .Select(c => new { Campaign = c, Dossiers = db.Dossiers.Count(d => d.CampaignId == c.Id && d.SentAt != null) })
                .ToListAsync(cancellationToken);
            var rows = items.Select(x => new Row(
                x.Campaign.Id, x.Campaign.Name, x.Campaign.Level, x.Campaign.Kind, x.Campaign.PeriodLabel, x.Campaign.StatusOn(today),
                new[] { x.Campaign.LaunchDate, x.Campaign.PreliminaryReviewDate, x.Campaign.FinalReviewDate }.Where(d => d >= today).Min(),
                x.Dossiers)).ToList();
            return new Model(query, new Paged<Row>(rows, page, PageSize, total), canManage);
        }
    }

    /// <summary>The same rule as <see cref="Campaign.StatusOn"/>, as a query predicate.</summary>
    public static Expression<Func<Campaign, bool>> HasStatus(CampaignStatus status, DateOnly today) => status switch
    {
        CampaignStatus.FinalReviewed => c => c.FinalReviewDate != null && c.FinalReviewDate <= today,
        CampaignStatus.PreliminaryReviewed => c => !(c.FinalReviewDate != null && c.FinalReviewDate <= today)
            && c.PreliminaryReviewDate != null && c.PreliminaryReviewDate <= today,
        CampaignStatus.Upcoming => c => !(c.FinalReviewDate != null && c.FinalReviewDate <= today)
            && !(c.PreliminaryReviewDate != null && c.PreliminaryReviewDate <= today)
            && c.LaunchDate != null && c.LaunchDate > today,
        CampaignStatus.Ongoing => c => !(c.FinalReviewDate != null && c.FinalReviewDate <= today)
            && !(c.PreliminaryReviewDate != null && c.PreliminaryReviewDate <= today)
            && !(c.LaunchDate != null && c.LaunchDate > today),
        _ => c => true,
    };
}
