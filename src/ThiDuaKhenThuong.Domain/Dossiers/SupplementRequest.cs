using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Domain.Dossiers;

/// <summary>
/// What the Standing Agency asked a unit to add when it returned a dossier for supplement (yêu cầu bổ sung hồ sơ):
/// a list the unit sees item by item, open until the unit resubmits.
/// </summary>
public sealed class SupplementRequest : ITenantOwned
{
    public const int MaxItems = 50;

    public const int MaxItemLength = 500;

    private SupplementRequest()
    {
        Items = [];
    }

    public SupplementRequest(Guid tenantId, Guid id, Guid dossierId, IEnumerable<string> items, Guid requestedBy, DateTimeOffset requestedAt)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = Normalise(items);
        if (list.Count == 0)
        {
            throw new DossierRuleException("Vui lòng chọn hoặc ghi ít nhất một nội dung cần bổ sung.");
        }

        TenantId = tenantId;
        Id = id;
        DossierId = dossierId;
        Items = list;
        RequestedBy = requestedBy;
        RequestedAt = requestedAt;
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public Guid DossierId { get; private set; }

    /// <summary>Each thing to add or correct, in the order the officer listed them.</summary>
    public List<string> Items { get; private set; }

    public Guid RequestedBy { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }

    /// <summary>When the unit sent the dossier back; null while the request is open.</summary>
    public DateTimeOffset? ResolvedAt { get; private set; }

    public bool IsOpen => ResolvedAt is null;

    /// <summary>One history comment: "Cần bổ sung: 1) …; 2) …".</summary>
    public string Summary => "Cần bổ sung: " + string.Join("; ", Items.Select((item, i) => $"{i + 1}) {item}"));

    public void Resolve(DateTimeOffset at) => ResolvedAt ??= at;

    /// <summary>Trims, drops blanks and repeats (ignoring case), and refuses lists too long to be read.</summary>
    public static List<string> Normalise(IEnumerable<string?> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var list = items
            .Where(i => !string.IsNullOrWhiteSpace(i))
            .Select(i => i!.Trim())
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (list.Count > MaxItems)
        {
            throw new DossierRuleException($"Yêu cầu bổ sung không quá {MaxItems} nội dung.");
        }

        if (list.FirstOrDefault(i => i.Length > MaxItemLength) is { } tooLong)
        {
            throw new DossierRuleException($"Mỗi nội dung cần bổ sung không quá {MaxItemLength} ký tự (“{tooLong[..40]}…”).");
        }

        return list;
    }
}
