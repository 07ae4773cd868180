using ThiDuaKhenThuong.Domain.Catalog;

namespace ThiDuaKhenThuong.Domain.Decisions;

/// <summary>
/// The pre-filled text of a draft: the "Căn cứ …" lines follow the rule set in force on the decision's date
/// (DOMAIN §1: Decree 98/2023 until 30/6/2025, Decree 152/2025 from 1/7/2025). The officer may edit every line.
/// </summary>
public static class DecisionTemplates
{
    public const string Chairman = "CHỦ TỊCH";
    public const string ViceChairman = "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH";
    public const string DecisionSymbol = "QĐ-UBND";
    public const string SubmissionSymbol = "TTr-UBND";

    public static IReadOnlyList<string> SignerTitles { get; } = [Chairman, ViceChairman];

    private const string Law = "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;";

    public static string LegalBasis(RuleSet? inForce, DecisionKind kind)
    {
        var lines = new List<string> { "Căn cứ Luật Tổ chức chính quyền địa phương;", Law };
        var code = inForce?.ParentRuleSetCode ?? inForce?.Code;
        lines.Add(code switch
        {
            NationalCatalog.RuleSet2024Code => "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;",
            NationalCatalog.RuleSet2025Code => "Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;",
            _ when inForce is not null => $"Căn cứ {inForce.Name};",
            _ => "Căn cứ các văn bản quy định chi tiết thi hành Luật Thi đua, khen thưởng;",
        });
        lines.Add("Căn cứ Quy định về công tác thi đua, khen thưởng trên địa bàn tỉnh;");
        lines.Add(kind == DecisionKind.Revocation
            ? "Xét đề nghị của Trưởng ban Ban Thi đua - Khen thưởng tỉnh về việc hủy bỏ quyết định khen thưởng, thu hồi hiện vật và tiền thưởng."
            : "Xét đề nghị của Trưởng ban Ban Thi đua - Khen thưởng tỉnh (Cơ quan Thường trực Hội đồng Thi đua - Khen thưởng tỉnh).");
        return string.Join('\n', lines);
    }

    public static string Subject(DecisionKind kind, string awardName, string? originalNumber = null) => kind switch
    {
        DecisionKind.Award => $"Về việc tặng {awardName}",
        DecisionKind.CentralSubmission => $"Về việc đề nghị tặng {awardName}",
        DecisionKind.Revocation => $"Về việc hủy bỏ quyết định khen thưởng, thu hồi {awardName} tại Quyết định số {originalNumber}",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>"Chủ tịch UBND tỉnh Thái Bình" from "Tỉnh Thái Bình".</summary>
    public static string IssuingAuthority(string provinceName) => $"Chủ tịch UBND {Lower(provinceName)}";

    /// <summary>"TỈNH THÁI BÌNH" under "ỦY BAN NHÂN DÂN" in the heading's left column.</summary>
    public static string IssuingBody(string provinceName) => provinceName.Trim().ToUpperInvariant();

    /// <summary>"Thái Bình" for the date line.</summary>
    public static string Place(string provinceName)
    {
        var place = provinceName.Trim();
        foreach (var prefix in (string[])["Tỉnh ", "Thành phố "])
        {
            if (place.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return place[prefix.Length..].Trim();
            }
        }

        return place;
    }

    private static string Lower(string provinceName)
    {
        var name = provinceName.Trim();
        return name.StartsWith("Tỉnh ", StringComparison.Ordinal) ? "tỉnh " + name[5..] : name;
    }
}
