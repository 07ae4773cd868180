using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Decisions;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Features.Catalog;

namespace ThiDuaKhenThuong.Web.Features.Decisions;

/// <summary>The officer drafts a decision revoking awards of a recorded decision; the leader signs it like any other.</summary>
public static class DraftRevocation
{
    public sealed class Command
    {
        public List<Guid> NominationIds { get; set; } = [];

        [Display(Name = "Lý do thu hồi")]
        public string? Reason { get; set; }

        [Display(Name = "Số quyết định thu hồi")]
        public int? Number { get; set; }

        [Display(Name = "Ngày ban hành")]
        public DateOnly? Date { get; set; }

        [Display(Name = "Chức danh người ký")]
        public string? SignerTitle { get; set; }

        [Display(Name = "Họ và tên người ký")]
        public string? SignerName { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(AppDbContext db)
        {
            RuleFor(c => c.NominationIds).NotEmpty().WithMessage("Vui lòng chọn người, tập thể bị thu hồi khen thưởng.");
            RuleFor(c => c.Reason).NotEmpty().WithMessage("Vui lòng ghi lý do thu hồi.").MaximumLength(4000).WithMessage("Lý do tối đa 4.000 ký tự.");
            RuleFor(c => c.Number).NotNull().WithMessage("Vui lòng nhập số quyết định thu hồi.")
                .InclusiveBetween(1, 99999).WithMessage("Số văn bản phải là số nguyên từ 1 đến 99999.");
            RuleFor(c => c.Date).NotNull().WithMessage("Vui lòng nhập ngày ban hành.");
            RuleFor(c => c.SignerTitle).Must(t => t is not null && DecisionTemplates.SignerTitles.Contains(t)).WithMessage("Vui lòng chọn chức danh người ký.");
            RuleFor(c => c.SignerName).NotEmpty().WithMessage("Vui lòng nhập họ và tên người ký.").MaximumLength(200).WithMessage("Họ và tên người ký tối đa 200 ký tự.");
            RuleFor(c => c).MustAsync(async (c, ct) => c.Number is not { } n || c.Date is not { } d
                    || !await db.AwardDecisions.AnyAsync(x => x.Year == d.Year && x.Number == n && x.Symbol == DecisionTemplates.DecisionSymbol, ct))
                .WithName(nameof(Command.Number))
                .WithMessage(c => $"Số {c.Number}/{DecisionTemplates.DecisionSymbol} năm {c.Date?.Year} đã được dùng cho văn bản khác. Vui lòng chọn số khác.");
        }
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, ReadCatalog.Handler catalog)
    {
        public async Task<(Guid? Id, string? Problem)> HandleAsync(Guid originalId, Guid officerId, Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var original = await db.AwardDecisions.AsNoTracking().Include(d => d.Items).FirstOrDefaultAsync(d => d.Id == originalId, cancellationToken);
            if (original is null)
            {
                return (null, null);
            }

            var held = await db.Nominations.AsNoTracking()
                .Where(n => command.NominationIds.Contains(n.Id) && n.DecisionId == original.Id && (n.Outcome == NominationOutcome.Awarded || n.Outcome == NominationOutcome.CentralAwarded))
                .CountAsync(cancellationToken);
            if (held != command.NominationIds.Distinct().Count())
            {
                return (null, "Một số người, tập thể đã chọn không còn giữ khen thưởng của quyết định này. Vui lòng tải lại trang.");
            }

            var data = await catalog.HandleAsync(cancellationToken);
            var awardName = data.Award(original.AwardCode)?.Name ?? original.AwardCode;
            var number = original.Kind == DecisionKind.CentralSubmission ? original.CentralNumber ?? original.NumberAndSymbol : original.NumberAndSymbol;
            var province = await DraftDecision.ProvinceNameAsync(db, cancellationToken);
            var text = new DecisionText(command.Number!.Value, DecisionTemplates.DecisionSymbol, command.Date!.Value,
                DecisionTemplates.Subject(DecisionKind.Revocation, awardName, number),
                DecisionTemplates.LegalBasis(data.InForce(command.Date.Value), DecisionKind.Revocation),
                command.SignerTitle!, command.SignerName!, DecisionTemplates.IssuingAuthority(province));
            var now = clock.GetUtcNow();
            try
            {
                var revocation = AwardDecision.DraftRevocation(original.TenantId, Guid.CreateVersion7(now), original, command.Reason!, text, command.NominationIds, officerId, now);
                db.AwardDecisions.Add(revocation);
                await db.SaveChangesAsync(cancellationToken);
                return (revocation.Id, null);
            }
            catch (DossierRuleException rule)
            {
                return (null, rule.Message);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                return (null, $"Số {text.Number}/{text.Symbol} năm {text.Date.Year} đã được dùng cho văn bản khác. Vui lòng chọn số khác.");
            }
        }
    }
}
