using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using ThiDuaKhenThuong.Web.Authorization;
using ThiDuaKhenThuong.Web.Features.Shared;
using ThiDuaKhenThuong.Web.Features.Users;

namespace ThiDuaKhenThuong.Web.Features.Council;

/// <summary>The province's emulation and commendation council: terms and members (TenantAdmin). Another province's ids are 404.</summary>
[Authorize<ManageUsers>]
public sealed class CouncilController : Controller
{
    public sealed record MemberFormModel(SaveMember.Command Command, IReadOnlyList<UserForm.UnitOption> Units);

    [HttpGet]
    public async Task<IActionResult> Index([FromServices] TermDetails.Handler handler) => View(await handler.ListAsync(HttpContext.RequestAborted));

    [HttpGet]
    public async Task<IActionResult> Term(Guid id, [FromServices] TermDetails.Handler handler)
        => await handler.HandleAsync(id, HttpContext.RequestAborted) is { } model ? View(model) : NotFound();

    [HttpGet]
    public IActionResult CreateTerm() => View("TermForm", new SaveTerm.Command());

    [HttpGet]
    public async Task<IActionResult> EditTerm(Guid id, [FromServices] SaveTerm.Handler handler)
        => await handler.LoadAsync(id, HttpContext.RequestAborted) is { } command ? View("TermForm", command) : NotFound();

    [HttpPost]
    public Task<IActionResult> CreateTerm(SaveTerm.Command command, [FromServices] IValidator<SaveTerm.Command> validator, [FromServices] SaveTerm.Handler handler)
    {
        command.Id = null;
        return SaveTermAsync(command, validator, handler);
    }

    [HttpPost]
    public async Task<IActionResult> EditTerm(Guid id, SaveTerm.Command command, [FromServices] IValidator<SaveTerm.Command> validator, [FromServices] SaveTerm.Handler handler)
    {
        if (await handler.LoadAsync(id, HttpContext.RequestAborted) is null)
        {
            return NotFound();
        }

        command.Id = id;
        return await SaveTermAsync(command, validator, handler);
    }

    [HttpGet]
    public async Task<IActionResult> AddMember(Guid id, [FromServices] SaveMember.Handler handler, [FromServices] UserForm.Handler units)
        => await handler.TermExistsAsync(id, HttpContext.RequestAborted)
            ? View("MemberForm", new MemberFormModel(new SaveMember.Command { TermId = id }, await units.UnitsAsync(HttpContext.RequestAborted)))
            : NotFound();

    [HttpPost]
    public async Task<IActionResult> AddMember(Guid id, SaveMember.Command command, [FromServices] IValidator<SaveMember.Command> validator, [FromServices] SaveMember.Handler handler, [FromServices] UserForm.Handler units)
    {
        if (!await handler.TermExistsAsync(id, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        command.Id = null;
        command.TermId = id;
        return await SaveMemberAsync(command, validator, handler, units);
    }

    [HttpGet]
    public async Task<IActionResult> EditMember(Guid id, [FromServices] SaveMember.Handler handler, [FromServices] UserForm.Handler units)
        => await handler.LoadAsync(id, HttpContext.RequestAborted) is { } command
            ? View("MemberForm", new MemberFormModel(command, await units.UnitsAsync(HttpContext.RequestAborted)))
            : NotFound();

    [HttpPost]
    public async Task<IActionResult> EditMember(Guid id, SaveMember.Command command, [FromServices] IValidator<SaveMember.Command> validator, [FromServices] SaveMember.Handler handler, [FromServices] UserForm.Handler units)
    {
        if (await handler.LoadAsync(id, HttpContext.RequestAborted) is not { } current)
        {
            return NotFound();
        }

        command.Id = id;
        command.TermId = current.TermId;
        return await SaveMemberAsync(command, validator, handler, units);
    }

    private async Task<IActionResult> SaveTermAsync(SaveTerm.Command command, IValidator<SaveTerm.Command> validator, SaveTerm.Handler handler)
    {
        if (!await this.ValidateAsync(validator, command))
        {
            return View("TermForm", command);
        }

        var id = await handler.HandleAsync(command, HttpContext.RequestAborted);
        if (id is null)
        {
            return NotFound();
        }

        TempData["Notice"] = "Đã lưu nhiệm kỳ.";
        return RedirectToAction(nameof(Term), new { id });
    }

    private async Task<IActionResult> SaveMemberAsync(SaveMember.Command command, IValidator<SaveMember.Command> validator, SaveMember.Handler handler, UserForm.Handler units)
    {
        if (await this.ValidateAsync(validator, command))
        {
            var result = await handler.HandleAsync(command, HttpContext.RequestAborted);
            if (!result.Found)
            {
                return NotFound();
            }

            TempData["Notice"] = "Đã lưu thành viên Hội đồng." + (result.Warning is null ? string.Empty : " " + result.Warning);
            return RedirectToAction(nameof(Term), new { id = command.TermId });
        }

        return View("MemberForm", new MemberFormModel(command, await units.UnitsAsync(HttpContext.RequestAborted)));
    }
}
