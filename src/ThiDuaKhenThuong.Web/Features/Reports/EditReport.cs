using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Reporting;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Reporting;

namespace ThiDuaKhenThuong.Web.Features.Reports;

/// <summary>Saves the narrative of a draft, or replaces it by a fresh draft written from today's figures.</summary>
public static class EditReport
{
    public sealed class Command
    {
        [Display(Name = "I. Kết quả thực hiện các phong trào thi đua")]
        public string Movements { get; set; } = string.Empty;

        [Display(Name = "II. Kết quả công tác khen thưởng")]
        public string Commendation { get; set; } = string.Empty;

        [Display(Name = "III. Hạn chế, nguyên nhân")]
        public string Shortcomings { get; set; } = string.Empty;

        [Display(Name = "IV. Phương hướng, nhiệm vụ kỳ tới")]
        public string NextTasks { get; set; } = string.Empty;

        public ReportNarrative ToNarrative() => new(Movements ?? string.Empty, Commendation ?? string.Empty, Shortcomings ?? string.Empty, NextTasks ?? string.Empty);

        public static Command From(ReportNarrative n) => new() { Movements = n.Movements, Commendation = n.Commendation, Shortcomings = n.Shortcomings, NextTasks = n.NextTasks };
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            const string tooLong = "Mỗi phần tối đa 20.000 ký tự.";
            RuleFor(c => c.Movements).NotEmpty().WithMessage("Vui lòng nhập kết quả thực hiện các phong trào thi đua.").MaximumLength(ReportNarrative.MaxLength).WithMessage(tooLong);
            RuleFor(c => c.Commendation).NotEmpty().WithMessage("Vui lòng nhập kết quả công tác khen thưởng.").MaximumLength(ReportNarrative.MaxLength).WithMessage(tooLong);
            RuleFor(c => c.Shortcomings).MaximumLength(ReportNarrative.MaxLength).WithMessage(tooLong);
            RuleFor(c => c.NextTasks).MaximumLength(ReportNarrative.MaxLength).WithMessage(tooLong);
        }
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, ReportFiguresQuery figures)
    {
        /// <summary>False when the draft is not found or not the viewer's to write.</summary>
        public async Task<bool> HandleAsync(ReportViewer viewer, Guid id, Command command, CancellationToken cancellationToken)
        {
            var draft = await db.ReportDrafts.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
            if (draft is null || !viewer.CanWrite(draft.ScopeKind, draft.ScopeId))
            {
                return false;
            }

            draft.Edit(command.ToNarrative(), viewer.UserId, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }

        public async Task<bool> PrefillAsync(ReportViewer viewer, Guid id, CancellationToken cancellationToken)
        {
            var draft = await db.ReportDrafts.FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
            if (draft is null || !viewer.CanWrite(draft.ScopeKind, draft.ScopeId))
            {
                return false;
            }

            var computed = await figures.ComputeAsync(ReportPublisher.RequestFor(draft), cancellationToken);
            draft.Edit(NarrativeDraft.From(computed), viewer.UserId, clock.GetUtcNow());
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
    }
}
