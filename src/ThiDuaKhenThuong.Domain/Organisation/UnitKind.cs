namespace ThiDuaKhenThuong.Domain.Organisation;

/// <summary>The kind of an agency, locality or organisation (stored as its name).</summary>
public enum UnitKind
{
    ProvinceGovernment,
    StandingAgency,
    Department,
    Media,
    CentralInProvince,
    MassOrganisation,
    Locality,
    Commune,
    School,
    Hospital,
    Enterprise,
    Other,
}

public static class UnitKindLabels
{
    public static string Label(this UnitKind kind) => kind switch
    {
        UnitKind.ProvinceGovernment => "UBND tỉnh",
        UnitKind.StandingAgency => "Cơ quan Thường trực Hội đồng TĐKT",
        UnitKind.Department => "Sở, ban, ngành",
        UnitKind.Media => "Cơ quan báo chí",
        UnitKind.CentralInProvince => "Cơ quan Trung ương đóng trên địa bàn",
        UnitKind.MassOrganisation => "Mặt trận, đoàn thể",
        UnitKind.Locality => "Huyện, thành phố",
        UnitKind.Commune => "Xã, phường",
        UnitKind.School => "Trường học",
        UnitKind.Hospital => "Bệnh viện",
        UnitKind.Enterprise => "Doanh nghiệp",
        UnitKind.Other => "Khác",
    };
}
