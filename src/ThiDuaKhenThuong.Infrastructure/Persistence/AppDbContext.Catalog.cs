using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Infrastructure.Catalog;

namespace ThiDuaKhenThuong.Infrastructure.Persistence;

public sealed partial class AppDbContext
{
    /// <summary>The national catalog: no tenant, read-only to the app role.</summary>
    public DbSet<NationalAwardType> NationalAwardTypes => Set<NationalAwardType>();

    public DbSet<NationalRuleSet> NationalRuleSets => Set<NationalRuleSet>();

    public DbSet<TenantAwardType> TenantAwardTypes => Set<TenantAwardType>();

    public DbSet<TenantRuleSet> TenantRuleSets => Set<TenantRuleSet>();
}
