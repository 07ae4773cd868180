namespace ThiDuaKhenThuong.Domain.Catalog;

/// <summary>Rules judged against the nominee's own records: initiatives, discipline, ratings, attendance.</summary>
internal static class NomineeChecks
{
    public static Verdict Initiative(RequiresInitiativeRule rule, int year, EligibilityContext context)
    {
        var from = year - rule.WithinYears + 1;
        var period = Text.Period(from, year);
        if (context.Initiatives is null)
        {
            return Verdict.Unknown($"Thiếu dữ liệu sáng kiến, đề tài {period}");
        }

        var found = context.Initiatives
            .Where(i => i.Level >= rule.MinLevel && i.Year >= from && i.Year <= year)
            .OrderByDescending(i => i.Level)
            .ThenByDescending(i => i.Year)
            .FirstOrDefault();
        return found is null
            ? Verdict.Fail($"Không có sáng kiến, đề tài {rule.MinLevel.Label()} trở lên trong {period}")
            : Verdict.Pass($"Có sáng kiến \"{found.Title}\" {found.Level.Label()} năm {found.Year}");
    }

    public static Verdict Discipline(NoDisciplineRule rule, int year, EligibilityContext context)
    {
        var from = year - rule.WithinYears + 1;
        var period = Text.Period(from, year);
        if (context.DisciplineRecords is null)
        {
            return Verdict.Unknown($"Thiếu dữ liệu kỷ luật {period}");
        }

        var record = context.DisciplineRecords.Where(d => d.Year >= from && d.Year <= year).OrderByDescending(d => d.Year).FirstOrDefault();
        return record is null
            ? Verdict.Pass($"Không bị kỷ luật {period}")
            : Verdict.Fail($"Bị kỷ luật ({record.Form}) năm {record.Year}");
    }

    public static Verdict LeadsGroup(int year, EligibilityContext context) => context.LeadsEmulationGroup switch
    {
        true => Verdict.Pass($"Dẫn đầu Cụm, Khối thi đua năm {year}"),
        false => Verdict.Fail($"Không dẫn đầu Cụm, Khối thi đua năm {year}"),
        null => Verdict.Unknown($"Chưa có kết quả suy tôn dẫn đầu Cụm, Khối thi đua năm {year}"),
    };

    public static Verdict Rating(MinPerformanceRatingRule rule, int year, EligibilityContext context)
    {
        var years = Text.Range(year - rule.ConsecutiveYears + 1, year);
        var required = $"{rule.Rating.Label()} trở lên";
        var below = years
            .Where(y => context.PerformanceRatings.TryGetValue(y, out var r) && r < rule.Rating)
            .ToList();
        if (below.Count > 0)
        {
            var first = below[0];
            return Verdict.Fail($"Năm {first} xếp loại {context.PerformanceRatings[first].Label()}, yêu cầu {required}");
        }

        var missing = years.Where(y => !context.PerformanceRatings.ContainsKey(y)).ToList();
        if (missing.Count > 0)
        {
            return Verdict.Unknown($"Thiếu kết quả xếp loại năm {Text.Years(missing)}");
        }

        return rule.ConsecutiveYears == 1
            ? Verdict.Pass($"Năm {year} xếp loại {context.PerformanceRatings[year].Label()}")
            : Verdict.Pass($"Xếp loại {required} {rule.ConsecutiveYears} năm liên tục {Text.Years(years)}");
    }

    public static Verdict ServiceMonths(MinServiceMonthsRule rule, int year, EligibilityContext context) => context.ServiceMonthsInYear switch
    {
        null => Verdict.Unknown($"Thiếu dữ liệu thời gian công tác năm {year}"),
        var months when months >= rule.Months => Verdict.Pass($"Công tác {months} tháng trong năm {year}"),
        var months => Verdict.Fail($"Chỉ công tác {months} tháng trong năm {year}, yêu cầu từ {rule.Months} tháng"),
    };

    public static Verdict Absence(MaxAbsenceDaysRule rule, int year, EligibilityContext context) => context.AbsenceWorkingDays switch
    {
        null => Verdict.Unknown($"Thiếu dữ liệu số ngày nghỉ năm {year}"),
        var days when days <= rule.MaxDays => Verdict.Pass($"Nghỉ {days} ngày làm việc năm {year}, trong giới hạn {rule.MaxDays} ngày"),
        var days => Verdict.Fail($"Nghỉ {days} ngày làm việc năm {year}, vượt giới hạn {rule.MaxDays} ngày"),
    };
}
