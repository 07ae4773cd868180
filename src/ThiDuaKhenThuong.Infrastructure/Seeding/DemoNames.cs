using ThiDuaKhenThuong.Domain.People;

namespace ThiDuaKhenThuong.Infrastructure.Seeding;

/// <summary>
/// Realistic Vietnamese names, generated deterministically (a fixed linear congruential sequence) so that every seeded
/// database has the same people. The given names avoid those of <see cref="PeopleDemoStep"/>'s named examples.
/// </summary>
internal sealed class DemoNames(uint seed)
{
    private static readonly string[] Families =
        ["Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Phạm", "Hoàng", "Vũ", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đào", "Đinh", "Mai", "Tô", "Trịnh"];

    private static readonly string[] MaleMiddles = ["Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Xuân", "Thanh", "Đình", "Công", "Mạnh"];

    private static readonly string[] FemaleMiddles = ["Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Kim", "Minh", "Hồng", "Phương"];

    private static readonly string[] MaleGivens =
        ["An", "Anh", "Bảo", "Cường", "Dũng", "Duy", "Đạt", "Giang", "Hải", "Hiếu", "Hoàng", "Hùng", "Huy", "Khánh", "Kiên", "Long", "Nam", "Nghĩa", "Phong", "Phúc", "Quân", "Sơn", "Tài", "Thành", "Thắng", "Toàn", "Trung", "Tuấn", "Việt", "Vinh"];

    private static readonly string[] FemaleGivens =
        ["Anh", "Chi", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Huyền", "Hương", "Lan", "Linh", "Loan", "Mai", "Ngân", "Nga", "Oanh", "Phương", "Quyên", "Tâm", "Thảo", "Thủy", "Trang", "Vân", "Yến"];

    private uint state = seed;

    public int Next(int bound)
    {
        state = unchecked((state * 1664525u) + 1013904223u);
        return (int)((state >> 8) % (uint)bound);
    }

    public (string FullName, Gender Gender) Name()
    {
        var gender = Next(2) == 0 ? Gender.Male : Gender.Female;
        var family = Families[Next(Families.Length)];
        var middle = gender == Gender.Male ? MaleMiddles[Next(MaleMiddles.Length)] : FemaleMiddles[Next(FemaleMiddles.Length)];
        var given = gender == Gender.Male ? MaleGivens[Next(MaleGivens.Length)] : FemaleGivens[Next(FemaleGivens.Length)];
        return ($"{family} {middle} {given}", gender);
    }

    public string NationalId(int birthYear, Gender gender)
    {
        // CCCD layout: province code (034 = Thái Bình), century-and-gender digit, two-digit birth year, six digits.
        var centuryGender = (birthYear >= 2000 ? 2 : 0) + (gender == Gender.Female ? 1 : 0);
        return $"034{centuryGender}{birthYear % 100:00}{Next(1_000_000):000000}";
    }
}
