using ThiDuaKhenThuong.Domain.Voting;

namespace ThiDuaKhenThuong.Domain.Catalog;

/// <summary>
/// A title (danh hiệu thi đua) or form of award (hình thức khen thưởng) of the catalog, effective-dated.
/// National entries (no tenant) are read-only; a province adjusts its own copy made by <see cref="DeriveForTenant"/>.
/// </summary>
public sealed class AwardType
{
    private List<RequiredDocument> requiredDocuments = [];

    private AwardType()
    {
        Code = string.Empty;
        Name = string.Empty;
        ShortName = string.Empty;
    }

    /// <param name="tenantId">Null for a national entry, which is then read-only.</param>
    public AwardType(
        Guid id,
        Guid? tenantId,
        string code,
        string name,
        string shortName,
        bool isTitle,
        RecipientKinds recipientKinds,
        AwardLevel level,
        GrantingAuthority grantingAuthority,
        AwardKinds allowedKinds,
        AwardTypeSettings settings,
        DateOnly validFrom,
        DateOnly? validTo = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(shortName);
        ArgumentNullException.ThrowIfNull(settings);
        if (recipientKinds == RecipientKinds.None || allowedKinds == AwardKinds.None)
        {
            throw new ArgumentException("Phải có ít nhất một đối tượng và một loại hình khen thưởng.", nameof(recipientKinds));
        }

        EffectiveDating.EnsureRange(validFrom, validTo);
        Id = id;
        TenantId = tenantId;
        IsReadOnly = tenantId is null;
        Code = code.Trim();
        Name = name.Trim();
        ShortName = shortName.Trim();
        IsTitle = isTitle;
        RecipientKinds = recipientKinds;
        Level = level;
        GrantingAuthority = grantingAuthority;

        // Whoever signs decides the route: Prime Minister and State President awards leave the province.
        IsForwardedToCentral = grantingAuthority is GrantingAuthority.PrimeMinister or GrantingAuthority.StatePresident;
        AllowedKinds = allowedKinds;
        ValidFrom = validFrom;
        ValidTo = validTo;
        Apply(settings);
    }

    public Guid Id { get; private set; }

    /// <summary>Null for the national catalog; the province otherwise.</summary>
    public Guid? TenantId { get; private set; }

    /// <summary>True for national entries: a province never edits them, it derives a copy.</summary>
    public bool IsReadOnly { get; private set; }

    /// <summary>The national entry this copy was derived from.</summary>
    public Guid? ParentAwardTypeId { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    /// <summary>The abbreviation used in lists and reasons, e.g. "LĐTT", "CSTĐCS".</summary>
    public string ShortName { get; private set; }

    /// <summary>True for a title (danh hiệu), false for a form of award (hình thức).</summary>
    public bool IsTitle { get; private set; }

    public RecipientKinds RecipientKinds { get; private set; }

    public AwardLevel Level { get; private set; }

    public GrantingAuthority GrantingAuthority { get; private set; }

    public AwardKinds AllowedKinds { get; private set; }

    public IReadOnlyList<RequiredDocument> RequiredDocuments => requiredDocuments.AsReadOnly();

    public VoteRequirement Vote { get; private set; }

    public VoteThreshold? VoteThreshold { get; private set; }

    public int ProcessingLimitWorkingDays { get; private set; }

    public int AdHocProcessingLimitWorkingDays { get; private set; }

    public bool IsForwardedToCentral { get; private set; }

    public DateOnly ValidFrom { get; private set; }

    /// <summary>First day no longer in force (exclusive), like <see cref="Organisation.Unit.ValidTo"/>.</summary>
    public DateOnly? ValidTo { get; private set; }

    public bool IsInForceOn(DateOnly date) => EffectiveDating.Covers(ValidFrom, ValidTo, date);

    public bool Allows(AwardKinds kind) => kind != AwardKinds.None && (AllowedKinds & kind) == kind;

    public bool IsFor(RecipientKinds recipient) => recipient != RecipientKinds.None && (RecipientKinds & recipient) == recipient;

    /// <summary>The documents asked for one kind of award: ad-hoc awards get the simplified set.</summary>
    public IReadOnlyList<RequiredDocument> RequiredDocumentsFor(AwardKinds kind) =>
        requiredDocuments.Where(d => (d.AppliesTo & kind) != 0).ToList().AsReadOnly();

    public int ProcessingLimitFor(AwardKinds kind) =>
        kind == AwardKinds.AdHoc ? AdHocProcessingLimitWorkingDays : ProcessingLimitWorkingDays;

    public AwardTypeSettings Settings() =>
        new(requiredDocuments, Vote, VoteThreshold, ProcessingLimitWorkingDays, AdHocProcessingLimitWorkingDays);

    /// <summary>A province's adjustable copy, in force for the same period unless narrowed.</summary>
    public AwardType DeriveForTenant(Guid tenantId, Guid newId, DateOnly? validFrom = null, DateOnly? validTo = null)
    {
        var (from, to) = EffectiveDating.Narrow(ValidFrom, ValidTo, validFrom, validTo);
        return new AwardType(
            newId, tenantId, Code, Name, ShortName, IsTitle, RecipientKinds, Level, GrantingAuthority, AllowedKinds, Settings(), from, to)
        {
            ParentAwardTypeId = Id,
        };
    }

    /// <summary>Changes the adjustable settings of a province's copy.</summary>
    public void Adjust(AwardTypeSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        EnsureWritable();
        Apply(settings);
    }

    public void Rename(string name, string shortName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(shortName);
        EnsureWritable();
        Name = name.Trim();
        ShortName = shortName.Trim();
    }

    private void Apply(AwardTypeSettings settings)
    {
        requiredDocuments = [.. settings.RequiredDocuments];
        Vote = settings.Vote;
        VoteThreshold = settings.VoteThreshold;
        ProcessingLimitWorkingDays = settings.ProcessingLimitWorkingDays;
        AdHocProcessingLimitWorkingDays = settings.AdHocProcessingLimitWorkingDays;
    }

    private void EnsureWritable()
    {
        if (IsReadOnly)
        {
            throw new ReadOnlyCatalogException($"Danh mục quốc gia \"{Name}\" chỉ đọc; hãy tạo bản riêng của tỉnh để điều chỉnh.");
        }
    }
}
