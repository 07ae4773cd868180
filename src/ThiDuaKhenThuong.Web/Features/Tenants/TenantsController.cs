using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Tenancy;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Authorization;

namespace ThiDuaKhenThuong.Web.Features.Tenants;

/// <summary>The provinces served by this deployment (SystemAdmin).</summary>
[Authorize<ManageTenants>]
public sealed class TenantsController : Controller
{
    public sealed record Row(Guid Id, string Code, string Name, TenantStatus Status, DateTimeOffset CreatedAt, int AccountCount);

    [HttpGet]
    public async Task<IActionResult> Index([FromServices] AppDbContext db)
    {
        var rows = await db.Tenants.AsNoTracking().OrderBy(t => t.Name)
            .Select(t => new Row(t.Id, t.Code, t.Name, t.Status, t.CreatedAt, db.Users.Count(u => u.TenantId == t.Id)))
            .ToListAsync(HttpContext.RequestAborted);
        return View(rows);
    }
}
