using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Campaigns;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Tenancy;

namespace ThiDuaKhenThuong.Web.Features.Campaigns;

/// <summary>Records a new campaign or changes one; only the fields the form owns are bound.</summary>
public static class SaveCampaign
{
    public sealed class Command
    {
        [Display(Name = "Tên phong trào")]
        public string Name { get; set; } = string.Empty;

        [Display(Name = "Cấp phát động")]
        public CampaignLevel Level { get; set; } = CampaignLevel.Provincial;

        [Display(Name = "Phạm vi, đối tượng")]
        public string? Scope { get; set; }

        [Display(Name = "Hình thức")]
        public CampaignKind Kind { get; set; } = CampaignKind.Thematic;

        [Display(Name = "Từ năm")]
        public int FromYear { get; set; }

        [Display(Name = "Đến năm")]
        public int ToYear { get; set; }

        [Display(Name = "Mục tiêu, chỉ tiêu")]
        public string? Goals { get; set; }

        [Display(Name = "Ngày phát động")]
        public DateOnly? LaunchDate { get; set; }

        [Display(Name = "Ngày sơ kết")]
        public DateOnly? PreliminaryReviewDate { get; set; }

        [Display(Name = "Ngày tổng kết")]
        public DateOnly? FinalReviewDate { get; set; }

        public static Command From(Campaign c) => new()
        {
            Name = c.Name, Level = c.Level, Scope = c.Scope, Kind = c.Kind, FromYear = c.FromYear, ToYear = c.ToYear, Goals = c.Goals,
            LaunchDate = c.LaunchDate, PreliminaryReviewDate = c.PreliminaryReviewDate, FinalReviewDate = c.FinalReviewDate,
        };
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).NotEmpty().WithMessage("Vui lòng nhập tên phong trào.")
                .MaximumLength(Campaign.MaxNameLength).WithMessage("Tên phong trào tối đa 500 ký tự.");
            RuleFor(c => c.Level).IsInEnum().WithMessage("Vui lòng chọn cấp phát động.");
            RuleFor(c => c.Kind).IsInEnum().WithMessage("Vui lòng chọn hình thức phong trào.");
            RuleFor(c => c.Scope).MaximumLength(500).WithMessage("Phạm vi tối đa 500 ký tự.");
            RuleFor(c => c.Goals).MaximumLength(4000).WithMessage("Mục tiêu tối đa 4.000 ký tự.");
            RuleFor(c => c.FromYear).InclusiveBetween(2000, 2100).WithMessage("Năm bắt đầu phải từ 2000 đến 2100.");
            RuleFor(c => c.ToYear).InclusiveBetween(2000, 2100).WithMessage("Năm kết thúc phải từ 2000 đến 2100.");
            RuleFor(c => c.ToYear).GreaterThanOrEqualTo(c => c.FromYear).WithMessage("Năm kết thúc không được trước năm bắt đầu.");
            RuleFor(c => c.PreliminaryReviewDate).GreaterThanOrEqualTo(c => c.LaunchDate)
                .When(c => c.LaunchDate is not null && c.PreliminaryReviewDate is not null).WithMessage("Ngày sơ kết không được trước ngày phát động.");
            RuleFor(c => c.FinalReviewDate).GreaterThanOrEqualTo(c => c.PreliminaryReviewDate)
                .When(c => c.PreliminaryReviewDate is not null && c.FinalReviewDate is not null).WithMessage("Ngày tổng kết không được trước ngày sơ kết.");
            RuleFor(c => c.FinalReviewDate).GreaterThanOrEqualTo(c => c.LaunchDate)
                .When(c => c.LaunchDate is not null && c.FinalReviewDate is not null).WithMessage("Ngày tổng kết không được trước ngày phát động.");
        }
    }

    public sealed class Handler(AppDbContext db, ITenantContext tenant, TimeProvider clock)
    {
        /// <summary>Returns the campaign's id, or null when <paramref name="id"/> names no campaign of the province.</summary>
        public async Task<Guid?> HandleAsync(Guid? id, Guid userId, Command command, CancellationToken cancellationToken)
        {
            Campaign? campaign;
            if (id is { } existing)
            {
                campaign = await db.Campaigns.FirstOrDefaultAsync(c => c.Id == existing, cancellationToken);
                if (campaign is null)
                {
                    return null;
                }
            }
            else
            {
                campaign = new Campaign(tenant.TenantId!.Value, Guid.CreateVersion7(), userId, clock.GetUtcNow());
                db.Campaigns.Add(campaign);
            }

            campaign.Describe(command.Name, command.Level, command.Scope ?? string.Empty, command.Kind, command.FromYear, command.ToYear, command.Goals,
                command.LaunchDate, command.PreliminaryReviewDate, command.FinalReviewDate);
            await db.SaveChangesAsync(cancellationToken);
            return campaign.Id;
        }
    }
}
