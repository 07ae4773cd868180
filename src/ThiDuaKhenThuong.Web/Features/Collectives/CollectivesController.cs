using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Authorization;
using ThiDuaKhenThuong.Web.Features.People;
using ThiDuaKhenThuong.Web.Features.Shared;

namespace ThiDuaKhenThuong.Web.Features.Collectives;

/// <summary>Collectives, households and enterprises with their award history. Editors are limited by <see cref="PeopleScope"/>, as for people.</summary>
[Authorize<TenantMember>]
public sealed class CollectivesController : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] ListCollectives.Query query, [FromServices] ListCollectives.Handler handler)
        => View(await handler.HandleAsync(query, HttpContext.RequestAborted));

    [HttpGet]
    public async Task<IActionResult> Details(Guid id, [FromServices] ListCollectives.Handler handler)
        => await handler.DetailsAsync(id, User, HttpContext.RequestAborted) is { } model ? View(model) : NotFound();

    [HttpGet]
    [Authorize<EditPeople>]
    public async Task<IActionResult> Create([FromServices] AppDbContext db)
        => await FormAsync(new SaveCollective.Command { UnitId = PeopleScope.OwnUnitOnly(User) ?? Guid.Empty }, db);

    [HttpGet]
    [Authorize<EditPeople>]
    public async Task<IActionResult> Edit(Guid id, [FromServices] AppDbContext db)
    {
        var collective = await db.Collectives.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, HttpContext.RequestAborted);
        return collective is null || !PeopleScope.CanEdit(User, collective.UnitId) ? NotFound() : await FormAsync(SaveCollective.Command.From(collective), db);
    }

    [HttpPost]
    [Authorize<EditPeople>]
    public async Task<IActionResult> Save(
        SaveCollective.Command command, [FromServices] IValidator<SaveCollective.Command> validator, [FromServices] SaveCollective.Handler handler, [FromServices] AppDbContext db)
    {
        if (await this.ValidateAsync(validator, command))
        {
            var result = await handler.HandleAsync(command, User, HttpContext.RequestAborted);
            if (result.NotFound)
            {
                return NotFound();
            }

            if (result.Id is { } id)
            {
                TempData["Notice"] = command.Id is null ? "Đã thêm tập thể." : "Đã lưu thông tin tập thể.";
                return RedirectToAction(nameof(Details), new { id });
            }

            ModelState.AddModelError(string.Empty, result.Error!);
        }

        return await FormAsync(command, db);
    }

    [HttpPost]
    [Authorize<EditPeople>]
    public async Task<IActionResult> AddAward(
        CollectiveAwards.Command command, [FromServices] IValidator<CollectiveAwards.Command> validator, [FromServices] CollectiveAwards.Handler handler)
    {
        if (!await this.ValidateAsync(validator, command))
        {
            TempData["Error"] = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
            return RedirectToAction(nameof(Details), new { id = command.CollectiveId });
        }

        if (!await handler.AddAsync(command, User, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        TempData["Notice"] = "Đã thêm khen thưởng vào quá trình khen thưởng.";
        return RedirectToAction(nameof(Details), new { id = command.CollectiveId });
    }

    [HttpPost]
    [Authorize<EditPeople>]
    public async Task<IActionResult> RemoveAward(Guid id, Guid entryId, [FromServices] CollectiveAwards.Handler handler)
    {
        if (!await handler.RemoveAsync(id, entryId, User, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        TempData["Notice"] = "Đã xóa khen thưởng khỏi quá trình khen thưởng.";
        return RedirectToAction(nameof(Details), new { id });
    }

    private async Task<IActionResult> FormAsync(SaveCollective.Command command, AppDbContext db)
    {
        var own = PeopleScope.OwnUnitOnly(User);
        ViewData["Units"] = await db.Units.AsNoTracking().Where(u => own == null || u.Id == own)
            .OrderBy(u => u.Name).Select(u => new ListPeople.UnitOption(u.Id, u.Name)).ToListAsync(HttpContext.RequestAborted);
        return View("Edit", command);
    }
}
