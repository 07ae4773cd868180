using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Infrastructure.Auditing;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.Infrastructure.Tenancy;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Auditing;

[Collection(PortalCollection.Name)]
public sealed class ChangeLogTests(PortalFixture fixture)
{
    [Fact]
    public async Task CreatingAndRenamingAUnit_IsRecordedWithWhatChanged()
    {
        var tenantId = await fixture.TenantIdAsync(DemoTenants.ThaiBinhCode);
        var entries = await fixture.Portal.WithScopeAsync(async sp =>
        {
            using var scope = sp.GetRequiredService<ITenantContext>().Use(tenantId);
            var db = sp.GetRequiredService<AppDbContext>();
            var unit = new Unit(tenantId, Guid.CreateVersion7(), "NK-" + Guid.NewGuid().ToString("N")[..6], "Phòng thử nghiệm", UnitKind.Other, null, new DateOnly(2025, 1, 1));
            db.Units.Add(unit);
            await db.SaveChangesAsync();
            db.Entry(unit).Property(u => u.Name).CurrentValue = "Phòng thử nghiệm (đổi tên)";
            await db.SaveChangesAsync();
            return await db.ChangeLog.Where(e => e.EntityType == nameof(Unit) && e.EntityId == unit.Id.ToString())
                .OrderBy(e => e.Sequence).ToListAsync();
        });

        entries.Select(e => e.Action).ShouldBe([ChangeAction.Created, ChangeAction.Updated]);
        entries.ShouldAllBe(e => e.ActorName == HttpCurrentActor.SystemName && e.TenantId == tenantId);
        var renamed = JsonSerializer.Deserialize<Dictionary<string, string?[]>>(entries[1].Changes)!;
        renamed.Keys.ShouldBe(["Name"]);
        renamed["Name"].ShouldBe(["Phòng thử nghiệm", "Phòng thử nghiệm (đổi tên)"]);
    }
}
