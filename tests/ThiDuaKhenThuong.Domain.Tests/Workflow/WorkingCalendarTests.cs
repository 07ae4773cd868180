using ThiDuaKhenThuong.Domain.Workflow;

namespace ThiDuaKhenThuong.Domain.Tests.Workflow;

public sealed class WorkingCalendarTests
{
    private static readonly WorkingCalendar Calendar = VietnameseHolidays.DefaultCalendar();

    [Fact]
    public void TwentyWorkingDays_FromFridayBeforeTet2026_EndOnFriday20March()
    {
        // Start: Friday 13/2/2026, the last working day before Tết Bính Ngọ (holiday 14/2 to 22/2).
        // 14/2 to 22/2 count nothing. Working days then run Monday to Friday with no holiday until April:
        //   23–27/2 → days 1–5, 2–6/3 → 6–10, 9–13/3 → 11–15, 16–20/3 → 16–20.
        // So the 20th working day is Friday 20/3/2026 (a naive "+28 calendar days" would say 13/3).
        var deadline = Calendar.AddWorkingDays(new DateOnly(2026, 2, 13), 20);

        deadline.ShouldBe(new DateOnly(2026, 3, 20));
        Calendar.WorkingDaysBetween(new DateOnly(2026, 2, 13), deadline).ShouldBe(20);
    }

    [Theory]
    [InlineData("2026-02-13", "2026-02-23")] // Friday before Tết → first Monday after it
    [InlineData("2026-04-24", "2026-04-28")] // Giỗ Tổ on Sunday 26/4 → day off in lieu Monday 27/4
    [InlineData("2026-04-29", "2026-05-04")] // 30/4 and 1/5
    [InlineData("2026-08-31", "2026-09-03")] // Quốc khánh 1–2/9
    [InlineData("2025-12-31", "2026-01-02")] // Tết Dương lịch
    [InlineData("2025-04-25", "2025-04-26")] // Saturday 26/4/2025 is worked in lieu of 2/5
    [InlineData("2025-04-29", "2025-05-05")] // 30/4, 1/5 and the swapped 2/5/2025
    [InlineData("2027-01-01", "2027-01-04")] // a year without configured holidays counts weekends only
    public void NextWorkingDay_SkipsWeekendsAndHolidays(string start, string expected) =>
        Calendar.AddWorkingDays(DateOnly.Parse(start), 1).ShouldBe(DateOnly.Parse(expected));

    [Theory]
    [InlineData("2026-02-16")] // Tết
    [InlineData("2026-04-27")] // day off in lieu
    [InlineData("2025-05-02")] // swapped day
    [InlineData("2026-03-07")] // an ordinary Saturday
    public void IsWorkingDay_IsFalse_OnDaysOff(string date) =>
        Calendar.IsWorkingDay(DateOnly.Parse(date)).ShouldBeFalse();

    [Fact]
    public void IsWorkingDay_IsTrue_OnACompensatorySaturday() =>
        Calendar.IsWorkingDay(new DateOnly(2025, 4, 26)).ShouldBeTrue();

    [Fact]
    public void WorkingDaysBetween_IsZeroForSameDay_AndNegativeBackwards()
    {
        var friday = new DateOnly(2026, 3, 20);
        var monday = new DateOnly(2026, 3, 16);

        Calendar.WorkingDaysBetween(friday, friday).ShouldBe(0);
        Calendar.WorkingDaysBetween(monday, friday).ShouldBe(4);
        Calendar.WorkingDaysBetween(friday, monday).ShouldBe(-4);
        Calendar.AddWorkingDays(friday, 0).ShouldBe(friday);
    }

    [Fact]
    public void AddWorkingDays_AndWorkingDaysBetween_AreInverse_ForEveryDayOfBothYears()
    {
        for (var start = new DateOnly(2025, 1, 1); start <= new DateOnly(2026, 12, 31); start = start.AddDays(1))
        {
            foreach (var n in new[] { -25, -3, -1, 1, 5, 20, 30 })
            {
                var end = Calendar.AddWorkingDays(start, n);
                Calendar.WorkingDaysBetween(start, end).ShouldBe(n, $"{start} {n}");
                Calendar.IsWorkingDay(end).ShouldBeTrue($"{start} {n}");
            }
        }
    }

    [Fact]
    public void LocalDate_UsesTheTenantsOffset()
    {
        // 17:30 UTC on 12/2 is already 00:30 on 13/2 in Vietnam.
        Calendar.LocalDate(new DateTimeOffset(2026, 2, 12, 17, 30, 0, TimeSpan.Zero)).ShouldBe(new DateOnly(2026, 2, 13));
    }

    [Fact]
    public void DefaultHolidays_CoverBothYears_AndTetIsNineDays()
    {
        Calendar.ConfiguredYears.ShouldBe([2025, 2026], ignoreOrder: true);
        VietnameseHolidays.Year2026.Count(d => d.Name.StartsWith("Tết Nguyên đán", StringComparison.Ordinal)).ShouldBe(9);
        VietnameseHolidays.Year2025.Count(d => d.Name.StartsWith("Tết Nguyên đán", StringComparison.Ordinal)).ShouldBe(9);
    }

    [Fact]
    public void Calendar_RefusesTheSameDateTwice() =>
        Should.Throw<ArgumentException>(() => new WorkingCalendar(
            [
                new CalendarDay(new DateOnly(2026, 1, 1), CalendarDayKind.Holiday, "Tết Dương lịch"),
                new CalendarDay(new DateOnly(2026, 1, 1), CalendarDayKind.WorkingDay, "Làm bù"),
            ],
            WorkingCalendar.VietnamOffset));
}
