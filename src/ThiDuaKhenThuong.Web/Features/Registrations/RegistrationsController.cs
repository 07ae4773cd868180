using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Web.Authorization;
using ThiDuaKhenThuong.Web.Features.Dossiers;
using ThiDuaKhenThuong.Web.Features.Shared;

namespace ThiDuaKhenThuong.Web.Features.Registrations;

/// <summary>Title registrations: a unit registers its own; the Standing Agency and leaders see the consolidation.</summary>
[Authorize<PlanningUser>]
public sealed class RegistrationsController(TimeProvider clock) : Controller
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private DossierViewer Viewer => DossierViewer.From(User);

    private bool IsUnitEditor => Viewer.Roles.Contains(Roles.UnitStaff) && Viewer.UnitId is not null;

    private int Year(int? year) => year ?? clock.GetLocalNow().Year;

    [HttpGet]
    public async Task<IActionResult> Index(int? year, [FromServices] UnitRegistrations.Handler handler)
    {
        if (Viewer.IsUnitUser && Viewer.UnitId is { } unitId)
        {
            return View(await handler.ReadAsync(unitId, Year(year), IsUnitEditor, null, HttpContext.RequestAborted));
        }

        return Viewer.IsProvinceUser ? RedirectToAction(nameof(Consolidated), new { year = Year(year) }) : NotFound();
    }

    [HttpPost]
    public async Task<IActionResult> Add(UnitRegistrations.AddCommand command, [FromServices] IValidator<UnitRegistrations.AddCommand> validator, [FromServices] UnitRegistrations.Handler handler)
    {
        if (!IsUnitEditor)
        {
            return NotFound();
        }

        var unitId = Viewer.UnitId!.Value;
        if (await this.ValidateAsync(validator, command))
        {
            var refusal = await handler.AddAsync(unitId, Viewer.UserId, command, HttpContext.RequestAborted);
            if (refusal is null)
            {
                TempData["Notice"] = "Đã đăng ký thi đua.";
                return RedirectToAction(nameof(Index), new { year = command.Year });
            }

            ModelState.AddModelError(string.Empty, refusal);
        }

        return View(nameof(Index), await handler.ReadAsync(unitId, Year(command.Year is > 0 ? command.Year : null), true, command, HttpContext.RequestAborted));
    }

    [HttpPost]
    public async Task<IActionResult> Remove(Guid id, int? year, [FromServices] UnitRegistrations.Handler handler)
    {
        if (!IsUnitEditor || !await handler.RemoveAsync(Viewer.UnitId!.Value, id, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        TempData["Notice"] = "Đã xóa đăng ký.";
        return RedirectToAction(nameof(Index), new { year });
    }

    [HttpGet]
    public IActionResult Template() => File(ImportRegistrations.Template(), Xlsx, "mau-dang-ky-thi-dua.xlsx");

    [HttpGet]
    public IActionResult Import(int? year)
        => IsUnitEditor ? View(new ImportRegistrations.Model(Year(year), null, [], 0)) : NotFound();

    [HttpPost]
    [ActionName("Import")]
    [RequestSizeLimit(ImportRegistrations.MaxBytes + (1024 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = ImportRegistrations.MaxBytes + (1024 * 1024))]
    public async Task<IActionResult> ImportPost(int? year, IFormFile? file, [FromServices] ImportRegistrations.Handler handler)
    {
        if (!IsUnitEditor)
        {
            return NotFound();
        }

        var y = Year(year);
        if (Math.Abs(y - clock.GetLocalNow().Year) > 1)
        {
            return View("Import", new ImportRegistrations.Model(clock.GetLocalNow().Year, "Năm đăng ký phải là năm trước, năm nay hoặc năm sau.", [], 0));
        }

        if (file is null || file.Length == 0)
        {
            return View("Import", new ImportRegistrations.Model(y, "Vui lòng chọn tệp Excel (.xlsx) có dữ liệu.", [], 0));
        }

        if (file.Length > ImportRegistrations.MaxBytes)
        {
            return View("Import", new ImportRegistrations.Model(y, "Tệp lớn hơn 5 MB; vui lòng chia thành nhiều tệp.", [], 0));
        }

        await using var stream = file.OpenReadStream();
        return View("Import", await handler.HandleAsync(Viewer.UnitId!.Value, Viewer.UserId, y, stream, HttpContext.RequestAborted));
    }

    [HttpGet]
    public async Task<IActionResult> Consolidated(int? year, [FromServices] ConsolidateRegistrations.Handler handler)
        => Viewer.IsProvinceUser ? View(await handler.HandleAsync(Year(year), HttpContext.RequestAborted)) : NotFound();

    [HttpGet]
    public async Task<IActionResult> Export(int? year, [FromServices] ConsolidateRegistrations.Handler handler)
        => Viewer.IsProvinceUser
            ? File(await handler.ExportAsync(Year(year), HttpContext.RequestAborted), Xlsx, $"tong-hop-dang-ky-thi-dua-{Year(year)}.xlsx")
            : NotFound();
}
