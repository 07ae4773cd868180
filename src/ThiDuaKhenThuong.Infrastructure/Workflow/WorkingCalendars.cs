using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Caching;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Tenancy;

namespace ThiDuaKhenThuong.Infrastructure.Workflow;

/// <summary>
/// The current tenant's working-day calendar (<c>calendar_days</c>), as the engine's <see cref="WorkingCalendar"/>. Every
/// deadline needs it, so it is kept in memory for a minute (<see cref="ReferenceDataCache"/>); adding or removing a day
/// drops it at once.
/// </summary>
public sealed class WorkingCalendars(AppDbContext db, ITenantContext tenant, ReferenceDataCache cache)
{
    public Task<WorkingCalendar> LoadAsync(CancellationToken cancellationToken = default)
        => cache.GetOrLoadAsync(ReferenceData.Calendar, tenant.TenantId, async () =>
        {
            var days = await db.CalendarDays.AsNoTracking().Select(d => new CalendarDay(d.Date, d.Kind, d.Name)).ToListAsync(cancellationToken);
            return new WorkingCalendar(days, WorkingCalendar.VietnamOffset);
        });

    public Task<List<CalendarDayRecord>> ListAsync(int year, CancellationToken cancellationToken = default)
    {
        var from = new DateOnly(year, 1, 1);
        var to = new DateOnly(year, 12, 31);
        return db.CalendarDays.AsNoTracking().Where(d => d.Date >= from && d.Date <= to).OrderBy(d => d.Date).ToListAsync(cancellationToken);
    }

    /// <summary>Copies <see cref="VietnameseHolidays"/> into each year the tenant has no rows for (a year it edited is left alone).</summary>
    public async Task EnsureDefaultsAsync(Guid tenantId, CancellationToken cancellationToken = default)
    {
        using (tenant.Use(tenantId))
        {
            var years = await db.CalendarDays.Select(d => d.Date.Year).Distinct().ToListAsync(cancellationToken);
            foreach (var day in VietnameseHolidays.All.Where(d => !years.Contains(d.Date.Year)))
            {
                db.CalendarDays.Add(new CalendarDayRecord(tenantId, day.Date, day.Kind, day.Name));
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>Adds a day; returns a Vietnamese reason when the date is already listed.</summary>
    public async Task<string?> AddAsync(DateOnly date, CalendarDayKind kind, string name, CancellationToken cancellationToken = default)
    {
        var tenantId = tenant.TenantId ?? throw new InvalidOperationException("No tenant.");
        if (await db.CalendarDays.AnyAsync(d => d.Date == date, cancellationToken))
        {
            return $"Ngày {date:dd/MM/yyyy} đã có trong lịch; hãy xóa ngày đó trước nếu muốn đổi.";
        }

        db.CalendarDays.Add(new CalendarDayRecord(tenantId, date, kind, name));
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    public async Task<bool> RemoveAsync(DateOnly date, CancellationToken cancellationToken = default)
    {
        var removed = await db.CalendarDays.Where(d => d.Date == date).ExecuteDeleteAsync(cancellationToken) > 0;
        cache.Drop(ReferenceData.Calendar);
        return removed;
    }
}
