using System.Text.Json.Serialization;

namespace ThiDuaKhenThuong.Domain.Workflow;

/// <summary>
/// A tenant's working days: Monday to Friday, minus public holidays, plus compensatory working days (a Saturday worked
/// to bridge a holiday). Holidays change every year by government notice, so they are data (<see cref="CalendarDay"/>
/// rows per tenant), never constants in code; a year without rows counts weekends only.
/// </summary>
public sealed class WorkingCalendar
{
    private readonly Dictionary<DateOnly, CalendarDay> days;

    public WorkingCalendar(IEnumerable<CalendarDay> days, TimeSpan utcOffset)
    {
        ArgumentNullException.ThrowIfNull(days);
        this.days = [];
        foreach (var day in days)
        {
            if (!this.days.TryAdd(day.Date, day))
            {
                throw new ArgumentException($"The calendar lists {day.Date:yyyy-MM-dd} twice.", nameof(days));
            }
        }

        Days = [.. this.days.Values.OrderBy(d => d.Date)];
        UtcOffset = utcOffset;
    }

    /// <summary>Vietnam keeps one offset all year (no daylight saving).</summary>
    public static TimeSpan VietnamOffset { get; } = TimeSpan.FromHours(7);

    public IReadOnlyList<CalendarDay> Days { get; }

    /// <summary>Offset of the tenant's local time; deadlines are local dates.</summary>
    public TimeSpan UtcOffset { get; }

    public IReadOnlySet<int> ConfiguredYears => days.Keys.Select(d => d.Year).ToHashSet();

    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(UtcOffset).DateTime);

    public bool IsWorkingDay(DateOnly date)
    {
        if (days.TryGetValue(date, out var day))
        {
            return day.Kind == CalendarDayKind.WorkingDay;
        }

        return date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
    }

    /// <summary>
    /// The <paramref name="workingDays"/>-th working day after <paramref name="start"/> (the start day itself does not
    /// count: a dossier received on Friday with 1 day is due the next working day). Zero returns the start. Negative
    /// counts go back so that <c>WorkingDaysBetween(start, result) == workingDays</c> holds either way, which keeps
    /// the pause arithmetic exact for a step that was already overdue when paused.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int workingDays)
    {
        var date = start;
        if (workingDays >= 0)
        {
            for (var left = workingDays; left > 0;)
            {
                date = date.AddDays(1);
                if (IsWorkingDay(date))
                {
                    left--;
                }
            }

            return date;
        }

        for (var left = -workingDays; ; date = date.AddDays(-1))
        {
            if (!IsWorkingDay(date))
            {
                continue;
            }

            if (left == 0)
            {
                return date;
            }

            left--;
        }
    }

    /// <summary>Working days in (<paramref name="from"/>, <paramref name="to"/>]; negative when <paramref name="to"/> is earlier.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }

        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }
}

/// <summary>A date that differs from the weekly pattern: a holiday (or day off in lieu) or a compensatory working day.</summary>
public sealed record CalendarDay(DateOnly Date, CalendarDayKind Kind, string Name);

[JsonConverter(typeof(JsonStringEnumConverter<CalendarDayKind>))]
public enum CalendarDayKind
{
    /// <summary>Public holiday or day off in lieu (nghỉ lễ, nghỉ bù, ngày nghỉ hoán đổi).</summary>
    Holiday,

    /// <summary>A weekend day worked instead of a bridged day (ngày làm bù).</summary>
    WorkingDay,
}
