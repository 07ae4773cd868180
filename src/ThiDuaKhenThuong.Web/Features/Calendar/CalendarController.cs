using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using ThiDuaKhenThuong.Infrastructure.Workflow;
using ThiDuaKhenThuong.Web.Authorization;
using ThiDuaKhenThuong.Web.Features.Shared;

namespace ThiDuaKhenThuong.Web.Features.Calendar;

/// <summary>The province's working-day calendar: holidays and compensatory working days, which deadlines count with.</summary>
[Authorize<ManageCalendar>]
public sealed class CalendarController(TimeProvider clock) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(int? year, [FromServices] CalendarPage.Handler handler)
        => View(await handler.HandleAsync(year ?? clock.GetUtcNow().ToOffset(TimeSpan.FromHours(7)).Year, null, HttpContext.RequestAborted));

    [HttpPost]
    public async Task<IActionResult> Add(
        AddCalendarDay.Command command,
        [FromServices] IValidator<AddCalendarDay.Command> validator,
        [FromServices] AddCalendarDay.Handler handler,
        [FromServices] CalendarPage.Handler page)
    {
        if (await this.ValidateAsync(validator, command))
        {
            var error = await handler.HandleAsync(command, HttpContext.RequestAborted);
            if (error is null)
            {
                TempData["Notice"] = $"Đã thêm ngày {command.ParsedDate!.Value:dd/MM/yyyy} vào lịch.";
                return RedirectToAction(nameof(Index), new { year = command.ParsedDate!.Value.Year });
            }

            ModelState.AddModelError(nameof(command.Date), error);
        }

        var year = command.ParsedDate?.Year ?? clock.GetUtcNow().Year;
        return View(nameof(Index), await page.HandleAsync(year, command, HttpContext.RequestAborted));
    }

    [HttpPost]
    public async Task<IActionResult> Remove(string date, [FromServices] WorkingCalendars calendars)
    {
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            || !await calendars.RemoveAsync(day, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        TempData["Notice"] = $"Đã xóa ngày {day:dd/MM/yyyy} khỏi lịch.";
        return RedirectToAction(nameof(Index), new { year = day.Year });
    }
}
