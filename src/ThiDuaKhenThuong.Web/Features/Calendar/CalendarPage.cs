using ThiDuaKhenThuong.Infrastructure.Workflow;

namespace ThiDuaKhenThuong.Web.Features.Calendar;

public static class CalendarPage
{
    public sealed record Model(int Year, IReadOnlyList<CalendarDayRecord> Days, AddCalendarDay.Command Form);

    public sealed class Handler(WorkingCalendars calendars)
    {
        public async Task<Model> HandleAsync(int year, AddCalendarDay.Command? form, CancellationToken cancellationToken)
        {
            year = Math.Clamp(year, 2000, 2100);
            return new Model(year, await calendars.ListAsync(year, cancellationToken), form ?? new AddCalendarDay.Command());
        }
    }
}
