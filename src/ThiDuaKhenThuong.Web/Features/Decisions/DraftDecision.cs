using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Decisions;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Tenancy;
using ThiDuaKhenThuong.Web.Features.Catalog;

namespace ThiDuaKhenThuong.Web.Features.Decisions;

/// <summary>
/// The Standing Agency drafts a decision (or, for awards granted centrally, the province's submission) from the
/// nominations that await a decision, one award at a time. Nothing changes for the nominees until the leader signs.
/// </summary>
public static class DraftDecision
{
    public sealed class Command
    {
        [Display(Name = "Danh hiệu, hình thức")]
        public string? AwardCode { get; set; }

        [Display(Name = "Đơn vị")]
        public Guid? UnitId { get; set; }

        [Display(Name = "Hồ sơ")]
        public Guid? DossierId { get; set; }

        public List<Guid> NominationIds { get; set; } = [];

        [Display(Name = "Số")]
        public int? Number { get; set; }

        [Display(Name = "Ký hiệu")]
        public string? Symbol { get; set; }

        [Display(Name = "Ngày ban hành")]
        public DateOnly? Date { get; set; }

        [Display(Name = "Trích yếu")]
        public string? Subject { get; set; }

        [Display(Name = "Căn cứ ban hành (mỗi dòng một căn cứ)")]
        public string? LegalBasis { get; set; }

        [Display(Name = "Chức danh người ký")]
        public string? SignerTitle { get; set; }

        [Display(Name = "Họ và tên người ký")]
        public string? SignerName { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(AppDbContext db)
        {
            RuleFor(c => c.AwardCode).NotEmpty().WithMessage("Vui lòng chọn danh hiệu, hình thức khen thưởng.");
            RuleFor(c => c.NominationIds).NotEmpty().WithMessage("Vui lòng chọn ít nhất một người, tập thể.")
                .Must(ids => ids.Count <= AwardDecision.MaxItems).WithMessage($"Một văn bản có tối đa {AwardDecision.MaxItems} người, tập thể.");
            RuleFor(c => c.Number).NotNull().WithMessage("Vui lòng nhập số văn bản.")
                .InclusiveBetween(1, 99999).WithMessage("Số văn bản phải là số nguyên từ 1 đến 99999.");
            RuleFor(c => c.Symbol).NotEmpty().WithMessage("Vui lòng nhập ký hiệu văn bản (ví dụ QĐ-UBND).")
                .MaximumLength(40).WithMessage("Ký hiệu tối đa 40 ký tự.");
            RuleFor(c => c.Date).NotNull().WithMessage("Vui lòng nhập ngày ban hành.")
                .Must(d => d is null || d.Value.Year is >= 2000 and <= 2100).WithMessage("Ngày ban hành không hợp lệ.");
            RuleFor(c => c.Subject).NotEmpty().WithMessage("Vui lòng nhập trích yếu (Về việc …).")
                .MaximumLength(1000).WithMessage("Trích yếu tối đa 1.000 ký tự.");
            RuleFor(c => c.LegalBasis).NotEmpty().WithMessage("Vui lòng nhập căn cứ ban hành.")
                .MaximumLength(8000).WithMessage("Căn cứ ban hành tối đa 8.000 ký tự.");
            RuleFor(c => c.SignerTitle).Must(t => t is not null && DecisionTemplates.SignerTitles.Contains(t))
                .WithMessage("Vui lòng chọn chức danh người ký.");
            RuleFor(c => c.SignerName).NotEmpty().WithMessage("Vui lòng nhập họ và tên người ký.")
                .MaximumLength(200).WithMessage("Họ và tên người ký tối đa 200 ký tự.");
            RuleFor(c => c).MustAsync(async (c, ct) => c.Number is not { } n || c.Date is not { } d || string.IsNullOrWhiteSpace(c.Symbol)
                    || !await db.AwardDecisions.AnyAsync(x => x.Year == d.Year && x.Number == n && x.Symbol == c.Symbol.Trim(), ct))
                .WithName(nameof(Command.Number))
                .WithMessage(c => $"Số {c.Number}/{c.Symbol?.Trim()} năm {c.Date?.Year} đã được dùng cho văn bản khác. Vui lòng chọn số khác.");
        }
    }

    public sealed class Handler(AppDbContext db, ITenantContext tenant, TimeProvider clock, ReadCatalog.Handler catalog)
    {
        public const string StaleChoice = "Một số đề nghị đã chọn không còn chờ quyết định, đã có trong một dự thảo khác hoặc không cùng danh hiệu, hình thức. Vui lòng tải lại danh sách.";

        /// <summary>The new draft's id, or the Vietnamese reason it was refused (nothing is saved then).</summary>
        public async Task<(Guid? Id, string? Problem)> HandleAsync(Guid officerId, Command command, CancellationToken cancellationToken)
        {
            var awards = await catalog.HandleAsync(cancellationToken);
            var award = awards.Award(command.AwardCode!);
            if (award is null)
            {
                return (null, "Danh hiệu, hình thức không có trong danh mục.");
            }

            var chosen = command.NominationIds.Distinct().ToList();
            var candidates = await DraftForm.CandidatesAsync(db, award.Code, null, null, cancellationToken);
            var picked = candidates.Where(c => chosen.Contains(c.NominationId)).ToList();
            if (picked.Count != chosen.Count)
            {
                return (null, StaleChoice);
            }

            var text = new DecisionText(command.Number!.Value, command.Symbol!, command.Date!.Value, command.Subject!, command.LegalBasis!, command.SignerTitle!, command.SignerName!,
                DecisionTemplates.IssuingAuthority(await ProvinceNameAsync(db, cancellationToken)));
            var tenantId = tenant.TenantId!.Value;
            var now = clock.GetUtcNow();
            var id = Guid.CreateVersion7(now);
            try
            {
                var items = picked.Select(c => new DecisionItem(tenantId, Guid.CreateVersion7(now), id, c.NominationId, c.DossierId,
                    new NomineeRef(c.NomineeKind, c.NomineeId, c.NomineeName), c.UnitId, c.UnitName, award.Code));
                var kind = award.IsForwardedToCentral ? DecisionKind.CentralSubmission : DecisionKind.Award;
                db.AwardDecisions.Add(AwardDecision.Draft(tenantId, id, kind, award.Code, text, items, officerId, now));
                await db.SaveChangesAsync(cancellationToken);
                return (id, null);
            }
            catch (DossierRuleException rule)
            {
                return (null, rule.Message);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                return (null, $"Số {text.Number}/{text.Symbol.Trim()} năm {text.Date.Year} đã được dùng cho văn bản khác. Vui lòng chọn số khác.");
            }
        }
    }

    internal static Task<string> ProvinceNameAsync(AppDbContext db, CancellationToken cancellationToken)
        => db.Tenants.AsNoTracking().Where(t => t.Id == db.CurrentTenantId).Select(t => t.Name).FirstAsync(cancellationToken);
}
