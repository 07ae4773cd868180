namespace ThiDuaKhenThuong.Domain.Catalog;

/// <summary>Share and count rules. All arithmetic is integer (widened to long): a share is never rounded up.</summary>
internal static class CountChecks
{
    /// <summary>
    /// The cap is floor(percent × basis / 100), checked exactly as (others + 1) × 100 ≤ percent × basis. Floor because
    /// a cap means "not more than": 15 % of 7 LĐTT is 1.05, and a second CSTĐCS would be 28.6 %.
    /// </summary>
    public static Verdict MaxShare(MaxShareOfRule rule, int year, EligibilityContext context)
    {
        var basis = context.CountOf(rule.Basis, rule.Scope);
        var others = context.CountOf(rule.Title, rule.Scope);
        if (basis is null || others is null)
        {
            return Missing(basis is null ? rule.Basis : rule.Title, rule.Scope, year);
        }

        long cap = (long)rule.Percent * basis.Value / 100;
        var position = others.Value + 1;
        var facts = $"{rule.Scope.Label()} có {basis} {Text.Name(rule.Basis)}, tối đa {cap} {Text.Name(rule.Title)}, đề nghị này là thứ {position}";
        return position <= cap
            ? Verdict.Pass($"Trong tỷ lệ {rule.Percent} %: {facts}")
            : Verdict.Fail($"Vượt tỷ lệ {rule.Percent} %: {facts}");
    }

    public static Verdict MinShare(MinShareOfRule rule, int year, EligibilityContext context)
    {
        var basis = context.CountOf(rule.Basis, rule.Scope);
        var holders = context.CountOf(rule.Title, rule.Scope);
        if (basis is null || holders is null)
        {
            return Missing(basis is null ? rule.Basis : rule.Title, rule.Scope, year);
        }

        if (basis.Value <= 0)
        {
            return Verdict.Unknown($"Số {Text.Name(rule.Basis)} của {rule.Scope.Label()} năm {year} bằng 0");
        }

        long left = holders.Value * 100L, right = (long)rule.Percent * basis.Value;
        var passes = rule.Strict ? left > right : left >= right;
        var requirement = rule.Strict ? $"trên {rule.Percent} %" : $"từ {rule.Percent} % trở lên";
        var facts = $"{Text.Name(rule.Title)}: {holders}/{basis} {Text.Name(rule.Basis)} ({left / basis.Value} %)";
        return passes
            ? Verdict.Pass($"Tỷ lệ {facts}, đạt yêu cầu {requirement}")
            : Verdict.Fail($"Tỷ lệ {facts}, chưa đạt yêu cầu {requirement}");
    }

    public static Verdict MinCount(MinCountOfRule rule, int year, EligibilityContext context)
    {
        var count = context.CountOf(rule.Title, rule.Scope);
        if (count is null)
        {
            return Missing(rule.Title, rule.Scope, year);
        }

        var facts = $"{rule.Scope.Label()} có {count} {Text.Name(rule.Title)} năm {year}, yêu cầu tối thiểu {rule.Minimum}";
        return count.Value >= rule.Minimum ? Verdict.Pass(Capitalise(facts)) : Verdict.Fail(Capitalise(facts));
    }

    public static Verdict MaxCount(MaxCountOfRule rule, int year, EligibilityContext context)
    {
        var others = context.CountOf(rule.Title, rule.Scope);
        if (others is null)
        {
            return Missing(rule.Title, rule.Scope, year);
        }

        var facts = $"{rule.Scope.Label()} đã có {others} {Text.Name(rule.Title)} năm {year}, tối đa {rule.Maximum}";
        return others.Value + 1 <= rule.Maximum
            ? Verdict.Pass(Capitalise(facts))
            : Verdict.Fail($"Vượt số lượng: {facts}");
    }

    private static Verdict Missing(string code, CountScope scope, int year) =>
        Verdict.Unknown($"Thiếu số liệu {Text.Name(code)} của {scope.Label()} năm {year}");

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
