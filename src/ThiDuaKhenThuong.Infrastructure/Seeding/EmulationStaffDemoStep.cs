using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Domain.Tenancy;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Infrastructure.Seeding;

/// <summary>
/// A few emulation staff members in the demo province (the Standing Agency, the departments of Home Affairs and
/// Health, the first communes), so that forms 0604 and 0605 show figures. A province that has any is left alone.
/// </summary>
public sealed class EmulationStaffDemoStep(AppDbContext db) : IDemoSeedStep
{
    private static readonly (string Unit, string Name, int Born, StaffSex Sex, StaffEducation Education, PoliticalTheoryLevel Theory, bool FullTime, int Started)[] Staff =
    [
        ("BTDKT", "Nguyễn Thị Thu Hà", 1978, StaffSex.Female, StaffEducation.Master, PoliticalTheoryLevel.Advanced, true, 2006),
        ("BTDKT", "Trần Văn Hùng", 1986, StaffSex.Male, StaffEducation.University, PoliticalTheoryLevel.Intermediate, true, 2012),
        ("BTDKT", "Phạm Minh Châu", 1995, StaffSex.Female, StaffEducation.University, PoliticalTheoryLevel.None, true, 2020),
        ("SNV", "Lê Quang Vinh", 1972, StaffSex.Male, StaffEducation.University, PoliticalTheoryLevel.Advanced, false, 2001),
        ("SYT", "Đỗ Thị Lan", 1983, StaffSex.Female, StaffEducation.Master, PoliticalTheoryLevel.Intermediate, false, 2015),
        ("SYT", "Vũ Đức Thắng", 1991, StaffSex.Male, StaffEducation.College, PoliticalTheoryLevel.Elementary, false, 2019),
    ];

    public int Order => 70;

    public async Task SeedAsync(Tenant province, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(province);
        if (await db.EmulationStaff.AnyAsync(cancellationToken))
        {
            return;
        }

        var units = await db.Units.Where(u => u.ValidTo == null).Select(u => new { u.Id, u.Code, u.Kind }).ToListAsync(cancellationToken);
        var byCode = units.ToDictionary(u => u.Code, u => u.Id, StringComparer.Ordinal);
        foreach (var s in Staff.Where(s => byCode.ContainsKey(s.Unit)))
        {
            Add(province.Id, byCode[s.Unit], s.Name, s.Born, s.Sex, s.Education, s.Theory, s.FullTime, s.Started);
        }

        // One part-time officer in each of the first communes.
        foreach (var (commune, i) in units.Where(u => u.Kind == UnitKind.Commune).OrderBy(u => u.Code, StringComparer.Ordinal).Take(4).Select((u, i) => (u, i)))
        {
            Add(province.Id, commune.Id, $"Cán bộ văn phòng {commune.Code}", 1980 + (i * 4), i % 2 == 0 ? StaffSex.Male : StaffSex.Female,
                StaffEducation.University, PoliticalTheoryLevel.Intermediate, false, 2008 + (i * 3));
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private void Add(Guid tenantId, Guid unitId, string name, int born, StaffSex sex, StaffEducation education, PoliticalTheoryLevel theory, bool fullTime, int started)
    {
        var member = new EmulationStaffMember(tenantId, Guid.CreateVersion7());
        member.Describe(unitId, name, born, sex, education, null, theory, fullTime, started, null);
        db.EmulationStaff.Add(member);
    }
}
