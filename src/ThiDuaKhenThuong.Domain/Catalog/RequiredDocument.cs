using System.Text.Json.Serialization;

namespace ThiDuaKhenThuong.Domain.Catalog;

/// <summary>
/// A document a dossier must contain for an award. <see cref="AppliesTo"/> says for which kinds of award it is asked,
/// which is how the simplified ad-hoc set (letter + short summary) sits beside the full set in one list.
/// </summary>
public sealed record RequiredDocument
{
    [JsonConstructor]
    public RequiredDocument(string code, string label, AwardKinds appliesTo)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        Code = code.Trim();
        Label = label.Trim();
        AppliesTo = appliesTo == AwardKinds.None ? AwardKinds.All : appliesTo;
    }

    public string Code { get; }

    public string Label { get; }

    public AwardKinds AppliesTo { get; }
}

/// <summary>The document codes of the national catalog, with their Vietnamese labels (DOMAIN §5).</summary>
public static class DocumentCodes
{
    public const string CoverLetter = nameof(CoverLetter);
    public const string UnitCouncilMinutes = nameof(UnitCouncilMinutes);
    public const string AchievementReport = nameof(AchievementReport);
    public const string InitiativeRecognition = nameof(InitiativeRecognition);
    public const string PriorDecisions = nameof(PriorDecisions);
    public const string EmulationGroupMinutes = nameof(EmulationGroupMinutes);
    public const string AdHocSummary = nameof(AdHocSummary);
    public const string CareerSummary = nameof(CareerSummary);

    private const AwardKinds NotAdHoc = AwardKinds.All & ~AwardKinds.AdHoc;

    public static RequiredDocument Cover { get; } =
        new(CoverLetter, "Tờ trình đề nghị khen thưởng kèm danh sách", AwardKinds.All);

    public static RequiredDocument CouncilMinutes { get; } =
        new(UnitCouncilMinutes, "Biên bản họp Hội đồng Thi đua - Khen thưởng cơ sở (kèm kết quả bỏ phiếu)", NotAdHoc);

    public static RequiredDocument Report { get; } =
        new(AchievementReport, "Báo cáo thành tích của từng cá nhân, tập thể (có xác nhận của thủ trưởng)", NotAdHoc);

    public static RequiredDocument Initiative { get; } =
        new(InitiativeRecognition, "Giấy chứng nhận, quyết định công nhận sáng kiến hoặc đề tài nghiên cứu", NotAdHoc);

    public static RequiredDocument Decisions { get; } =
        new(PriorDecisions, "Bản sao các quyết định khen thưởng trước đó làm căn cứ", NotAdHoc);

    public static RequiredDocument GroupMinutes { get; } =
        new(EmulationGroupMinutes, "Biên bản họp bình xét, suy tôn của Cụm, Khối thi đua", NotAdHoc);

    public static RequiredDocument AdHoc { get; } =
        new(AdHocSummary, "Báo cáo tóm tắt thành tích đột xuất", AwardKinds.AdHoc);

    public static RequiredDocument Career { get; } =
        new(CareerSummary, "Bản tóm tắt quá trình công tác", AwardKinds.LongService | AwardKinds.Seniority | AwardKinds.Resistance);
}
