namespace ThiDuaKhenThuong.Domain.Catalog;

/// <summary>Rules judged against the nominee's award history. A title missing in a year whose history is complete is
/// a gap (Fail); missing in any other year it is missing data (Unknown).</summary>
internal static class HistoryChecks
{
    public static Verdict ConsecutiveYears(PriorTitleConsecutiveYearsRule rule, int year, EligibilityContext context)
    {
        var years = Enumerable.Range(0, rule.Years).Select(i => year - ((rule.Years - 1 - i) * rule.IntervalYears)).ToList();
        var missing = years.Where(y => !context.HasHistory(rule.Title, y)).ToList();
        var title = Text.Name(rule.Title);
        var gaps = missing.Where(context.IsHistoryKnown).ToList();
        if (gaps.Count > 0)
        {
            return Verdict.Fail($"Không đạt {title} năm {Text.Years(gaps)}: chưa đủ {rule.Years} {Unit(rule)} liên tục {Text.Years(years)}");
        }

        if (missing.Count > 0)
        {
            return Verdict.Unknown($"Thiếu dữ liệu danh hiệu {title} năm {Text.Years(missing)}");
        }

        return rule.IntervalYears == 1
            ? Verdict.Pass($"Đã đạt {title} {rule.Years} năm liên tục {Text.Years(years)}")
            : Verdict.Pass($"Đã đạt {title} {rule.Years} lần liên tục ({Text.Years(years)})");
    }

    public static Verdict InYear(HoldsTitleInYearRule rule, int year, EligibilityContext context)
    {
        var title = Text.Name(rule.Title);
        if (context.HasHistory(rule.Title, year))
        {
            return Verdict.Pass($"Đã đạt {title} năm {year}");
        }

        return context.IsHistoryKnown(year)
            ? Verdict.Fail($"Chưa đạt {title} năm {year}")
            : Verdict.Unknown($"Thiếu dữ liệu danh hiệu {title} năm {year}");
    }

    public static Verdict Before(HoldsTitleBeforeRule rule, int year, EligibilityContext context)
    {
        var title = Text.Name(rule.Title);
        int from = year - rule.LookbackYears, to = year - rule.MinYearsBefore;
        var held = context.History
            .Where(h => h.Year >= from && h.Year <= to && string.Equals(h.AwardCode, rule.Title, StringComparison.Ordinal))
            .OrderByDescending(h => h.Year)
            .FirstOrDefault();
        if (held is not null)
        {
            return Verdict.Pass($"Đã được tặng {title} năm {held.Year} (QĐ số {held.DecisionNumber})");
        }

        var unknown = Text.Range(from, to).Where(y => !context.IsHistoryKnown(y)).ToList();
        return unknown.Count == 0
            ? Verdict.Fail($"Chưa được tặng {title} trong {Text.Period(from, to)}")
            : Verdict.Unknown($"Thiếu dữ liệu khen thưởng năm {Text.Years(unknown)} để xác định {title}");
    }

    public static Verdict SinceSame(MinYearsSinceSameRule rule, string awardCode, int year, EligibilityContext context)
    {
        var title = Text.Name(awardCode);
        var recent = context.History
            .Where(h => h.Year > year - rule.Years && h.Year <= year && string.Equals(h.AwardCode, awardCode, StringComparison.Ordinal))
            .OrderByDescending(h => h.Year)
            .FirstOrDefault();
        if (recent is not null)
        {
            return Verdict.Fail($"Đã được tặng {title} năm {recent.Year}, chưa đủ {rule.Years} năm");
        }

        // The year judged itself is not required to be complete: its awards are still being decided.
        var unknown = Text.Range(year - rule.Years + 1, year - 1).Where(y => !context.IsHistoryKnown(y)).ToList();
        return unknown.Count == 0
            ? Verdict.Pass($"Không được tặng {title} trong {rule.Years} năm gần đây")
            : Verdict.Unknown($"Thiếu dữ liệu khen thưởng năm {Text.Years(unknown)} để xác định lần tặng {title} gần nhất");
    }

    public static Verdict SameAchievement(EligibilityContext context)
    {
        var reference = context.AchievementRef?.Trim();
        if (string.IsNullOrEmpty(reference))
        {
            return Verdict.Unknown("Chưa xác định thành tích được đề nghị khen thưởng");
        }

        var earlier = context.History.FirstOrDefault(h =>
            string.Equals(h.AchievementRef?.Trim(), reference, StringComparison.OrdinalIgnoreCase));
        return earlier is null
            ? Verdict.Pass("Thành tích này chưa được khen thưởng")
            : Verdict.Fail($"Thành tích này đã được khen thưởng {Text.Name(earlier.AwardCode)} (QĐ số {earlier.DecisionNumber} ngày {earlier.DecisionDate:dd/MM/yyyy})");
    }

    private static string Unit(PriorTitleConsecutiveYearsRule rule) => rule.IntervalYears == 1 ? "năm" : "lần";
}
