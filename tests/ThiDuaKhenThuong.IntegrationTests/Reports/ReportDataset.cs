using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Domain.People;
using ThiDuaKhenThuong.Domain.Tenancy;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Tenancy;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Reports;

/// <summary>
/// A province of its own with a small, fully known set of awards in 2025, so every figure can be counted by hand:
/// UBND (root) ← SYT ← BV; HUYEN (a district under UBND) abolished on 1/7/2025 into UBND; cluster K1 of 2025 with
/// SYT and HUYEN (HUYEN leaves on 1/7/2025).
/// </summary>
public sealed class ReportDataset
{
    public static readonly DateOnly Reform = new(2025, 7, 1);

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static ReportDataset? cached;

    public required string TenantCode { get; init; }

    public required Guid TenantId { get; init; }

    public required Guid Ubnd { get; init; }

    public required Guid Syt { get; init; }

    public required Guid Bv { get; init; }

    public required Guid Huyen { get; init; }

    public required Guid Group { get; init; }

    public required Guid Person1 { get; init; }

    public static async Task<ReportDataset> GetAsync(PortalFixture fixture)
    {
        await Gate.WaitAsync();
        try
        {
            return cached ??= await CreateAsync(fixture);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>A dataset of its own, for a test that changes the data (the shared one must stay as counted).</summary>
    public static async Task<ReportDataset> CreateAsync(PortalFixture fixture)
    {
        var code = "bc-" + Guid.NewGuid().ToString("N")[..6];
        var tenantId = Guid.CreateVersion7();
        return await fixture.Portal.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            db.Tenants.Add(new Tenant(tenantId, code, "Tỉnh Kiểm Thử", DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
            using var scope = sp.GetRequiredService<ITenantContext>().Use(tenantId);
            var start = new DateOnly(2020, 1, 1);
            var ubnd = new Unit(tenantId, Guid.CreateVersion7(), "UBND", "Ủy ban nhân dân tỉnh Kiểm Thử", UnitKind.ProvinceGovernment, null, start);
            var syt = new Unit(tenantId, Guid.CreateVersion7(), "SYT", "Sở Y tế", UnitKind.Department, ubnd.Id, start);
            var bv = new Unit(tenantId, Guid.CreateVersion7(), "BV", "Bệnh viện Đa khoa tỉnh", UnitKind.Hospital, syt.Id, start);
            var huyen = new Unit(tenantId, Guid.CreateVersion7(), "HUYEN", "Ủy ban nhân dân huyện Đông Thử", UnitKind.Locality, ubnd.Id, start);
            db.Units.AddRange(ubnd, syt, bv, huyen);
            await db.SaveChangesAsync();

            var group = new EmulationGroup(tenantId, Guid.CreateVersion7(), 2025, "K1", "Khối thi đua số 1", EmulationGroupKind.Block);
            group.AddMember(syt.Id);
            group.AddMember(huyen.Id);
            db.EmulationGroups.Add(group);
            await db.SaveChangesAsync();

            var p1 = Person(tenantId, "Nguyễn Văn Một", bv.Id, direct: true, LeaderLevel.None);
            var p2 = Person(tenantId, "Trần Thị Hai", syt.Id, direct: false, LeaderLevel.DepartmentLevel);
            var p3 = Person(tenantId, "Lê Văn Ba", huyen.Id, direct: true, LeaderLevel.None);
            var p4 = Person(tenantId, "Phạm Thị Bốn", syt.Id, direct: false, LeaderLevel.DivisionDeputyOrAbove);
            var c1 = new Collective(tenantId, Guid.CreateVersion7(), "Phòng Nghiệp vụ Y", syt.Id, CollectiveKind.Collective);
            var e1 = new Collective(tenantId, Guid.CreateVersion7(), "Công ty Cổ phần Nông sản Đông Thử", huyen.Id, CollectiveKind.Enterprise);
            var h1 = new Collective(tenantId, Guid.CreateVersion7(), "Hộ ông Đỗ Văn Năm", bv.Id, CollectiveKind.Household);
            db.People.AddRange(p1, p2, p3, p4);
            db.Collectives.AddRange(c1, e1, h1);
            await db.SaveChangesAsync();

            db.AwardHistory.AddRange(
                ForPerson(tenantId, p1, AwardCodes.ProvincialCertificate, new DateOnly(2025, 3, 10)),
                ForPerson(tenantId, p2, AwardCodes.ProvincialCertificate, new DateOnly(2025, 12, 20)),
                ForPerson(tenantId, p3, AwardCodes.ProvincialEmulationFighter, new DateOnly(2025, 5, 5)),
                ForPerson(tenantId, p4, AwardCodes.PrimeMinisterCertificate, new DateOnly(2025, 8, 1)),
                ForCollective(tenantId, c1, AwardCodes.ProvincialFlag, new DateOnly(2025, 12, 20)),
                ForCollective(tenantId, e1, AwardCodes.ProvincialCertificate, new DateOnly(2025, 6, 15)),
                ForCollective(tenantId, h1, AwardCodes.MeritCertificate, new DateOnly(2025, 9, 9)),
                ForPerson(tenantId, p1, AwardCodes.AdvancedWorker, new DateOnly(2025, 12, 30)),
                ForCollective(tenantId, c1, AwardCodes.GovernmentFlag, new DateOnly(2025, 11, 11)),
                ForPerson(tenantId, p3, AwardCodes.AdvancedWorker, new DateOnly(2024, 12, 20)));

            // p1's provincial certificate came from an ad-hoc dossier: the report counts it as ad-hoc.
            var at = new DateTimeOffset(2025, 3, 10, 3, 0, 0, TimeSpan.Zero);
            var dossier = new Dossier(tenantId, Guid.CreateVersion7(), bv.Id, 2025, AwardKinds.AdHoc, "Khen thưởng đột xuất cứu người", null, null, Guid.CreateVersion7(), at);
            var nomination = dossier.AddNomination(Guid.CreateVersion7(), new NomineeRef(NomineeKind.Person, p1.Id, p1.FullName), AwardCodes.ProvincialCertificate);
            nomination.RecordEligibility(EligibilityStatus.Pass, "{}");
            nomination.Appraise(AppraisalResult.Eligible, null, null, Guid.CreateVersion7(), at);
            nomination.MarkAwaitingDecision(at);
            nomination.MarkAwarded(Guid.CreateVersion7(), at);
            db.Dossiers.Add(dossier);
            await db.SaveChangesAsync();

            // The reform: the district ends on 1/7/2025, its work passes to the province, it leaves its cluster.
            var tracked = await db.Units.Include(u => u.Names).Include(u => u.Parents).SingleAsync(u => u.Id == huyen.Id);
            var province = await db.Units.Include(u => u.Names).Include(u => u.Parents).SingleAsync(u => u.Id == ubnd.Id);
            db.UnitLineages.Add(Restructuring.Abolish(tracked, province, Reform, new DecisionReference("202/2025/QH15", new DateOnly(2025, 6, 12))));
            var trackedGroup = await db.EmulationGroups.Include(g => g.Members).Include(g => g.Leaders).SingleAsync(g => g.Id == group.Id);
            trackedGroup.WithdrawUnit(huyen.Id, Reform);
            await db.SaveChangesAsync();

            return new ReportDataset
            {
                TenantCode = code, TenantId = tenantId, Ubnd = ubnd.Id, Syt = syt.Id, Bv = bv.Id, Huyen = huyen.Id, Group = group.Id, Person1 = p1.Id,
            };
        });
    }

    private static Person Person(Guid tenantId, string name, Guid unitId, bool direct, LeaderLevel leader)
        => new(tenantId, Guid.CreateVersion7(), new PersonDetails(name, Gender.Male, 1980, null, null, unitId, direct, leader));

    private static AwardHistoryRecord ForPerson(Guid tenantId, Person person, string code, DateOnly date)
        => AwardHistoryRecord.ForPerson(tenantId, Guid.CreateVersion7(), person.Id, new AwardHistoryData(code, date.Year, "1/QĐ-UBND", date, "UBND tỉnh"), AwardSource.Manual);

    private static AwardHistoryRecord ForCollective(Guid tenantId, Collective collective, string code, DateOnly date)
        => AwardHistoryRecord.ForCollective(tenantId, Guid.CreateVersion7(), collective.Id, new AwardHistoryData(code, date.Year, "1/QĐ-UBND", date, "UBND tỉnh"), AwardSource.Manual);
}
