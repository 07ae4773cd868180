using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Domain.Tenancy;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Infrastructure.Seeding;

/// <summary>
/// Thái Bình's organisation history: the 2025 leaders and deputies of its clusters and blocks, then the reform of
/// 1 July 2025, when the district level ended (Nghị quyết 202/2025/QH15) and its work passed to the province and the
/// communes. Idempotent: groups that have leaders and districts already closed are left alone.
/// </summary>
internal sealed class OrganisationDemo(AppDbContext db, ILogger<OrganisationDemo> logger) : IDemoSeedStep
{
    public const int Year = 2025;
    public const string ReformDecision = "Nghị quyết 202/2025/QH15";
    public const string ReformNote = "Cấp huyện kết thúc hoạt động; nhiệm vụ chuyển về cấp tỉnh và cấp xã";
    public static readonly DateOnly ReformEffective = new(2025, 7, 1);
    public static readonly DateOnly ReformDecisionDate = new(2025, 6, 12);

    public int Order => 10;

    public async Task SeedAsync(Tenant province, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(province);
        if (province.Code != DemoTenants.ThaiBinhCode)
        {
            return;
        }

        await EnsureLeadersAsync(cancellationToken);
        await EnsureReformAsync(cancellationToken);
    }

    /// <summary>Districts of the demo file: localities named "Ủy ban nhân dân huyện …" or "… thành phố …".</summary>
    public static bool IsDistrict(Unit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return unit.Kind == UnitKind.Locality
               && (unit.Name.StartsWith("Ủy ban nhân dân huyện", StringComparison.Ordinal)
                   || unit.Name.StartsWith("Ủy ban nhân dân thành phố", StringComparison.Ordinal));
    }

    private async Task EnsureLeadersAsync(CancellationToken cancellationToken)
    {
        var codes = await db.Units.ToDictionaryAsync(u => u.Id, u => u.Code, cancellationToken);
        var groups = await db.EmulationGroups.Include(g => g.Members).Include(g => g.Leaders).AsSplitQuery()
            .Where(g => g.Year == Year && !g.Leaders.Any()).ToListAsync(cancellationToken);
        foreach (var group in groups)
        {
            var firstTwo = group.Members.Where(m => m.ValidFrom == group.FirstDay && m.ValidTo is null)
                .Select(m => m.UnitId).Distinct().OrderBy(id => codes[id], StringComparer.Ordinal).Take(2).ToList();
            if (firstTwo.Count < 2)
            {
                continue;
            }

            group.AssignLeader(GroupRole.Leader, firstTwo[0], group.FirstDay, null);
            group.AssignLeader(GroupRole.Deputy, firstTwo[1], group.FirstDay, null);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task EnsureReformAsync(CancellationToken cancellationToken)
    {
        var province = await db.Units.FirstOrDefaultAsync(u => u.Kind == UnitKind.ProvinceGovernment && u.ValidTo == null, cancellationToken);
        if (province is null)
        {
            return;
        }

        var districts = (await db.Units.Include(u => u.Names).Include(u => u.Parents).AsSplitQuery()
                .Where(u => u.Kind == UnitKind.Locality && u.ValidTo == null).ToListAsync(cancellationToken))
            .Where(IsDistrict).ToList();
        if (districts.Count == 0)
        {
            return;
        }

        var decision = new DecisionReference(ReformDecision, ReformDecisionDate);
        db.UnitLineages.AddRange(districts.Select(d => Restructuring.Abolish(d, province, ReformEffective, decision, ReformNote)));
        var ids = districts.Select(d => d.Id).ToList();
        var groups = await db.EmulationGroups.Include(g => g.Members).Include(g => g.Leaders).AsSplitQuery()
            .Where(g => g.Year >= ReformEffective.Year && g.Members.Any(m => ids.Contains(m.UnitId))).ToListAsync(cancellationToken);
        foreach (var group in groups)
        {
            ids.ForEach(id => group.WithdrawUnit(id, ReformEffective));
        }

        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Đã ghi nhận {Count} đơn vị cấp huyện kết thúc hoạt động từ {Date}", districts.Count, ReformEffective);
    }
}
