using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Tenancy;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Authorization;
using ThiDuaKhenThuong.Web.Features.Shared;

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

    [HttpGet]
    public IActionResult Create() => View(new CreateTenant.Command { StandingAgencyName = "Ban Thi đua - Khen thưởng tỉnh" });

    [HttpPost]
    public async Task<IActionResult> Create(CreateTenant.Command command, [FromServices] IValidator<CreateTenant.Command> validator, [FromServices] CreateTenant.Handler handler)
    {
        if (await this.ValidateAsync(validator, command))
        {
            var result = await handler.HandleAsync(command, HttpContext.RequestAborted);
            if (result.TenantId is not null)
            {
                TempData["Notice"] = $"Đã tạo {command.Name.Trim()} cùng tài khoản quản trị {command.AdminUserName.Trim()}.";
                TempData["GeneratedPassword"] = result.GeneratedPassword;
                return RedirectToAction(nameof(Index));
            }

            result.Errors.ToList().ForEach(e => ModelState.AddModelError(string.Empty, e));
        }

        command.AdminPassword = null;
        return View(command);
    }

    [HttpPost]
    public async Task<IActionResult> Suspend(Guid id, [FromServices] SuspendTenant.Handler handler)
        => await ChangeAsync(id, true, handler, "Đã tạm ngừng tỉnh; các tài khoản của tỉnh không đăng nhập được nữa.");

    [HttpPost]
    public async Task<IActionResult> Activate(Guid id, [FromServices] SuspendTenant.Handler handler)
        => await ChangeAsync(id, false, handler, "Đã kích hoạt lại tỉnh.");

    private async Task<IActionResult> ChangeAsync(Guid id, bool suspend, SuspendTenant.Handler handler, string notice)
    {
        if (!await handler.HandleAsync(id, suspend, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        TempData["Notice"] = notice;
        return RedirectToAction(nameof(Index));
    }
}
