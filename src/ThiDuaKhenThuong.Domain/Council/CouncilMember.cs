using ThiDuaKhenThuong.Domain.Auditing;
using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Domain.Council;

/// <summary>
/// A member of a council term: a person with their position outside the council, their role in it, and optionally the
/// portal account they vote with. Membership can start late or end early within the term.
/// </summary>
public sealed class CouncilMember : ITenantOwned, IAuditable
{
    private CouncilMember()
    {
        FullName = string.Empty;
        Position = string.Empty;
    }

    public CouncilMember(Guid tenantId, Guid id, Guid termId, string fullName, string position, CouncilRole role, DateOnly startsOn, DateOnly? endsOn)
    {
        TenantId = tenantId;
        Id = id;
        TermId = termId;
        FullName = string.Empty;
        Position = string.Empty;
        Update(fullName, position, role, null, null, startsOn, endsOn);
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public Guid TermId { get; private set; }

    public string FullName { get; private set; }

    /// <summary>Chức vụ: the member's post, e.g. "Giám đốc Sở Nội vụ".</summary>
    public string Position { get; private set; }

    public CouncilRole Role { get; private set; }

    public Guid? UnitId { get; private set; }

    /// <summary>The member's portal account, through which they will vote.</summary>
    public Guid? UserId { get; private set; }

    /// <summary>The member's own record in the people registry, if any: they sit out a vote on themselves.</summary>
    public Guid? PersonId { get; private set; }

    public DateOnly StartsOn { get; private set; }

    /// <summary>Null: until the end of the term.</summary>
    public DateOnly? EndsOn { get; private set; }

    public void Update(string fullName, string position, CouncilRole role, Guid? unitId, Guid? userId, DateOnly startsOn, DateOnly? endsOn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fullName);
        ArgumentException.ThrowIfNullOrWhiteSpace(position);
        if (endsOn < startsOn)
        {
            throw new ArgumentException("Ngày thôi tham gia phải sau ngày bắt đầu.", nameof(endsOn));
        }

        FullName = fullName.Trim();
        Position = position.Trim();
        Role = role;
        UnitId = unitId;
        UserId = userId;
        StartsOn = startsOn;
        EndsOn = endsOn;
    }

    public void LinkPerson(Guid? personId) => PersonId = personId;

    /// <summary>Whether this membership and the period [from, to] share a day (an open end runs to <paramref name="termEnd"/>).</summary>
    public bool Overlaps(DateOnly from, DateOnly? to, DateOnly termEnd) => StartsOn <= (to ?? termEnd) && from <= (EndsOn ?? termEnd);

    public bool IsActiveOn(DateOnly date) => StartsOn <= date && (EndsOn is null || date <= EndsOn);
}

public enum CouncilRole
{
    ChairMan,
    StandingViceChair,
    ViceChair,
    Member,
}

public static class CouncilRoleLabels
{
    public static string Label(this CouncilRole role) => role switch
    {
        CouncilRole.ChairMan => "Chủ tịch",
        CouncilRole.StandingViceChair => "Phó Chủ tịch thường trực",
        CouncilRole.ViceChair => "Phó Chủ tịch",
        CouncilRole.Member => "Ủy viên",
    };
}
