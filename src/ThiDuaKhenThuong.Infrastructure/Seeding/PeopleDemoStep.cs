using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.People;
using ThiDuaKhenThuong.Domain.Tenancy;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using static ThiDuaKhenThuong.Domain.Catalog.AwardCodes;

namespace ThiDuaKhenThuong.Infrastructure.Seeding;

/// <summary>
/// People and collectives with realistic award histories 2019–2025: LĐTT most years, CSTĐCS streaks, a few provincial
/// emulation fighters and certificates. Three named people show the eligibility check for CSTĐ cấp tỉnh in 2025:
/// one passes the 3-year rule, one has a gap (fails), one has a year with no data (unknown).
/// </summary>
public sealed class PeopleDemoStep(AppDbContext db) : IDemoSeedStep
{
    public const string PassingName = "Trần Thị Thanh Nhàn";
    public const string GapName = "Phạm Văn Khiêm";
    public const string UnknownName = "Lê Đình Quý";

    private const int FirstYear = 2019;
    private const int LastYear = 2025;

    public int Order => 100;

    public async Task SeedAsync(Tenant province, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(province);
        if (await db.People.AnyAsync(cancellationToken))
        {
            return;
        }

        var isThaiBinh = province.Code == DemoTenants.ThaiBinhCode;
        var units = await db.Units.OrderBy(u => u.Code).Select(u => new { u.Id, u.Code, u.Name }).ToListAsync(cancellationToken);
        var names = new DemoNames(isThaiBinh ? 2025u : 1831u);
        var provinceAuthority = ProvinceAuthority(province);
        var count = isThaiBinh ? 300 : 20;
        var number = 0;

        void Award(Guid? person, Guid? collective, string code, int year, string unitCode, string authority)
        {
            number++;
            var data = new AwardHistoryData(code, year, $"{100 + (number % 800)}/QĐ-{unitCode}", new DateOnly(year, 12, 15 + (number % 14)), authority);
            db.AwardHistory.Add(person is { } p
                ? AwardHistoryRecord.ForPerson(province.Id, Guid.CreateVersion7(), p, data, AwardSource.Imported)
                : AwardHistoryRecord.ForCollective(province.Id, Guid.CreateVersion7(), collective!.Value, data, AwardSource.Imported));
        }

        for (var i = 0; i < count; i++)
        {
            var unit = units[i % units.Count];
            var (fullName, gender) = names.Name();
            var birthYear = 1965 + names.Next(35);
            var person = new Person(province.Id, Guid.CreateVersion7(), new PersonDetails(
                fullName, gender, birthYear, names.Next(3) == 0 ? names.NationalId(birthYear, gender) : null,
                Positions[names.Next(Positions.Length)], unit.Id, IsDirectWorker: names.Next(5) == 0,
                LeaderLevel: (LeaderLevel)(names.Next(10) < 7 ? 0 : names.Next(3) + 1), IsEthnicMinority: names.Next(25) == 0));
            db.People.Add(person);
            var head = "Thủ trưởng " + unit.Name;
            var streak = names.Next(6) == 0;
            for (var year = FirstYear; year <= LastYear; year++)
            {
                if (names.Next(6) == 0)
                {
                    continue;
                }

                Award(person.Id, null, AdvancedWorker, year, unit.Code, head);
                if (streak && year >= 2021)
                {
                    Award(person.Id, null, GrassrootsEmulationFighter, year, unit.Code, head);
                }
            }

            if (streak && names.Next(4) == 0)
            {
                Award(person.Id, null, ProvincialEmulationFighter, 2023, "UBND", provinceAuthority);
            }

            if (names.Next(10) == 0)
            {
                Award(person.Id, null, ProvincialCertificate, 2020 + names.Next(5), "UBND", provinceAuthority);
            }
        }

        var home = units.FirstOrDefault(u => u.Code == "SYT") ?? units[0];
        var homeHead = "Thủ trưởng " + home.Name;
        (string Name, int[] Cstdcs, int[] Ldtt)[] examples = !isThaiBinh ? [] :
        [
            (PassingName, [2021, 2022, 2023, 2024, 2025], [2019, 2020, 2021, 2022, 2023, 2024, 2025]),
            (GapName, [2023, 2025], [2020, 2021, 2022, 2023, 2024, 2025]),
            (UnknownName, [2023, 2025], [2022, 2023, 2025]),
        ];
        foreach (var (name, cstdcs, ldtt) in examples)
        {
            var gender = name == PassingName ? Gender.Female : Gender.Male;
            var person = new Person(province.Id, Guid.CreateVersion7(), new PersonDetails(
                name, gender, 1982, null, "Chuyên viên chính", home.Id));
            db.People.Add(person);
            foreach (var year in ldtt)
            {
                Award(person.Id, null, AdvancedWorker, year, home.Code, homeHead);
            }

            foreach (var year in cstdcs)
            {
                Award(person.Id, null, GrassrootsEmulationFighter, year, home.Code, homeHead);
            }
        }

        SeedCollectives(province, units.Select(u => (u.Id, u.Code, u.Name)).ToList(), names, Award);
        await db.SaveChangesAsync(cancellationToken);
    }

