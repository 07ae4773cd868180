using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Domain.Tenancy;
using ThiDuaKhenThuong.Infrastructure.Identity;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Tenancy;

namespace ThiDuaKhenThuong.Infrastructure.Seeding;

/// <summary>
/// Seeds the demo provinces: Thái Bình from its real 2025 units and clusters/blocks, and a small Hưng Yên so that
/// isolation between provinces can be seen. Idempotent: a second run adds nothing that is already there.
/// </summary>
public sealed class DemoSeeder(
    AppDbContext db,
    ITenantContext tenant,
    UserManager<AppUser> users,
    RoleManager<AppRole> roles,
    IPasswordHasher<AppUser> hasher,
    TimeProvider clock,
    IEnumerable<IDemoSeedStep> steps,
    ILogger<DemoSeeder> logger)
{
    private static readonly DateOnly DemoValidFrom = new(2021, 1, 1);

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new AppRole(role));
            }
        }

        var thaiBinh = await EnsureTenantAsync(DemoTenants.ThaiBinhCode, "Tỉnh Thái Bình", cancellationToken);
        var hungYen = await EnsureTenantAsync(DemoTenants.HungYenCode, "Tỉnh Hưng Yên", cancellationToken);

        using (tenant.Use(thaiBinh.Id))
        {
            await EnsureUnitsAsync(thaiBinh.Id, DemoCsv.ReadUnits("thai-binh-2025-units.csv"), cancellationToken);
            await EnsureGroupsAsync(thaiBinh.Id, 2025, DemoCsv.ReadGroups("thai-binh-2025-emulation-groups.csv"), DemoCsv.ReadUnits("thai-binh-2025-units.csv"), cancellationToken);
        }

        using (tenant.Use(hungYen.Id))
        {
            await EnsureUnitsAsync(hungYen.Id, HungYenDemo.Units, cancellationToken);
            await EnsureGroupsAsync(hungYen.Id, 2025, HungYenDemo.Groups, HungYenDemo.Units, cancellationToken);
        }

        await EnsureAccountsAsync([thaiBinh, hungYen], cancellationToken);

        foreach (var step in steps.OrderBy(s => s.Order))
        {
            foreach (var province in new[] { thaiBinh, hungYen })
            {
                using (tenant.Use(province.Id))
                {
                    await step.SeedAsync(province, cancellationToken);
                }
            }
        }
    }

    private async Task<Tenant> EnsureTenantAsync(string code, string name, CancellationToken cancellationToken)
    {
        var existing = await db.Tenants.FirstOrDefaultAsync(t => t.Code == code, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var created = new Tenant(Guid.CreateVersion7(), code, name, clock.GetUtcNow());
        db.Tenants.Add(created);
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Đã tạo tỉnh {Code}", code);
        return created;
    }

    private async Task EnsureUnitsAsync(Guid tenantId, IReadOnlyList<DemoUnitRow> rows, CancellationToken cancellationToken)
    {
        var known = await LatestUnitIdsByCodeAsync(cancellationToken);
        // Parents come before children in the files; create in file order so a parent id is always known.
        foreach (var row in rows.Where(r => !known.ContainsKey(r.Code)))
        {
            Guid? parent = row.ParentCode is null ? null : known[row.ParentCode];
            var unit = new Unit(tenantId, Guid.CreateVersion7(), row.Code, row.Name, row.Kind, parent, DemoValidFrom);
            db.Units.Add(unit);
            known[row.Code] = unit.Id;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A code can be reused once its unit has ended (restructuring): the latest unit under each code.</summary>
    private async Task<Dictionary<string, Guid>> LatestUnitIdsByCodeAsync(CancellationToken cancellationToken)
        => (await db.Units.Select(u => new { u.Code, u.Id, u.ValidFrom }).ToListAsync(cancellationToken))
            .GroupBy(u => u.Code).ToDictionary(g => g.Key, g => g.MaxBy(u => u.ValidFrom)!.Id);

    private async Task EnsureGroupsAsync(Guid tenantId, int year, IReadOnlyList<DemoGroupRow> groups, IReadOnlyList<DemoUnitRow> units, CancellationToken cancellationToken)
    {
        var unitIds = await LatestUnitIdsByCodeAsync(cancellationToken);
        var existing = await db.EmulationGroups.Include(g => g.Members).Where(g => g.Year == year).ToDictionaryAsync(g => g.Code, cancellationToken);
        foreach (var row in groups)
        {
            if (!existing.TryGetValue(row.Code, out var group))
            {
                group = new EmulationGroup(tenantId, Guid.CreateVersion7(), year, row.Code, row.Name, row.Kind);
                db.EmulationGroups.Add(group);
            }

            foreach (var member in units.Where(u => u.GroupCode == row.Code))
            {
                group.AddMember(unitIds[member.Code]);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task EnsureAccountsAsync(IReadOnlyList<Tenant> tenants, CancellationToken cancellationToken)
    {
        string? hash = null;
        foreach (var account in DemoAccounts.All)
        {
            if (await users.FindByNameAsync(account.UserName) is not null)
            {
                continue;
            }

            var province = tenants.FirstOrDefault(t => t.Code == account.TenantCode);
            Guid? unitId = null;
            if (province is not null)
            {
                using (tenant.Use(province.Id))
                {
                    unitId = await db.Units.Where(u => u.Code == account.UnitCode).Select(u => (Guid?)u.Id).FirstAsync(cancellationToken);
                }
            }

            var user = new AppUser
            {
                Id = Guid.CreateVersion7(),
                UserName = account.UserName,
                Email = account.UserName + "@demo.thiduakhenthuong.vn",
                EmailConfirmed = true,
                FullName = account.FullName,
                TenantId = province?.Id,
                UnitId = unitId,
                LockoutEnabled = true,
                CreatedAt = clock.GetUtcNow(),
            };
            // One hash for all demo accounts: the 210,000-iteration hash is deliberately slow.
            hash ??= hasher.HashPassword(user, DemoAccounts.Password);
            user.PasswordHash = hash;
            Check(await users.CreateAsync(user), account.UserName);
            Check(await users.AddToRoleAsync(user, account.Role), account.UserName);
        }
    }

    private static void Check(IdentityResult result, string userName)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"Không tạo được tài khoản {userName}: {string.Join("; ", result.Errors.Select(e => e.Description))}"));
        }
    }
}
