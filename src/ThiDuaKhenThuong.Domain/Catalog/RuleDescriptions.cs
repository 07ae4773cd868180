namespace ThiDuaKhenThuong.Domain.Catalog;

/// <summary>The rule in words, for the catalog page: "Đạt CSTĐCS 3 năm liên tục liền kề năm xét".</summary>
public static class RuleDescriptions
{
    public static string Describe(this RuleDefinition rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var p = rule.Parameters;
        return rule.Kind switch
        {
            RuleKind.PriorTitleConsecutiveYears => Consecutive((PriorTitleConsecutiveYearsRule)p),
            RuleKind.HoldsTitleInYear => $"Đạt {Text.Name(((HoldsTitleInYearRule)p).Title)} trong năm xét",
            RuleKind.HoldsTitleBefore => Before((HoldsTitleBeforeRule)p),
            RuleKind.RequiresInitiative => Initiative((RequiresInitiativeRule)p),
            RuleKind.MaxShareOf => MaxShare((MaxShareOfRule)p),
            RuleKind.MinShareOf => MinShare((MinShareOfRule)p),
            RuleKind.MinCountOf => MinCount((MinCountOfRule)p),
            RuleKind.MaxCountOf => MaxCount((MaxCountOfRule)p),
            RuleKind.MinYearsSinceSame => $"Không được tặng cùng danh hiệu, hình thức trong {((MinYearsSinceSameRule)p).Years} năm gần đây",
            RuleKind.NoDiscipline => Within("Không bị kỷ luật", ((NoDisciplineRule)p).WithinYears),
            RuleKind.LeadsEmulationGroup => "Dẫn đầu Cụm, Khối thi đua trong năm xét",
            RuleKind.NotAlreadyAwardedForSameAchievement => "Thành tích chưa được khen thưởng lần nào (mỗi thành tích chỉ khen một lần)",
            RuleKind.MinPerformanceRating => Rating((MinPerformanceRatingRule)p),
            RuleKind.MinServiceMonths => $"Thời gian công tác trong năm từ {((MinServiceMonthsRule)p).Months} tháng trở lên",
            RuleKind.MaxAbsenceDays => $"Nghỉ không quá {((MaxAbsenceDaysRule)p).MaxDays} ngày làm việc trong năm",
        };
    }

    private static string Consecutive(PriorTitleConsecutiveYearsRule r) => r.IntervalYears == 1
        ? $"Đạt {Text.Name(r.Title)} {r.Years} năm liên tục, tính đến năm xét"
        : $"Đạt {Text.Name(r.Title)} {r.Years} lần liên tục, mỗi lần cách nhau {r.IntervalYears} năm, tính đến năm xét";

    private static string Before(HoldsTitleBeforeRule r) =>
        $"Đã được tặng {Text.Name(r.Title)} từ {r.MinYearsBefore} năm trở lên trước năm xét (xét lại trong {r.LookbackYears} năm)";

    private static string Initiative(RequiresInitiativeRule r) =>
        Within($"Có sáng kiến, đề tài {r.MinLevel.Label()} trở lên", r.WithinYears);

    private static string MaxShare(MaxShareOfRule r) =>
        $"Số {Text.Name(r.Title)} không quá {r.Percent} % số {Text.Name(r.Basis)} của {r.Scope.Label()}";

    private static string MinShare(MinShareOfRule r) =>
        $"Số {Text.Name(r.Title)} {(r.Strict ? "trên" : "từ")} {r.Percent} % số {Text.Name(r.Basis)} của {r.Scope.Label()}{(r.Strict ? "" : " trở lên")}";

    private static string MinCount(MinCountOfRule r) =>
        $"Có ít nhất {r.Minimum} {Text.Name(r.Title)} trong {r.Scope.Label()}";

    private static string MaxCount(MaxCountOfRule r) =>
        $"Không quá {r.Maximum} {Text.Name(r.Title)} trong mỗi {r.Scope.Label()}";

    private static string Rating(MinPerformanceRatingRule r) => r.ConsecutiveYears == 1
        ? $"Xếp loại \"{r.Rating.Label()}\" trở lên trong năm xét"
        : $"Xếp loại \"{r.Rating.Label()}\" trở lên {r.ConsecutiveYears} năm liên tục";

    private static string Within(string what, int years) =>
        years == 1 ? $"{what} trong năm xét" : $"{what} trong {years} năm gần đây";
}
