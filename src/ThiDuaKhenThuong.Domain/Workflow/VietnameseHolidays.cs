namespace ThiDuaKhenThuong.Domain.Workflow;

/// <summary>
/// Seed for a new tenant's calendar: Vietnamese public holidays for civil servants, 2025 and 2026. These are defaults
/// copied into the tenant's own rows, which the tenant administrator edits: the government announces Tết and any
/// day swaps each year, and a later notice wins over this list.
/// </summary>
public static class VietnameseHolidays
{
    public static IReadOnlyList<CalendarDay> Year2025 { get; } =
    [
        Holiday(2025, 1, 1, "Tết Dương lịch"),
        .. Range(new DateOnly(2025, 1, 25), new DateOnly(2025, 2, 2), "Tết Nguyên đán Ất Tỵ"),
        Holiday(2025, 4, 7, "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),

        // [verify] Day swap announced for 2025: Friday 2/5 off, worked on Saturday 26/4.
        Working(2025, 4, 26, "Làm bù cho ngày 02/5/2025"),
        Holiday(2025, 4, 30, "Ngày Chiến thắng"),
        Holiday(2025, 5, 1, "Ngày Quốc tế Lao động"),
        Holiday(2025, 5, 2, "Nghỉ hoán đổi (làm bù thứ Bảy 26/4/2025)"),
        Holiday(2025, 9, 1, "Quốc khánh (ngày liền kề)"),
        Holiday(2025, 9, 2, "Quốc khánh"),
    ];

    public static IReadOnlyList<CalendarDay> Year2026 { get; } =
    [
        Holiday(2026, 1, 1, "Tết Dương lịch"),

        // [verify] Configurable: Tết Bính Ngọ as announced for civil servants, Saturday 14/2 to Sunday 22/2/2026.
        .. Range(new DateOnly(2026, 2, 14), new DateOnly(2026, 2, 22), "Tết Nguyên đán Bính Ngọ"),
        Holiday(2026, 4, 26, "Giỗ Tổ Hùng Vương (10/3 âm lịch)"),

        // 26/4/2026 is a Sunday; a holiday on the weekly rest day is taken on the next working day
        // (Bộ luật Lao động 2019, Điều 111 khoản 3) [verify against the year's notice].
        Holiday(2026, 4, 27, "Nghỉ bù Giỗ Tổ Hùng Vương"),
        Holiday(2026, 4, 30, "Ngày Chiến thắng"),
        Holiday(2026, 5, 1, "Ngày Quốc tế Lao động"),
        Holiday(2026, 9, 1, "Quốc khánh (ngày liền kề)"),
        Holiday(2026, 9, 2, "Quốc khánh"),
    ];

    public static IReadOnlyList<CalendarDay> All { get; } = [.. Year2025, .. Year2026];

    /// <summary>A calendar with the default holidays in Vietnam's time zone.</summary>
    public static WorkingCalendar DefaultCalendar() => new(All, WorkingCalendar.VietnamOffset);

    private static CalendarDay Holiday(int year, int month, int day, string name) =>
        new(new DateOnly(year, month, day), CalendarDayKind.Holiday, name);

    private static CalendarDay Working(int year, int month, int day, string name) =>
        new(new DateOnly(year, month, day), CalendarDayKind.WorkingDay, name);

    private static IEnumerable<CalendarDay> Range(DateOnly first, DateOnly last, string name)
    {
        for (var date = first; date <= last; date = date.AddDays(1))
        {
            yield return new CalendarDay(date, CalendarDayKind.Holiday, name);
        }
    }
}
