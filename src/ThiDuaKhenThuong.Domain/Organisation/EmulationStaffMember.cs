using ThiDuaKhenThuong.Domain.Auditing;
using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Domain.Organisation;

public enum StaffSex
{
    Male,
    Female,
}

/// <summary>Trình độ chuyên môn (the highest degree), as form 0605 groups it.</summary>
public enum StaffEducation
{
    Doctorate,
    Master,
    University,
    College,
    Intermediate,
    Other,
}

/// <summary>Trình độ lý luận chính trị.</summary>
public enum PoliticalTheoryLevel
{
    Advanced,
    Intermediate,
    Elementary,
    None,
}

public static class EmulationStaffLabels
{
    public static string Label(this StaffSex sex) => sex == StaffSex.Female ? "Nữ" : "Nam";

    public static string Label(this StaffEducation education) => education switch
    {
        StaffEducation.Doctorate => "Tiến sĩ",
        StaffEducation.Master => "Thạc sĩ",
        StaffEducation.University => "Đại học",
        StaffEducation.College => "Cao đẳng",
        StaffEducation.Intermediate => "Trung cấp",
        StaffEducation.Other => "Trình độ khác",
        _ => education.ToString(),
    };

    public static string Label(this PoliticalTheoryLevel level) => level switch
    {
        PoliticalTheoryLevel.Advanced => "Cao cấp, cử nhân",
        PoliticalTheoryLevel.Intermediate => "Trung cấp",
        PoliticalTheoryLevel.Elementary => "Sơ cấp",
        PoliticalTheoryLevel.None => "Chưa qua đào tạo",
        _ => level.ToString(),
    };

    public static string EmploymentLabel(bool fullTime) => fullTime ? "Chuyên trách" : "Kiêm nhiệm";
}

/// <summary>
/// A person doing the emulation and commendation work of a unit (cán bộ làm công tác thi đua, khen thưởng): the
/// register forms 0604 and 0605 count from. A member who stops is kept with the day they stopped, so a form as of an
/// earlier day still counts them.
/// </summary>
public sealed class EmulationStaffMember : ITenantOwned, IAuditable
{
    public const int MaxNameLength = 200;
    public const int MaxQualificationLength = 300;

    private EmulationStaffMember()
    {
        FullName = string.Empty;
    }

    public EmulationStaffMember(Guid tenantId, Guid id)
    {
        TenantId = tenantId;
        Id = id;
        FullName = string.Empty;
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public Guid UnitId { get; private set; }

    public string FullName { get; private set; }

    public int BirthYear { get; private set; }

    public StaffSex Sex { get; private set; }

    public StaffEducation Education { get; private set; }

    /// <summary>Chuyên ngành đào tạo (free text).</summary>
    public string? Qualification { get; private set; }

    public PoliticalTheoryLevel PoliticalTheory { get; private set; }

    /// <summary>Chuyên trách (true) or kiêm nhiệm.</summary>
    public bool FullTime { get; private set; }

    /// <summary>The year the person began the emulation work.</summary>
    public int StartedYear { get; private set; }

    /// <summary>The day the person stopped the work (no longer counted from that day), or null.</summary>
    public DateOnly? LeftOn { get; private set; }

    /// <summary>Sets every field the form owns; throws <see cref="OrganisationRuleException"/> on inconsistent years.</summary>
    public void Describe(Guid unitId, string fullName, int birthYear, StaffSex sex, StaffEducation education, string? qualification,
        PoliticalTheoryLevel politicalTheory, bool fullTime, int startedYear, DateOnly? leftOn)
    {
        if (string.IsNullOrWhiteSpace(fullName))
        {
            throw new OrganisationRuleException("Vui lòng nhập họ và tên.");
        }

        if (startedYear < birthYear + 16)
        {
            throw new OrganisationRuleException("Năm bắt đầu làm công tác thi đua, khen thưởng phải sau năm sinh ít nhất 16 năm.");
        }

        if (leftOn is { } left && left.Year < startedYear)
        {
            throw new OrganisationRuleException("Ngày thôi làm công tác không được trước năm bắt đầu.");
        }

        UnitId = unitId;
        FullName = fullName.Trim();
        BirthYear = birthYear;
        Sex = sex;
        Education = education;
        Qualification = string.IsNullOrWhiteSpace(qualification) ? null : qualification.Trim();
        PoliticalTheory = politicalTheory;
        FullTime = fullTime;
        StartedYear = startedYear;
        LeftOn = leftOn;
    }

    /// <summary>In the work on <paramref name="date"/>: started by that year and not yet stopped.</summary>
    public bool IsActiveOn(DateOnly date) => StartedYear <= date.Year && (LeftOn is null || date < LeftOn);
}
