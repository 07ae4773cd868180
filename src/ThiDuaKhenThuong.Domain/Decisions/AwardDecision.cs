using System.Globalization;
using ThiDuaKhenThuong.Domain.Auditing;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Domain.Decisions;

/// <summary>What a drafted document does once signed.</summary>
public enum DecisionKind
{
    /// <summary>The province's decision granting awards (quyết định khen thưởng).</summary>
    Award,

    /// <summary>The province's submission to the central level for awards granted there (tờ trình).</summary>
    CentralSubmission,

    /// <summary>A decision taking back awards granted by an earlier decision (quyết định hủy bỏ, thu hồi).</summary>
    Revocation,
}

public enum DecisionStatus
{
    /// <summary>Drafted by the Standing Agency; nothing has changed for the nominees yet.</summary>
    Draft,

    /// <summary>Signed by the leader and recorded: histories written, nominations closed. Irreversible.</summary>
    Recorded,
}

/// <summary>
/// A decision of the province (or its submission to the central level), drafted by the Standing Agency and signed
/// by the leader. Signing is the irreversible step: only a later revocation decision takes an award back.
/// </summary>
public sealed class AwardDecision : ITenantOwned, IAuditable
{
    public const int MaxItems = 1000;

    private readonly List<DecisionItem> items = [];

    private AwardDecision()
    {
        Symbol = Subject = LegalBasis = SignerTitle = SignerName = IssuingAuthority = AwardCode = string.Empty;
    }

    private AwardDecision(Guid tenantId, Guid id, DecisionKind kind, string awardCode, DecisionText text, Guid draftedBy, DateTimeOffset at)
    {
        TenantId = tenantId;
        Id = id;
        Kind = kind;
        AwardCode = awardCode;
        Status = DecisionStatus.Draft;
        DraftedBy = draftedBy;
        DraftedAt = at;
        Symbol = Subject = LegalBasis = SignerTitle = SignerName = IssuingAuthority = string.Empty;
        Revise(text);
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public DecisionKind Kind { get; private set; }

    public DecisionStatus Status { get; private set; }

    /// <summary>The one award the decision grants (a decision's articles name one title or form).</summary>
    public string AwardCode { get; private set; }

    public int Year { get; private set; }

    public int Number { get; private set; }

    /// <summary>"QĐ-UBND" for a decision, "TTr-UBND" for a submission.</summary>
    public string Symbol { get; private set; }

    public string NumberAndSymbol => string.Create(CultureInfo.InvariantCulture, $"{Number}/{Symbol}");

    public DateOnly DecisionDate { get; private set; }

    /// <summary>"Về việc …" line.</summary>
    public string Subject { get; private set; }

    /// <summary>The "Căn cứ …" lines, one per line.</summary>
    public string LegalBasis { get; private set; }

    /// <summary>"CHỦ TỊCH" or "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH".</summary>
    public string SignerTitle { get; private set; }

    public string SignerName { get; private set; }

    /// <summary>Who issues it as award histories name it, e.g. "Chủ tịch UBND tỉnh Thái Bình".</summary>
    public string IssuingAuthority { get; private set; }

    /// <summary>For a revocation: the decision whose awards it takes back, and why.</summary>
    public Guid? RevokesDecisionId { get; private set; }

    public string? Reason { get; private set; }

    public Guid DraftedBy { get; private set; }

    public DateTimeOffset DraftedAt { get; private set; }

    public Guid? SignedBy { get; private set; }

    public DateTimeOffset? SignedAt { get; private set; }

    /// <summary>The scanned signed copy (PDF), in the file store.</summary>
    public string? ScanStorageKey { get; private set; }

    public string? ScanSha256 { get; private set; }

    public string? ScanFileName { get; private set; }

    /// <summary>For a submission: the central level's decision, once the officer records it.</summary>
    public string? CentralNumber { get; private set; }

    public DateOnly? CentralDate { get; private set; }

    public string? CentralAuthority { get; private set; }

    public DateTimeOffset? CentralRecordedAt { get; private set; }

    public IReadOnlyList<DecisionItem> Items => items.AsReadOnly();

    public bool IsRecorded => Status == DecisionStatus.Recorded;

    /// <summary>A decision or submission for nominations awaiting a decision, all for the same award.</summary>
    public static AwardDecision Draft(
        Guid tenantId, Guid id, DecisionKind kind, string awardCode, DecisionText text, IEnumerable<DecisionItem> items, Guid draftedBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentException.ThrowIfNullOrWhiteSpace(awardCode);
        if (kind == DecisionKind.Revocation)
        {
            throw new ArgumentException("Use DraftRevocation.", nameof(kind));
        }

        var decision = new AwardDecision(tenantId, id, kind, awardCode.Trim(), text, draftedBy, at);
        decision.AddItems(items);
        return decision;
    }

    /// <summary>A decision revoking some (or all) awards of a recorded decision.</summary>
    public static AwardDecision DraftRevocation(
        Guid tenantId, Guid id, AwardDecision original, string reason, DecisionText text, IEnumerable<Guid> nominationIds, Guid draftedBy, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(nominationIds);
        if (original.Kind == DecisionKind.Revocation || !original.IsRecorded)
        {
            throw new DossierRuleException("Chỉ thu hồi được khen thưởng của một quyết định khen thưởng đã ký.");
        }

        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DossierRuleException("Vui lòng ghi lý do thu hồi.");
        }

        var chosen = nominationIds.ToHashSet();
        var revoked = original.Items.Where(i => chosen.Contains(i.NominationId)).Select(i => i.CopyFor(tenantId, Guid.CreateVersion7(at), id)).ToList();
        var decision = new AwardDecision(tenantId, id, DecisionKind.Revocation, original.AwardCode, text, draftedBy, at)
        {
            RevokesDecisionId = original.Id,
            Reason = reason.Trim(),
        };
        decision.AddItems(revoked);
        return decision;
    }

