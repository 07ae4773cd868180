using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Council;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.CouncilSessions;

/// <summary>A new council session: term, meeting day and place, agenda note, and when voting closes (Vietnam time).</summary>
public static class CreateSession
{
    public sealed class Command
    {
        [Display(Name = "Nhiệm kỳ Hội đồng")]
        public Guid? TermId { get; set; }

        [Display(Name = "Ngày họp")]
        public DateOnly? MeetingDate { get; set; }

        [Display(Name = "Địa điểm")]
        public string Place { get; set; } = string.Empty;

        [Display(Name = "Nội dung, ghi chú chương trình")]
        public string? AgendaNote { get; set; }

        [Display(Name = "Kết thúc bỏ phiếu lúc")]
        public DateTime? VotingClosesAt { get; set; }
    }

    public sealed record TermOption(Guid Id, string Name, DateOnly StartsOn, DateOnly EndsOn);

    public sealed record FormModel(Command Command, IReadOnlyList<TermOption> Terms);

    /// <summary>A time typed in the form is Vietnam time.</summary>
    public static DateTimeOffset VietnamTime(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Unspecified), WorkingCalendar.VietnamOffset);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(AppDbContext db, TimeProvider clock)
        {
            RuleFor(c => c.TermId).NotEmpty().WithMessage("Vui lòng chọn nhiệm kỳ Hội đồng.");
            RuleFor(c => c.MeetingDate).NotEmpty().WithMessage("Vui lòng nhập ngày họp.");
            RuleFor(c => c.Place).NotEmpty().WithMessage("Vui lòng nhập địa điểm họp.").MaximumLength(300).WithMessage("Địa điểm không được dài quá 300 ký tự.");
            RuleFor(c => c.AgendaNote).MaximumLength(4000).WithMessage("Ghi chú không được dài quá 4000 ký tự.");
            RuleFor(c => c.VotingClosesAt).NotEmpty().WithMessage("Vui lòng nhập thời điểm kết thúc bỏ phiếu.")
                .Must(t => t is null || VietnamTime(t.Value) > clock.GetUtcNow()).WithMessage("Thời điểm kết thúc bỏ phiếu phải sau thời điểm hiện tại.");
            RuleFor(c => c).CustomAsync(async (c, context, ct) =>
            {
                if (c.TermId is not { } termId || c.MeetingDate is not { } day)
                {
                    return;
                }

                var term = await db.CouncilTerms.AsNoTracking().FirstOrDefaultAsync(t => t.Id == termId, ct);
                if (term is null)
                {
                    context.AddFailure(nameof(Command.TermId), "Nhiệm kỳ không tồn tại.");
                }
                else if (!term.Contains(day))
                {
                    context.AddFailure(nameof(Command.MeetingDate), $"Ngày họp phải nằm trong nhiệm kỳ ({term.StartsOn:dd/MM/yyyy} – {term.EndsOn:dd/MM/yyyy}).");
                }
            });
        }
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<IReadOnlyList<TermOption>> TermsAsync(CancellationToken cancellationToken)
            => await db.CouncilTerms.AsNoTracking().OrderByDescending(t => t.StartsOn)
                .Select(t => new TermOption(t.Id, t.Name, t.StartsOn, t.EndsOn)).ToListAsync(cancellationToken);

        public async Task<Guid> HandleAsync(Command command, Guid officerId, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var now = clock.GetUtcNow();
            var session = new CouncilSession(
                db.CurrentTenantId!.Value, Guid.CreateVersion7(now), command.TermId!.Value, command.MeetingDate!.Value, command.Place,
                command.AgendaNote, VietnamTime(command.VotingClosesAt!.Value), officerId, now);
            db.CouncilSessions.Add(session);
            await db.SaveChangesAsync(cancellationToken);
            return session.Id;
        }
    }
}
