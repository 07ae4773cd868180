namespace ThiDuaKhenThuong.Benchmarks;

/// <summary>The 34 provinces and centrally-run cities after the 2025 reorganisation: code suffix and name.</summary>
internal static class Provinces
{
    public static readonly (string Code, string Name)[] All =
    [
        ("ha-noi", "Thành phố Hà Nội"), ("hue", "Thành phố Huế"), ("lai-chau", "Tỉnh Lai Châu"), ("dien-bien", "Tỉnh Điện Biên"),
        ("son-la", "Tỉnh Sơn La"), ("lang-son", "Tỉnh Lạng Sơn"), ("quang-ninh", "Tỉnh Quảng Ninh"), ("thanh-hoa", "Tỉnh Thanh Hóa"),
        ("nghe-an", "Tỉnh Nghệ An"), ("ha-tinh", "Tỉnh Hà Tĩnh"), ("cao-bang", "Tỉnh Cao Bằng"), ("tuyen-quang", "Tỉnh Tuyên Quang"),
        ("lao-cai", "Tỉnh Lào Cai"), ("thai-nguyen", "Tỉnh Thái Nguyên"), ("phu-tho", "Tỉnh Phú Thọ"), ("bac-ninh", "Tỉnh Bắc Ninh"),
        ("hung-yen", "Tỉnh Hưng Yên"), ("hai-phong", "Thành phố Hải Phòng"), ("ninh-binh", "Tỉnh Ninh Bình"), ("quang-tri", "Tỉnh Quảng Trị"),
        ("da-nang", "Thành phố Đà Nẵng"), ("quang-ngai", "Tỉnh Quảng Ngãi"), ("gia-lai", "Tỉnh Gia Lai"), ("khanh-hoa", "Tỉnh Khánh Hòa"),
        ("lam-dong", "Tỉnh Lâm Đồng"), ("dak-lak", "Tỉnh Đắk Lắk"), ("ho-chi-minh", "Thành phố Hồ Chí Minh"), ("dong-nai", "Tỉnh Đồng Nai"),
        ("tay-ninh", "Tỉnh Tây Ninh"), ("can-tho", "Thành phố Cần Thơ"), ("vinh-long", "Tỉnh Vĩnh Long"), ("dong-thap", "Tỉnh Đồng Tháp"),
        ("ca-mau", "Tỉnh Cà Mau"), ("an-giang", "Tỉnh An Giang"),
    ];

    /// <summary>The i-th generated province: a real name for the first 34, numbered after that.</summary>
    public static (string Code, string Name) At(string prefix, int index)
    {
        var (code, name) = All[index % All.Length];
        var round = index / All.Length;
        return round == 0 ? ($"{prefix}-{code}", name) : ($"{prefix}-{code}-{round + 1}", $"{name} ({round + 1})");
    }

    public static readonly string[] Departments =
    [
        "Sở Nội vụ", "Sở Tài chính", "Sở Xây dựng", "Sở Công Thương", "Sở Nông nghiệp và Môi trường", "Sở Y tế",
        "Sở Giáo dục và Đào tạo", "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ", "Sở Tư pháp",
        "Sở Dân tộc và Tôn giáo", "Sở Ngoại vụ", "Thanh tra tỉnh", "Văn phòng UBND tỉnh", "Công an tỉnh", "Bộ Chỉ huy Quân sự tỉnh",
        "Báo và Phát thanh, Truyền hình tỉnh", "Liên đoàn Lao động tỉnh", "Tỉnh đoàn", "Hội Liên hiệp Phụ nữ tỉnh", "Hội Nông dân tỉnh",
        "Hội Cựu chiến binh tỉnh", "Kho bạc Nhà nước khu vực", "Thuế tỉnh", "Ngân hàng Nhà nước chi nhánh tỉnh", "Bảo hiểm xã hội tỉnh",
    ];

    public static readonly string[] PlaceWords =
    [
        "An", "Bình", "Hòa", "Phú", "Thạnh", "Tân", "Long", "Vĩnh", "Đông", "Tây", "Nam", "Bắc", "Trung", "Hưng", "Thịnh", "Phước",
        "Lộc", "Thuận", "Quang", "Minh", "Đức", "Xuân", "Hải", "Sơn", "Thủy", "Lạc", "Yên", "Mỹ", "Hiệp", "Tiến", "Thành", "Định",
    ];
}
