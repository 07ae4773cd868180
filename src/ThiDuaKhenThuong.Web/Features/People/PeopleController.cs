using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Infrastructure.People;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Authorization;
using ThiDuaKhenThuong.Web.Features.Shared;

namespace ThiDuaKhenThuong.Web.Features.People;

/// <summary>People who can be nominated and their award history. Every province user reads; editors are limited by <see cref="PeopleScope"/>.</summary>
[Authorize<TenantMember>]
public sealed class PeopleController : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] ListPeople.Query query, [FromServices] ListPeople.Handler handler)
        => View(await handler.HandleAsync(query, HttpContext.RequestAborted));

    [HttpGet]
    public async Task<IActionResult> Details(Guid id, [FromServices] PersonDetails.Handler handler)
        => await handler.HandleAsync(id, User, HttpContext.RequestAborted) is { } model ? View(model) : NotFound();

    [HttpGet]
    [Authorize<EditPeople>]
    public async Task<IActionResult> Create([FromServices] AppDbContext db)
        => await FormAsync(new SavePerson.Command { UnitId = PeopleScope.OwnUnitOnly(User) ?? Guid.Empty }, db);

    [HttpGet]
    [Authorize<EditPeople>]
    public async Task<IActionResult> Edit(Guid id, [FromServices] AppDbContext db)
    {
        var person = await db.People.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, HttpContext.RequestAborted);
        return person is null || !PeopleScope.CanEdit(User, person.UnitId) ? NotFound() : await FormAsync(SavePerson.Command.From(person), db);
    }

    [HttpPost]
    [Authorize<EditPeople>]
    public async Task<IActionResult> Save(SavePerson.Command command, [FromServices] IValidator<SavePerson.Command> validator, [FromServices] SavePerson.Handler handler, [FromServices] AppDbContext db)
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
                TempData["Notice"] = command.Id is null ? "Đã thêm cá nhân." : "Đã lưu thông tin cá nhân.";
                return RedirectToAction(nameof(Details), new { id });
            }

            ModelState.AddModelError(string.Empty, result.Error!);
        }

        return await FormAsync(command, db);
    }

    [HttpPost]
    [Authorize<EditPeople>]
    public async Task<IActionResult> AddAward(PersonAwards.Command command, [FromServices] IValidator<PersonAwards.Command> validator, [FromServices] PersonAwards.Handler handler)
    {
        if (!await this.ValidateAsync(validator, command))
        {
            TempData["Error"] = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
            return RedirectToAction(nameof(Details), new { id = command.PersonId });
        }

        if (!await handler.AddAsync(command, User, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        TempData["Notice"] = "Đã thêm khen thưởng vào quá trình khen thưởng.";
        return RedirectToAction(nameof(Details), new { id = command.PersonId });
    }

    [HttpPost]
    [Authorize<EditPeople>]
    public async Task<IActionResult> RemoveAward(Guid id, Guid entryId, [FromServices] PersonAwards.Handler handler)
    {
        if (!await handler.RemoveAsync(id, entryId, User, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        TempData["Notice"] = "Đã xóa khen thưởng khỏi quá trình khen thưởng.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet]
    [Authorize<EditPeople>]
    public IActionResult Import() => View(new ImportAwardHistory.Model(null, [], 0));

    [HttpGet]
    [Authorize<EditPeople>]
    public IActionResult Template()
        => File(AwardHistorySheet.Template(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "mau-nhap-qua-trinh-khen-thuong.xlsx");

    [HttpPost]
    [Authorize<EditPeople>]
    [RequestSizeLimit(AwardHistorySheet.MaxBytes + (64 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = AwardHistorySheet.MaxBytes + (64 * 1024))]
    public async Task<IActionResult> Import(IFormFile? file, [FromServices] ImportAwardHistory.Handler handler)
    {
        if (file is null || file.Length == 0)
        {
            return View(new ImportAwardHistory.Model("Vui lòng chọn tệp Excel (.xlsx) có dữ liệu.", [], 0));
        }

        if (file.Length > AwardHistorySheet.MaxBytes)
        {
            return View(new ImportAwardHistory.Model("Tệp lớn hơn 10 MB; vui lòng chia thành nhiều tệp.", [], 0));
        }

        await using var stream = file.OpenReadStream();
        return View(await handler.HandleAsync(stream, User, HttpContext.RequestAborted));
    }

    private async Task<IActionResult> FormAsync(SavePerson.Command command, AppDbContext db)
    {
        var own = PeopleScope.OwnUnitOnly(User);
        ViewData["Units"] = await db.Units.AsNoTracking().Where(u => own == null || u.Id == own)
            .OrderBy(u => u.Name).Select(u => new ListPeople.UnitOption(u.Id, u.Name)).ToListAsync(HttpContext.RequestAborted);
        return View("Edit", command);
    }
}
