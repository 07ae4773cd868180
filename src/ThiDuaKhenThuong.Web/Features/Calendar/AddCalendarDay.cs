using System.Globalization;
using FluentValidation;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Workflow;

namespace ThiDuaKhenThuong.Web.Features.Calendar;

public static class AddCalendarDay
{
    public sealed class Command
    {
        /// <summary>dd/MM/yyyy as typed.</summary>
        public string? Date { get; set; }

        public CalendarDayKind Kind { get; set; } = CalendarDayKind.Holiday;

        public string? Name { get; set; }

        public DateOnly? ParsedDate => DateOnly.TryParseExact(Date?.Trim(), "d/M/yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Date).Must((c, _) => c.ParsedDate is not null).WithMessage("Ngày phải có dạng ngày/tháng/năm, ví dụ 02/09/2026.");
            RuleFor(c => c.Name).NotEmpty().WithMessage("Vui lòng nhập tên ngày nghỉ hoặc ngày làm bù.")
                .MaximumLength(200).WithMessage("Tên không quá 200 ký tự.");
            RuleFor(c => c.Kind).IsInEnum().WithMessage("Loại ngày không hợp lệ.");
        }
    }

    public sealed class Handler(WorkingCalendars calendars)
    {
        /// <summary>Adds the day; returns a Vietnamese reason when it cannot.</summary>
        public Task<string?> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            return calendars.AddAsync(command.ParsedDate!.Value, command.Kind, command.Name!, cancellationToken);
        }
    }
}
