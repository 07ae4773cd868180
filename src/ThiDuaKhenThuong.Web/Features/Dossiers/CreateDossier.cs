using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Campaigns;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Tenancy;
using ThiDuaKhenThuong.Infrastructure.Workflow;

namespace ThiDuaKhenThuong.Web.Features.Dossiers;

public static class CreateDossier
{
    public static readonly AwardKinds[] Kinds = [AwardKinds.Annual, AwardKinds.Thematic, AwardKinds.AdHoc, AwardKinds.Foreign, AwardKinds.LongService, AwardKinds.Seniority, AwardKinds.Resistance];

    public sealed class Command
    {
        [Display(Name = "Năm")]
        public int Year { get; set; }

        [Display(Name = "Loại hình khen thưởng")]
        public AwardKinds Kind { get; set; } = AwardKinds.Annual;

        [Display(Name = "Trích yếu hồ sơ")]
        public string Title { get; set; } = string.Empty;

        [Display(Name = "Tóm tắt")]
        public string? Summary { get; set; }

        [Display(Name = "Phong trào thi đua")]
        public Guid? CampaignId { get; set; }
    }

    /// <summary>The form with the province's campaigns open to thematic dossiers.</summary>
    public sealed record Form(Command Command, IReadOnlyList<(Guid Id, string Name)> Campaigns);

    /// <summary>Campaigns a thematic dossier of <paramref name="year"/> may link to (<see cref="Campaign.AcceptsDossiersIn"/>).</summary>
    public static async Task<IReadOnlyList<(Guid Id, string Name)>> OpenCampaignsAsync(AppDbContext db, int year, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var rows = await db.Campaigns.AsNoTracking()
            .Where(c => c.FromYear <= year && year <= c.ToYear + 1)
            .OrderBy(c => c.Name).Select(c => new { c.Id, c.Name, c.FromYear, c.ToYear }).ToListAsync(cancellationToken);
        return [.. rows.Select(c => (c.Id, c.FromYear == c.ToYear ? $"{c.Name} ({c.FromYear})" : $"{c.Name} ({c.FromYear}–{c.ToYear})"))];
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock, AppDbContext db)
        {
            var year = clock.GetLocalNow().Year;
            RuleFor(c => c.Year).InclusiveBetween(year - 10, year + 1).WithMessage($"Năm phải từ {year - 10} đến {year + 1}.");
            RuleFor(c => c.Kind).Must(k => Kinds.Contains(k)).WithMessage("Vui lòng chọn loại hình khen thưởng.");
            RuleFor(c => c.CampaignId).NotNull().When(c => c.Kind == AwardKinds.Thematic)
                .WithMessage("Hồ sơ khen thưởng chuyên đề phải gắn với một phong trào thi đua; vui lòng chọn phong trào.");
            RuleFor(c => c.CampaignId)
                .MustAsync(async (c, id, ct) => await db.Campaigns.AnyAsync(x => x.Id == id && x.FromYear <= c.Year && c.Year <= x.ToYear + 1, ct))
                .When(c => c.Kind == AwardKinds.Thematic && c.CampaignId is not null)
                .WithMessage("Phong trào được chọn không có hoặc không còn nhận hồ sơ của năm này.");
            RuleFor(c => c.Title).NotEmpty().WithMessage("Vui lòng nhập trích yếu hồ sơ.").MaximumLength(500).WithMessage("Trích yếu tối đa 500 ký tự.");
            RuleFor(c => c.Summary).MaximumLength(4000).WithMessage("Tóm tắt tối đa 4.000 ký tự.");
        }
    }

    /// <summary>Creates the draft and starts it on the province's dossier route, in one transaction.</summary>
    public sealed class Handler(AppDbContext db, ITenantContext tenant, TimeProvider clock, WorkflowService workflow)
    {
        public async Task<Guid> HandleAsync(DossierViewer viewer, Command command, CancellationToken cancellationToken)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var dossier = new Dossier(
                tenant.TenantId!.Value, Guid.CreateVersion7(), viewer.UnitId!.Value, command.Year, command.Kind,
                command.Title, command.Summary, command.Kind == AwardKinds.Thematic ? command.CampaignId : null, viewer.UserId, clock.GetUtcNow());
            db.Dossiers.Add(dossier);
            await db.SaveChangesAsync(cancellationToken);
            var instance = await workflow.StartAsync(SubjectKinds.NominationDossier, dossier.Id, dossier.UnitId, DefaultWorkflows.ProvincialNominationCode, cancellationToken);
            dossier.AttachWorkflow(instance.Id);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return dossier.Id;
        }
    }

    public static string Label(AwardKinds kind) => kind switch
    {
        AwardKinds.Annual => "Thường xuyên (hằng năm)",
        AwardKinds.Thematic => "Chuyên đề, theo đợt",
        AwardKinds.AdHoc => "Đột xuất",
        AwardKinds.Foreign => "Đối ngoại",
        AwardKinds.LongService => "Quá trình cống hiến",
        AwardKinds.Seniority => "Niên hạn",
        AwardKinds.Resistance => "Kháng chiến",
        _ => kind.ToString(),
    };
}
