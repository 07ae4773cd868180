using ThiDuaKhenThuong.Domain.Auditing;
using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Domain.People;

/// <summary>
/// Someone who can be nominated. The award history hangs on the person, not on the unit, so it follows them when
/// they move to another unit (DOMAIN §3).
/// </summary>
public sealed class Person : ITenantOwned, IAuditable
{
    private Person()
    {
        FullName = string.Empty;
    }

    public Person(Guid tenantId, Guid id, PersonDetails details)
    {
        TenantId = tenantId;
        Id = id;
        FullName = string.Empty;
        Update(details);
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public string FullName { get; private set; }

    public Gender Gender { get; private set; }

    public int? BirthYear { get; private set; }

    /// <summary>Số CCCD (12 digits); optional, unique in the province when given.</summary>
    public string? NationalId { get; private set; }

    public string? Position { get; private set; }

    public Guid UnitId { get; private set; }

    /// <summary>Người lao động trực tiếp (worker, farmer...): reports count their share of awards.</summary>
    public bool IsDirectWorker { get; private set; }

    public LeaderLevel LeaderLevel { get; private set; }

    public bool IsEthnicMinority { get; private set; }

    public void Update(PersonDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        ArgumentException.ThrowIfNullOrWhiteSpace(details.FullName);
        if (details.NationalId is { Length: > 0 } id && !IsValidNationalId(id))
        {
            throw new ArgumentException("Số CCCD phải gồm đúng 12 chữ số.", nameof(details));
        }

        FullName = details.FullName.Trim();
        Gender = details.Gender;
        BirthYear = details.BirthYear;
        NationalId = string.IsNullOrWhiteSpace(details.NationalId) ? null : details.NationalId.Trim();
        Position = string.IsNullOrWhiteSpace(details.Position) ? null : details.Position.Trim();
        UnitId = details.UnitId;
        IsDirectWorker = details.IsDirectWorker;
        LeaderLevel = details.LeaderLevel;
        IsEthnicMinority = details.IsEthnicMinority;
    }

    public static bool IsValidNationalId(string value) => value.Length == 12 && value.All(char.IsAsciiDigit);
}

public sealed record PersonDetails(
    string FullName,
    Gender Gender,
    int? BirthYear,
    string? NationalId,
    string? Position,
    Guid UnitId,
    bool IsDirectWorker = false,
    LeaderLevel LeaderLevel = LeaderLevel.None,
    bool IsEthnicMinority = false);
