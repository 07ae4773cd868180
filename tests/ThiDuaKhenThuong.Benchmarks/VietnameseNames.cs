using Bogus;

namespace ThiDuaKhenThuong.Benchmarks;

/// <summary>
/// Vietnamese full names from Bogus' <c>vi</c> locale (family names, given names), with the middle names Vietnamese
/// names carry, in the Vietnamese order "Họ Đệm Tên". Reproducible: one seeded randomizer.
/// </summary>
internal sealed class VietnameseNames
{
    private static readonly string[] MaleMiddle = ["Văn", "Đức", "Minh", "Hữu", "Quang", "Thanh", "Xuân", "Đình", "Công", "Ngọc", "Quốc", "Trung"];
    private static readonly string[] FemaleMiddle = ["Thị", "Thu", "Ngọc", "Thanh", "Minh", "Phương", "Hồng", "Kim", "Bích", "Thùy", "Lan", "Mai"];

    private readonly Faker faker;

    public VietnameseNames(int seed)
    {
        faker = new Faker("vi") { Random = new Randomizer(seed) };
    }

    public string Next(bool female)
    {
        // In Bogus' vi locale "last name" holds the family name (Nguyễn, Trần…) and "first name" a middle and given
        // name ("Hạnh Dung"). Most people get a middle name that says their gender (Văn, Thị…), as in life. Its data
        // writes some Đ as the look-alike Ð (U+00D0), which unaccent and sorting treat differently: mended here.
        var family = faker.Name.LastName();
        var first = faker.Name.FirstName();
        var name = faker.Random.Int(0, 9) < 7
            ? $"{family} {faker.PickRandom(female ? FemaleMiddle : MaleMiddle)} {first[(first.LastIndexOf(' ') + 1)..]}"
            : $"{family} {first}";
        return name.Replace('\u00D0', 'Đ').Replace('\u00F0', 'đ');
    }
}
