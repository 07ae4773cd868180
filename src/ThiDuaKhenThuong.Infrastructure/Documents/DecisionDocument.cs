using System.Globalization;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Decisions;
using ThiDuaKhenThuong.Domain.Dossiers;

namespace ThiDuaKhenThuong.Infrastructure.Documents;

/// <summary>One unit's awardees in the annex.</summary>
public sealed record AnnexGroup(string UnitName, IReadOnlyList<AnnexLine> Lines);

public sealed record AnnexLine(int Number, string Name, bool IsCollective, Guid NominationId);

/// <summary>
/// The text of a decision (or submission) as printed, shared by the Word file and the PDF so both say the same:
/// heading, title, the issuer line, "Căn cứ …" lines, articles, signature and the annex grouped by unit.
/// </summary>
public sealed record DecisionDocument(
    DecisionKind Kind,
    string ParentBody,
    string IssuingBody,
    string NumberAndSymbol,
    string Place,
    DateOnly Date,
    string Title,
    string Subject,
    string? Issuer,
    string? Addressee,
    IReadOnlyList<string> LegalBasis,
    IReadOnlyList<string> Articles,
    IReadOnlyList<string> SignerLines,
    string SignerName,
    IReadOnlyList<string> Recipients,
    string AnnexTitle,
    string AnnexReference,
    IReadOnlyList<AnnexGroup> Annex)
{
    public string DateLine => string.Create(CultureInfo.InvariantCulture, $"{Place}, ngày {Date.Day:00} tháng {Date.Month:00} năm {Date.Year}");

    /// <summary>The decision of a signed or draft <paramref name="decision"/>; <paramref name="original"/> for a revocation.</summary>
    public static DecisionDocument Compose(AwardDecision decision, string provinceName, AwardType? award, AwardDecision? original)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(provinceName);
        var awardName = award?.Name ?? NationalCatalog.ShortNameOf(decision.AwardCode);
        var chairman = $"CHỦ TỊCH ỦY BAN NHÂN DÂN {provinceName.Trim().ToUpperInvariant()}";
        var culture = CultureInfo.GetCultureInfo("vi-VN");
        var groups = decision.Items
            .GroupBy(i => i.UnitName)
            .OrderBy(g => g.Key, StringComparer.Create(culture, false))
            .Select(g => (g.Key, Items: g.OrderBy(i => i.NomineeKind).ThenBy(i => i.NomineeName, StringComparer.Create(culture, false)).ToList()))
            .ToList();
        var number = 0;
        var annex = groups.Select(g => new AnnexGroup(g.Key, g.Items.Select(i => new AnnexLine(++number, i.NomineeName, i.NomineeKind == NomineeKind.Collective, i.NominationId)).ToList())).ToList();
        var whom = Whom(decision.Items);
        var kindWord = decision.Kind == DecisionKind.CentralSubmission ? "Tờ trình" : "Quyết định";
        var reference = $"(Kèm theo {kindWord} số {decision.NumberAndSymbol} ngày {decision.DecisionDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} của {(decision.Kind == DecisionKind.CentralSubmission ? "Ủy ban nhân dân" : "Chủ tịch Ủy ban nhân dân")} {Lower(provinceName)})";
        var recipients = new List<string> { decision.Kind == DecisionKind.CentralSubmission ? "- Như trên;" : "- Như Điều 3;", "- Ban Thi đua - Khen thưởng tỉnh;", "- Lưu: VT, TĐKT." };
        IReadOnlyList<string> articles = decision.Kind switch
        {
            DecisionKind.Award => (string[])
            [
                $"Điều 1. Tặng {awardName} cho {whom} thuộc {groups.Count.ToString(CultureInfo.InvariantCulture)} đơn vị (có danh sách kèm theo), đã có thành tích xuất sắc trong phong trào thi đua năm {decision.Year.ToString(CultureInfo.InvariantCulture)}.",
                "Điều 2. Tiền thưởng kèm theo thực hiện theo quy định của Luật Thi đua, khen thưởng và các văn bản quy định chi tiết thi hành, được chi từ Quỹ thi đua, khen thưởng của tỉnh.",
                "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Trưởng ban Ban Thi đua - Khen thưởng tỉnh, Thủ trưởng các cơ quan, đơn vị có liên quan và các cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
            ],
            DecisionKind.Revocation => (string[])
            [
                $"Điều 1. Hủy bỏ việc tặng {awardName} tại Quyết định số {original?.NumberAndSymbol} ngày {original?.DecisionDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)} của Chủ tịch Ủy ban nhân dân {Lower(provinceName)} đối với {whom} (có danh sách kèm theo). Lý do: {decision.Reason}",
                "Điều 2. Thu hồi hiện vật và tiền thưởng đã nhận theo quy định của Luật Thi đua, khen thưởng.",
                "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Ủy ban nhân dân tỉnh, Trưởng ban Ban Thi đua - Khen thưởng tỉnh, Thủ trưởng các cơ quan, đơn vị có liên quan và các cá nhân, tập thể có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
            ],
            DecisionKind.CentralSubmission => (string[])
            [
                $"Ủy ban nhân dân {Lower(provinceName)} kính trình {CentralAddressee(award)} xem xét, tặng {awardName} cho {whom} thuộc {groups.Count.ToString(CultureInfo.InvariantCulture)} đơn vị của tỉnh (có danh sách và hồ sơ kèm theo).",
                "Các trường hợp đề nghị đã được Hội đồng Thi đua - Khen thưởng tỉnh xét, bỏ phiếu kín và đủ tiêu chuẩn theo quy định.",
                $"Ủy ban nhân dân {Lower(provinceName)} kính trình {CentralAddressee(award)} xem xét, quyết định./.",
            ],
            _ => throw new ArgumentOutOfRangeException(nameof(decision)),
        };
        return new DecisionDocument(
            decision.Kind,
            "ỦY BAN NHÂN DÂN",
            DecisionTemplates.IssuingBody(provinceName),
            decision.NumberAndSymbol,
            DecisionTemplates.Place(provinceName),
            decision.DecisionDate,
            decision.Kind == DecisionKind.CentralSubmission ? "TỜ TRÌNH" : "QUYẾT ĐỊNH",
            decision.Subject,
            decision.Kind == DecisionKind.CentralSubmission ? null : chairman,
            decision.Kind == DecisionKind.CentralSubmission ? $"Kính gửi: {CentralAddressee(award)}" : null,
            decision.LegalBasis.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            articles,
            decision.SignerTitle.Split('/', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            decision.SignerName,
            recipients,
            decision.Kind == DecisionKind.Revocation ? $"DANH SÁCH CÁ NHÂN, TẬP THỂ BỊ HỦY BỎ KHEN THƯỞNG {awardName.ToUpperInvariant()}" : $"DANH SÁCH CÁ NHÂN, TẬP THỂ {(decision.Kind == DecisionKind.CentralSubmission ? "ĐỀ NGHỊ TẶNG" : "ĐƯỢC TẶNG")} {awardName.ToUpperInvariant()}",
            reference,
            annex);
    }

    /// <summary>Who receives a submission: the Prime Minister or the State President, through their commendation bodies.</summary>
    public static string CentralAddressee(AwardType? award) => award?.GrantingAuthority == GrantingAuthority.StatePresident
        ? "Chủ tịch nước (qua Ban Thi đua - Khen thưởng Trung ương)"
        : "Thủ tướng Chính phủ (qua Ban Thi đua - Khen thưởng Trung ương)";

    private static string Whom(IReadOnlyList<DecisionItem> items)
    {
        var people = items.Count(i => i.NomineeKind == NomineeKind.Person);
        var collectives = items.Count - people;
        return (people, collectives) switch
        {
            ( > 0, > 0) => $"{people} cá nhân và {collectives} tập thể",
            ( > 0, _) => $"{people} cá nhân",
            _ => $"{collectives} tập thể",
        };
    }

    private static string Lower(string provinceName)
    {
        var name = provinceName.Trim();
        return name.StartsWith("Tỉnh ", StringComparison.Ordinal) ? "tỉnh " + name[5..] : name;
    }
}
