namespace ThiDuaKhenThuong.Web.Features.Catalog;

/// <summary>Vietnamese labels of the rule parameters shown on the edit form (the JSON names stay English).</summary>
public static class RuleParameterLabels
{
    public static string Label(string name) => name switch
    {
        "Title" => "Danh hiệu, hình thức",
        "Basis" => "Tính trên số",
        "Percent" => "Tỷ lệ (%)",
        "Scope" => "Phạm vi",
        "Years" => "Số năm",
        "IntervalYears" => "Cách nhau (năm)",
        "MinYearsBefore" => "Tối thiểu trước năm xét (năm)",
        "LookbackYears" => "Xét lại trong (năm)",
        "MinLevel" => "Cấp sáng kiến tối thiểu",
        "WithinYears" => "Trong số năm gần đây",
        "Minimum" => "Số tối thiểu",
        "Maximum" => "Số tối đa",
        "Strict" => "Phải vượt tỷ lệ",
        "Rating" => "Xếp loại tối thiểu",
        "ConsecutiveYears" => "Số năm liên tục",
        "Months" => "Số tháng",
        "MaxDays" => "Số ngày tối đa",
        _ => name,
    };
}
