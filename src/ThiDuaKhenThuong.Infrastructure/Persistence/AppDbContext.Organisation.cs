using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Organisation;

namespace ThiDuaKhenThuong.Infrastructure.Persistence;

/// <summary>Organisation history: names and parents over time, lineage links, cluster/block leaders.</summary>
public sealed partial class AppDbContext
{
    public DbSet<UnitName> UnitNames => Set<UnitName>();

    public DbSet<UnitParent> UnitParents => Set<UnitParent>();

    public DbSet<UnitLineage> UnitLineages => Set<UnitLineage>();

    public DbSet<EmulationGroupLeader> EmulationGroupLeaders => Set<EmulationGroupLeader>();
}
