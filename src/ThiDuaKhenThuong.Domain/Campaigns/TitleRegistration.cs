using ThiDuaKhenThuong.Domain.Auditing;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Domain.Campaigns;

/// <summary>
/// A unit's registration (đăng ký thi đua) at the start of a year: this person or collective aims for this title or
/// form. The nominee is picked from the registry (<see cref="NomineeId"/> set) or typed by name.
/// </summary>
public sealed class TitleRegistration : ITenantOwned, IAuditable
{
    private TitleRegistration()
    {
        NomineeName = AwardCode = string.Empty;
    }

    public TitleRegistration(
        Guid tenantId, Guid id, Guid unitId, int year, NomineeKind nomineeKind, Guid? nomineeId, string nomineeName, string awardCode,
        Guid createdBy, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(nomineeName);
        ArgumentException.ThrowIfNullOrWhiteSpace(awardCode);
        TenantId = tenantId;
        Id = id;
        UnitId = unitId;
        Year = year;
        NomineeKind = nomineeKind;
        NomineeId = nomineeId;
        NomineeName = nomineeName.Trim();
        AwardCode = awardCode;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    public int Year { get; private set; }

    public NomineeKind NomineeKind { get; private set; }

    public Guid? NomineeId { get; private set; }

    public string NomineeName { get; private set; }

    public string AwardCode { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    /// <summary>Whether this registration covers <paramref name="nominee"/>: the same registry entry, or the same typed name.</summary>
    public bool Covers(NomineeRef nominee)
    {
        ArgumentNullException.ThrowIfNull(nominee);
        return nominee.Kind == NomineeKind
            && (NomineeId is { } id ? id == nominee.Id : string.Equals(NomineeName, nominee.Name.Trim(), StringComparison.OrdinalIgnoreCase));
    }
}
