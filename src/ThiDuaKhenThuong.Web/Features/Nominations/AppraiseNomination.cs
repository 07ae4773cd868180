using System.ComponentModel.DataAnnotations;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Features.Dossiers;

namespace ThiDuaKhenThuong.Web.Features.Nominations;

/// <summary>
/// The Standing Agency's appraisal of one nomination, only while the dossier is under review. Going against the
/// engine's result needs a reason (the domain says so); a refusal comes back as a Vietnamese message.
/// </summary>
public static class AppraiseNomination
{
    public sealed class Command
    {
        [Display(Name = "Kết quả thẩm định")]
        public AppraisalResult? Result { get; set; }

        [Display(Name = "Ý kiến thẩm định")]
        [MaxLength(4000, ErrorMessage = "Ý kiến thẩm định tối đa 4.000 ký tự.")]
        public string? Note { get; set; }

        [Display(Name = "Lý do khác kết quả kiểm tra tự động")]
        [MaxLength(4000, ErrorMessage = "Lý do tối đa 4.000 ký tự.")]
        public string? OverrideReason { get; set; }
    }

    /// <summary>NotFound → 404; otherwise the refusal in Vietnamese, or null when saved.</summary>
    public sealed record Outcome(bool NotFound, string? Refusal);

    public sealed class Handler(AppDbContext db, NominationAccess.Handler access, TimeProvider clock)
    {
        public async Task<Outcome> HandleAsync(DossierViewer viewer, Guid id, Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(viewer);
            ArgumentNullException.ThrowIfNull(command);
            if (await access.NominationAsync(viewer, id, cancellationToken) is not { } found)
            {
                return new Outcome(true, null);
            }

            if (!viewer.Roles.Contains(Roles.StandingOfficer))
            {
                return new Outcome(false, "Chỉ chuyên viên Cơ quan thường trực được thẩm định đề nghị.");
            }

            if (await access.StateAsync(found.Dossier.Id, cancellationToken) != WorkflowStates.UnderReview)
            {
                return new Outcome(false, "Chỉ thẩm định được khi hồ sơ đang ở bước thẩm định.");
            }

            if (command.Note?.Length > 4000 || command.OverrideReason?.Length > 4000)
            {
                return new Outcome(false, "Ý kiến và lý do tối đa 4.000 ký tự.");
            }

            try
            {
                found.Nomination.Appraise(command.Result ?? AppraisalResult.Pending, command.Note, command.OverrideReason, viewer.UserId, clock.GetUtcNow());
            }
            catch (DossierRuleException rule)
            {
                return new Outcome(false, rule.Message);
            }

            await db.SaveChangesAsync(cancellationToken);
            return new Outcome(false, null);
        }
    }
}
