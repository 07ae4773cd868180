using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.Infrastructure.Tenancy;
using ThiDuaKhenThuong.Infrastructure.Workflow;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Workflow;

/// <summary>The working calendar is kept in memory per province: a day added or removed counts at once, and only there.</summary>
[Collection(PortalCollection.Name)]
public sealed class WorkingCalendarCacheTests(PortalFixture fixture)
{
    [Fact]
    public async Task AddedAndRemovedDays_CountAtOnce_InTheirProvinceOnly()
    {
        var thaiBinh = await fixture.TenantIdAsync(DemoTenants.ThaiBinhCode);
        var hungYen = await fixture.TenantIdAsync(DemoTenants.HungYenCode);
        // A Wednesday far ahead, different on each run, so that runs do not meet.
        var day = new DateOnly(2041, 1, 2).AddDays(7 * Random.Shared.Next(0, 50));
        (await IsWorkingDayAsync(thaiBinh, day)).ShouldBeTrue();
        (await IsWorkingDayAsync(hungYen, day)).ShouldBeTrue();

        (await InProvinceAsync(thaiBinh, c => c.AddAsync(day, CalendarDayKind.Holiday, "Ngày nghỉ thử"))).ShouldBeNull();
        try
        {
            (await IsWorkingDayAsync(thaiBinh, day)).ShouldBeFalse();
            (await IsWorkingDayAsync(hungYen, day)).ShouldBeTrue();
        }
        finally
        {
            (await InProvinceAsync(thaiBinh, c => c.RemoveAsync(day))).ShouldBeTrue();
        }

        (await IsWorkingDayAsync(thaiBinh, day)).ShouldBeTrue();
    }

    private async Task<bool> IsWorkingDayAsync(Guid tenantId, DateOnly day)
        => (await InProvinceAsync(tenantId, c => c.LoadAsync())).IsWorkingDay(day);

    private Task<T> InProvinceAsync<T>(Guid tenantId, Func<WorkingCalendars, Task<T>> work)
        => fixture.Portal.WithScopeAsync(async sp =>
        {
            using var scope = sp.GetRequiredService<ITenantContext>().Use(tenantId);
            return await work(sp.GetRequiredService<WorkingCalendars>());
        });
}
