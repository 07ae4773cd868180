namespace ThiDuaKhenThuong.Domain.People;

public enum Gender
{
    Male,
    Female,
}

/// <summary>The leader level used by reports (share of leaders among those awarded); stored as its name.</summary>
public enum LeaderLevel
{
    None,

    /// <summary>Phó trưởng phòng hoặc tương đương trở lên.</summary>
    DivisionDeputyOrAbove,

    /// <summary>Lãnh đạo cấp sở, ngành, huyện.</summary>
    DepartmentLevel,

    /// <summary>Lãnh đạo cấp tỉnh.</summary>
    ProvinceLevel,
}

public enum CollectiveKind
{
    Collective,
    Household,
    Enterprise,
}

/// <summary>Where an award history row came from.</summary>
public enum AwardSource
{
    Manual,
    Imported,

    /// <summary>Written by a decision issued through the portal.</summary>
    Decision,
}

public static class PeopleLabels
{
    public static string Label(this Gender gender) => gender switch
    {
        Gender.Male => "Nam",
        Gender.Female => "Nữ",
    };

    public static string Label(this LeaderLevel level) => level switch
    {
        LeaderLevel.None => "Không giữ chức vụ lãnh đạo",
        LeaderLevel.DivisionDeputyOrAbove => "Phó trưởng phòng trở lên",
        LeaderLevel.DepartmentLevel => "Lãnh đạo cấp sở, ngành, huyện",
        LeaderLevel.ProvinceLevel => "Lãnh đạo cấp tỉnh",
    };

    public static string Label(this CollectiveKind kind) => kind switch
    {
        CollectiveKind.Collective => "Tập thể",
        CollectiveKind.Household => "Hộ gia đình",
        CollectiveKind.Enterprise => "Doanh nghiệp",
    };

    public static string Label(this AwardSource source) => source switch
    {
        AwardSource.Manual => "Nhập tay",
        AwardSource.Imported => "Nhập từ Excel",
        AwardSource.Decision => "Quyết định trên cổng",
    };
}
