using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Authorization;
using ThiDuaKhenThuong.Web.Features.Shared;

namespace ThiDuaKhenThuong.Web.Features.EmulationStaff;

/// <summary>The register of each unit's emulation staff (cán bộ làm công tác thi đua, khen thưởng), counted by forms 0604 and 0605.</summary>
[Authorize<ManageEmulationStaff>]
public sealed class EmulationStaffController(AppDbContext db) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] ListEmulationStaff.Query query, [FromServices] ListEmulationStaff.Handler handler)
        => View(await handler.HandleAsync(query, HttpContext.RequestAborted));

    [HttpGet]
    public async Task<IActionResult> Create([FromServices] TimeProvider clock)
        => View("Edit", await FormAsync(null, new SaveEmulationStaff.Command { StartedYear = clock.GetLocalNow().Year }));

    [HttpPost]
    public Task<IActionResult> Create(SaveEmulationStaff.Command command, [FromServices] IValidator<SaveEmulationStaff.Command> validator, [FromServices] SaveEmulationStaff.Handler handler)
        => SaveAsync(null, command, validator, handler);

    [HttpGet]
    public async Task<IActionResult> Edit(Guid id)
        => await db.EmulationStaff.AsNoTracking().FirstOrDefaultAsync(s => s.Id == id, HttpContext.RequestAborted) is { } member
            ? View(await FormAsync(id, SaveEmulationStaff.Command.From(member)))
            : NotFound();

    [HttpPost]
    public Task<IActionResult> Edit(Guid id, SaveEmulationStaff.Command command, [FromServices] IValidator<SaveEmulationStaff.Command> validator, [FromServices] SaveEmulationStaff.Handler handler)
        => SaveAsync(id, command, validator, handler);

    private async Task<EmulationStaffForm> FormAsync(Guid? id, SaveEmulationStaff.Command command)
        => new(id, command, await ListEmulationStaff.UnitsAsync(db, HttpContext.RequestAborted));

    private async Task<IActionResult> SaveAsync(Guid? id, SaveEmulationStaff.Command command, IValidator<SaveEmulationStaff.Command> validator, SaveEmulationStaff.Handler handler)
    {
        if (!await this.ValidateAsync(validator, command))
        {
            return View("Edit", await FormAsync(id, command));
        }

        SaveEmulationStaff.Result result;
        try
        {
            result = await handler.HandleAsync(id, command, HttpContext.RequestAborted);
        }
        catch (OrganisationRuleException rule)
        {
            ModelState.AddModelError(string.Empty, rule.Message);
            return View("Edit", await FormAsync(id, command));
        }

        if (result.NotFound)
        {
            return NotFound();
        }

        if (result.Problem is { } problem)
        {
            ModelState.AddModelError(nameof(command.UnitId), problem);
            return View("Edit", await FormAsync(id, command));
        }

        TempData["Notice"] = id is null ? "Đã thêm cán bộ làm công tác thi đua, khen thưởng." : "Đã lưu thay đổi.";
        return RedirectToAction(nameof(Edit), new { id = result.Id });
    }
}

public sealed record EmulationStaffForm(Guid? Id, SaveEmulationStaff.Command Command, IReadOnlyList<ListEmulationStaff.UnitOption> Units);