    /// <summary>Changes the draft's text (number, date, signer, legal basis); refused once recorded.</summary>
    public void Revise(DecisionText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        EnsureDraft();
        if (text.Number <= 0)
        {
            throw new DossierRuleException("Số quyết định phải là số nguyên dương.");
        }

        Number = text.Number;
        Symbol = Required(text.Symbol, "Vui lòng nhập ký hiệu văn bản (ví dụ QĐ-UBND).");
        DecisionDate = text.Date;
        Year = text.Date.Year;
        Subject = Required(text.Subject, "Vui lòng nhập trích yếu (Về việc …).");
        LegalBasis = Required(text.LegalBasis, "Vui lòng nhập căn cứ ban hành.");
        SignerTitle = Required(text.SignerTitle, "Vui lòng chọn chức danh người ký.");
        SignerName = Required(text.SignerName, "Vui lòng nhập họ tên người ký.");
        IssuingAuthority = Required(text.IssuingAuthority, "Vui lòng nhập cơ quan ban hành.");
    }

    /// <summary>The leader signs: from here on the decision is recorded and cannot be edited or signed again.</summary>
    public void Sign(Guid leaderId, DateTimeOffset at)
    {
        EnsureDraft();
        SignedBy = leaderId;
        SignedAt = at;
        Status = DecisionStatus.Recorded;
    }

    public void AttachScan(string storageKey, string sha256, string fileName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(storageKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(sha256);
        if (!IsRecorded)
        {
            throw new DossierRuleException("Chỉ đính kèm bản chụp sau khi văn bản đã được ký.");
        }

        ScanStorageKey = storageKey;
        ScanSha256 = sha256;
        ScanFileName = fileName;
    }

    /// <summary>The central level's decision on a signed submission.</summary>
    public void RecordCentralDecision(string number, DateOnly date, string authority, DateTimeOffset at)
    {
        if (Kind != DecisionKind.CentralSubmission || !IsRecorded)
        {
            throw new DossierRuleException("Chỉ ghi nhận quyết định của Trung ương cho tờ trình đã ký.");
        }

        if (CentralRecordedAt is not null)
        {
            throw new DossierRuleException("Quyết định của Trung ương cho tờ trình này đã được ghi nhận.");
        }

        CentralNumber = Required(number, "Vui lòng nhập số quyết định của Trung ương.");
        CentralAuthority = Required(authority, "Vui lòng nhập cơ quan ban hành quyết định.");
        CentralDate = date;
        CentralRecordedAt = at;
    }

    private void AddItems(IEnumerable<DecisionItem> source)
    {
        var list = source.ToList();
        if (list.Count == 0)
        {
            throw new DossierRuleException("Vui lòng chọn ít nhất một người, tập thể.");
        }

        if (list.Count > MaxItems)
        {
            throw new DossierRuleException($"Một văn bản có tối đa {MaxItems} người, tập thể.");
        }

        if (list.Select(i => i.NominationId).Distinct().Count() != list.Count)
        {
            throw new DossierRuleException("Một đề nghị chỉ được chọn một lần.");
        }

        items.AddRange(list);
    }

    private void EnsureDraft()
    {
        if (Status != DecisionStatus.Draft)
        {
            throw new DossierRuleException("Văn bản đã được ký và ghi nhận; không thể thay đổi.");
        }
    }

    private static string Required(string? value, string message)
        => string.IsNullOrWhiteSpace(value) ? throw new DossierRuleException(message) : value.Trim();
}

/// <summary>The editable text of a draft.</summary>
public sealed record DecisionText(
    int Number, string Symbol, DateOnly Date, string Subject, string LegalBasis, string SignerTitle, string SignerName, string IssuingAuthority);

/// <summary>One awardee of a decision: the nomination, and the names as printed.</summary>
public sealed class DecisionItem : ITenantOwned
{
    private DecisionItem()
    {
        NomineeName = UnitName = AwardCode = string.Empty;
    }

    public DecisionItem(Guid tenantId, Guid id, Guid decisionId, Guid nominationId, Guid dossierId, NomineeRef nominee, Guid unitId, string unitName, string awardCode)
    {
        ArgumentNullException.ThrowIfNull(nominee);
        TenantId = tenantId;
        Id = id;
        DecisionId = decisionId;
        NominationId = nominationId;
        DossierId = dossierId;
        NomineeKind = nominee.Kind;
        NomineeId = nominee.Id;
        NomineeName = nominee.Name;
        UnitId = unitId;
        UnitName = unitName;
        AwardCode = awardCode;
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public Guid DecisionId { get; private set; }

    public Guid NominationId { get; private set; }

    public Guid DossierId { get; private set; }

    public NomineeKind NomineeKind { get; private set; }

    public Guid NomineeId { get; private set; }

    public string NomineeName { get; private set; }

    public Guid UnitId { get; private set; }

    public string UnitName { get; private set; }

    public string AwardCode { get; private set; }

    internal DecisionItem CopyFor(Guid tenantId, Guid id, Guid decisionId)
        => new(tenantId, id, decisionId, NominationId, DossierId, new NomineeRef(NomineeKind, NomineeId, NomineeName), UnitId, UnitName, AwardCode);
}
