using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Domain.Organisation;

/// <summary>
/// An emulation cluster (Cụm: localities) or block (Khối: agencies) for one year. Members join and leave on dates
/// within the year (a membership can be closed and reopened); the leader and deputy units (cụm/khối trưởng, phó) hold
/// their duty for periods within the year, must be members throughout, and a duty never has two holders at once.
/// All periods end exclusively; an open end means "until the end of the year".
/// </summary>
public sealed partial class EmulationGroup : ITenantOwned, Auditing.IAuditable
{
    public const int MaxCodeLength = 50;
    public const int MaxNameLength = 300;

    private readonly List<EmulationGroupMember> members = [];
    private readonly List<EmulationGroupLeader> leaders = [];

    private EmulationGroup()
    {
        Code = string.Empty;
        Name = string.Empty;
    }

    public EmulationGroup(Guid tenantId, Guid id, int year, string code, string name, EmulationGroupKind kind)
    {
        if (year is < 1900 or > 9998)
        {
            throw new OrganisationRuleException("Năm không hợp lệ.");
        }

        TenantId = tenantId;
        Id = id;
        Year = year;
        Code = string.Empty;
        Name = string.Empty;
        Update(code, name, kind);
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public int Year { get; private set; }

    public string Code { get; private set; }

    public string Name { get; private set; }

    public EmulationGroupKind Kind { get; private set; }

    public IReadOnlyCollection<EmulationGroupMember> Members => members;

    public IReadOnlyCollection<EmulationGroupLeader> Leaders => leaders;

    public DateOnly FirstDay => new(Year, 1, 1);

    /// <summary>The first day after the year: the exclusive end of every open period.</summary>
    public DateOnly EndOfYear => new(Year + 1, 1, 1);

    public static string NormaliseCode(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Trim().ToUpperInvariant();
    }

    public string RoleLabel(GroupRole role) => (Kind, role) switch
    {
        (EmulationGroupKind.Cluster, GroupRole.Leader) => "cụm trưởng",
        (EmulationGroupKind.Cluster, GroupRole.Deputy) => "cụm phó",
        (EmulationGroupKind.Block, GroupRole.Leader) => "khối trưởng",
        (EmulationGroupKind.Block, GroupRole.Deputy) => "khối phó",
    };

    public void Update(string code, string name, EmulationGroupKind kind)
    {
        if (string.IsNullOrWhiteSpace(code) || string.IsNullOrWhiteSpace(name))
        {
            throw new OrganisationRuleException("Vui lòng nhập mã và tên cụm, khối thi đua.");
        }

        Code = NormaliseCode(code);
        Name = name.Trim();
        Kind = kind;
    }

    /// <summary>Adds the unit for the whole year unless it already has a membership (used when seeding and copying).</summary>
    public void AddMember(Guid unitId)
    {
        if (members.All(m => m.UnitId != unitId))
        {
            AddMember(unitId, FirstDay);
        }
    }

    /// <summary>Adds the unit from <paramref name="from"/> to the end of the year; also reopens a closed membership.</summary>
    public EmulationGroupMember AddMember(Guid unitId, DateOnly from)
    {
        EnsureInYear(from, "Ngày bắt đầu");
        if (members.Any(m => m.UnitId == unitId && Overlaps(m.ValidFrom, m.ValidTo, from, null)))
        {
            throw new OrganisationRuleException($"Đơn vị đã là thành viên của {Name} vào thời gian này.");
        }

        var member = new EmulationGroupMember(TenantId, Id, unitId, from);
        members.Add(member);
        return member;
    }

    /// <summary>
    /// Ends the unit's membership on <paramref name="on"/>; its leader or deputy duty ends with it. Ending a membership
    /// on its first day removes it (a unit added by mistake).
    /// </summary>
    public void CloseMembership(Guid unitId, DateOnly on)
    {
        EnsureInYear(on, "Ngày thôi");
        var member = members.FirstOrDefault(m => m.UnitId == unitId && m.ValidFrom <= on && on < End(m.ValidTo))
            ?? throw new OrganisationRuleException($"Đơn vị không là thành viên của {Name} vào ngày {Dates.Show(on)}.");
        var formerEnd = End(member.ValidTo);
        if (member.ValidFrom == on)
        {
            members.Remove(member);
        }
        else
        {
            member.End(on);
        }

        EndDutiesWithin(unitId, on, formerEnd);
    }

    /// <summary>
    /// Takes a unit that ceases to exist on <paramref name="on"/> out of the group: memberships and duties running past
    /// that day end on it, and those that would only have started on or after it are removed.
    /// </summary>
    public void WithdrawUnit(Guid unitId, DateOnly on)
    {
        foreach (var member in members.Where(m => m.UnitId == unitId && End(m.ValidTo) > on).ToList())
        {
            if (member.ValidFrom >= on)
            {
                members.Remove(member);
            }
            else
            {
                member.End(on);
            }
        }

        EndDutiesWithin(unitId, on, EndOfYear);
    }

    public bool IsMemberOn(Guid unitId, DateOnly date) => members.Any(m => m.UnitId == unitId && m.ValidFrom <= date && date < End(m.ValidTo));

    private DateOnly End(DateOnly? validTo) => validTo ?? EndOfYear;

    private bool Overlaps(DateOnly fromA, DateOnly? toA, DateOnly fromB, DateOnly? toB) => fromA < End(toB) && fromB < End(toA);

    private void EnsureInYear(DateOnly date, string what)
    {
        if (date.Year != Year)
        {
            throw new OrganisationRuleException($"{what} phải nằm trong năm {Year}.");
        }
    }
}