    private void SeedCollectives(Tenant province, List<(Guid Id, string Code, string Name)> units, DemoNames names, Action<Guid?, Guid?, string, int, string, string> award)
    {
        var take = province.Code == DemoTenants.ThaiBinhCode ? 20 : 4;
        for (var i = 0; i < take; i++)
        {
            var unit = units[(i * 3) % units.Count];
            var kind = i % 7 == 6 ? CollectiveKind.Household : i % 5 == 4 ? CollectiveKind.Enterprise : CollectiveKind.Collective;
            var name = kind switch
            {
                CollectiveKind.Collective => $"{Departments[i % Departments.Length]}, {unit.Name}",
                CollectiveKind.Household => $"Hộ gia đình ông {names.Name().FullName}",
                CollectiveKind.Enterprise => $"Công ty TNHH {EnterpriseNames[i % EnterpriseNames.Length]}",
            };
            var collective = new Collective(province.Id, Guid.CreateVersion7(), name, unit.Id, kind);
            db.Collectives.Add(collective);
            if (kind != CollectiveKind.Collective)
            {
                award(null, collective.Id, ProvincialCertificate, 2021 + names.Next(4), "UBND", ProvinceAuthority(province));
                continue;
            }

            for (var year = 2020; year <= LastYear; year++)
            {
                var excellent = names.Next(4) == 0;
                award(null, collective.Id, excellent ? ExcellentCollective : AdvancedCollective, year, excellent ? "UBND" : unit.Code,
                    excellent ? ProvinceAuthority(province) : "Thủ trưởng " + unit.Name);
            }
        }
    }

    private static string ProvinceAuthority(Tenant province) =>
        "Chủ tịch UBND " + (province.Name.StartsWith("Tỉnh ", StringComparison.Ordinal) ? "tỉnh " + province.Name[5..] : province.Name);

    private static readonly string[] Positions =
        ["Chuyên viên", "Chuyên viên chính", "Cán sự", "Phó Trưởng phòng", "Trưởng phòng", "Giáo viên", "Bác sĩ", "Điều dưỡng", "Kỹ sư", "Nhân viên", "Công nhân", "Kế toán viên"];

    private static readonly string[] Departments =
        ["Văn phòng", "Phòng Tổ chức cán bộ", "Phòng Kế hoạch - Tài chính", "Phòng Nghiệp vụ", "Thanh tra", "Phòng Hành chính - Tổng hợp"];

    private static readonly string[] EnterpriseNames = ["Dệt may Thái Sơn", "Cơ khí Đông Á", "Thực phẩm Hồng Hà", "Xây dựng Kiến Xương"];
}
