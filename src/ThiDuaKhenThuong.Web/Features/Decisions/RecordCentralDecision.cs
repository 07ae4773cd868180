using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Decisions;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.People;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Decisions;

/// <summary>The officer records the central level's decision on a signed submission: awards into the histories, nominations closed.</summary>
public static class RecordCentralDecision
{
    public sealed class Command
    {
        [Display(Name = "Số quyết định của Trung ương")]
        public string? CentralNumber { get; set; }

        [Display(Name = "Ngày quyết định")]
        public DateOnly? CentralDate { get; set; }

        [Display(Name = "Cơ quan, người ban hành")]
        public string? CentralAuthority { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.CentralNumber).NotEmpty().WithMessage("Vui lòng nhập số quyết định của Trung ương.")
                .MaximumLength(100).WithMessage("Số quyết định tối đa 100 ký tự.");
            RuleFor(c => c.CentralDate).NotNull().WithMessage("Vui lòng nhập ngày quyết định của Trung ương.");
            RuleFor(c => c.CentralAuthority).NotEmpty().WithMessage("Vui lòng nhập cơ quan, người ban hành (ví dụ Thủ tướng Chính phủ).")
                .MaximumLength(300).WithMessage("Cơ quan ban hành tối đa 300 ký tự.");
        }
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, DossierSteps.Handler steps)
    {
        /// <summary>Null when the submission is not the province's; otherwise the result to show.</summary>
        public async Task<RecordDecision.Result?> HandleAsync(Guid id, Command command, WorkflowActor officer, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var decision = await db.AwardDecisions.Include(d => d.Items).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
            if (decision is null)
            {
                return null;
            }

            var now = clock.GetUtcNow();
            try
            {
                decision.RecordCentralDecision(command.CentralNumber!, command.CentralDate!.Value, command.CentralAuthority!, now);
                var ids = decision.Items.Select(i => i.NominationId).ToList();
                var nominations = await db.Nominations.Where(n => ids.Contains(n.Id)).ToDictionaryAsync(n => n.Id, cancellationToken);
                var dossierIds = decision.Items.Select(i => i.DossierId).Distinct().ToList();
                var years = await db.Dossiers.Where(d => dossierIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Year, cancellationToken);
                foreach (var item in decision.Items)
                {
                    var nomination = nominations[item.NominationId];
                    nomination.MarkCentralAwarded(decision.Id, now);
                    db.AwardHistory.Add(AwardHistoryRecord.FromDecision(decision.TenantId, Guid.CreateVersion7(now), nomination.Nominee,
                        new AwardHistoryData(item.AwardCode, years[item.DossierId], decision.CentralNumber!, decision.CentralDate!.Value, decision.CentralAuthority!),
                        decision.Id, nomination.Id));
                }

                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DossierRuleException rule)
            {
                db.ChangeTracker.Clear();
                return new RecordDecision.Result(false, rule.Message);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return new RecordDecision.Result(false, "Văn bản đã được người khác cập nhật. Vui lòng tải lại trang.");
            }

            var moved = await steps.AdvanceAsync(decision.Items.Select(i => i.DossierId).Distinct().ToList(), officer, "Quyết định số " + decision.CentralNumber, cancellationToken);
            return new RecordDecision.Result(true, $"Đã ghi nhận Quyết định số {decision.CentralNumber} của {decision.CentralAuthority}: {decision.Items.Count} khen thưởng đã vào quá trình khen thưởng." + moved);
        }
    }
}
