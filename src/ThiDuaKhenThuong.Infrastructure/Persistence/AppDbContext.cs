using System.Reflection;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Infrastructure.Auditing;
using ThiDuaKhenThuong.Domain.Tenancy;
using ThiDuaKhenThuong.Infrastructure.Identity;
using ThiDuaKhenThuong.Infrastructure.Tenancy;

namespace ThiDuaKhenThuong.Infrastructure.Persistence;

/// <summary>
/// The portal's database. Every tenant-owned entity carries the named query filter <see cref="TenantFilter"/>, which
/// reads <see cref="CurrentTenantId"/>; PostgreSQL row-level security is the second wall.
/// Each feature area adds its sets in its own partial file (AppDbContext.Area.cs).
/// Add a migration with:
/// <c>dotnet tool install --global dotnet-ef --version 10.0.15</c>, then
/// <c>dotnet ef migrations add Name --project src/ThiDuaKhenThuong.Infrastructure --startup-project src/ThiDuaKhenThuong.Infrastructure --output-dir Persistence/Migrations</c>
/// </summary>
public sealed partial class AppDbContext(DbContextOptions<AppDbContext> options, ITenantContext tenant)
    : IdentityDbContext<AppUser, AppRole, Guid>(options), IDataProtectionKeyContext
{
    public const string TenantFilter = "Tenant";

    public Guid? CurrentTenantId => tenant.TenantId;

    public DbSet<Tenant> Tenants => Set<Tenant>();

    public DbSet<Unit> Units => Set<Unit>();

    public DbSet<EmulationGroup> EmulationGroups => Set<EmulationGroup>();

    public DbSet<EmulationGroupMember> EmulationGroupMembers => Set<EmulationGroupMember>();

    public DbSet<ChangeLogEntry> ChangeLog => Set<ChangeLogEntry>();

    public DbSet<AuthSession> AuthSessions => Set<AuthSession>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasCollation(DbCollations.Vietnamese, locale: "vi-VN", provider: "icu", deterministic: true);
        builder.HasPostgresExtension("unaccent");
        builder.HasPostgresExtension("pg_trgm");
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);

        var apply = typeof(AppDbContext).GetMethod(nameof(ApplyTenantFilter), BindingFlags.NonPublic | BindingFlags.Instance)!;
        foreach (var type in builder.Model.GetEntityTypes().Select(e => e.ClrType).Where(typeof(ITenantOwned).IsAssignableFrom).ToList())
        {
            apply.MakeGenericMethod(type).Invoke(this, [builder]);
        }

        // Accounts of a province are visible only to that province once someone is signed in; before sign-in (no
        // tenant) the sign-in page must find the account by name. See ADR-001.
        builder.Entity<AppUser>().HasQueryFilter(TenantFilter, u => CurrentTenantId == null || u.TenantId == CurrentTenantId);
    }

    private void ApplyTenantFilter<T>(ModelBuilder builder)
        where T : class, ITenantOwned
        => builder.Entity<T>().HasQueryFilter(TenantFilter, e => e.TenantId == CurrentTenantId);
}
