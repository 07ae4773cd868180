using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using ThiDuaKhenThuong.Web.Authorization;
using ThiDuaKhenThuong.Web.Features.Shared;

namespace ThiDuaKhenThuong.Web.Features.EmulationGroups;

/// <summary>Clusters and blocks per year (TenantAdmin): list, page, create/edit, members, leader and deputy, copy forward.</summary>
[Authorize<ManageOrganisation>]
public sealed class EmulationGroupsController(GroupDetails.Handler details) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index(int? year, [FromServices] ListGroups.Handler handler)
        => View(await handler.HandleAsync(year, HttpContext.RequestAborted));

    [HttpGet]
    public async Task<IActionResult> Details(Guid id)
        => await details.HandleAsync(id, HttpContext.RequestAborted) is { } model ? View(model) : NotFound();

    [HttpGet]
    public IActionResult Create(int? year) => View("Edit", new SaveGroup.Command { Year = year });

    [HttpPost]
    public Task<IActionResult> Create(SaveGroup.Command form, [FromServices] IValidator<SaveGroup.Command> validator, [FromServices] SaveGroup.Handler handler)
    {
        form.Id = null;
        return SaveAsync(form, validator, handler, "Đã thêm cụm, khối thi đua.");
    }

    [HttpGet]
    public async Task<IActionResult> Edit(Guid id, [FromServices] SaveGroup.Handler handler)
        => await handler.LoadAsync(id, HttpContext.RequestAborted) is { } form ? View(form) : NotFound();

    [HttpPost]
    public async Task<IActionResult> Edit(Guid id, SaveGroup.Command form, [FromServices] IValidator<SaveGroup.Command> validator, [FromServices] SaveGroup.Handler handler)
    {
        if (await handler.LoadAsync(id, HttpContext.RequestAborted) is not { } saved)
        {
            return NotFound();
        }

        form.Id = id;
        form.Year = saved.Year;
        return await SaveAsync(form, validator, handler, "Đã lưu cụm, khối thi đua.");
    }

    [HttpPost]
    public async Task<IActionResult> AddMember(GroupForms.AddMember form, [FromServices] IValidator<GroupForms.AddMember> validator, [FromServices] ChangeGroup.Handler handler)
        => await ChangeAsync(form.Id, await this.ValidateAsync(validator, form) ? await handler.AddMemberAsync(form, HttpContext.RequestAborted) : [],
            "Đã thêm thành viên.", m => m.AddMember = form);

    [HttpPost]
    public async Task<IActionResult> CloseMember(GroupForms.CloseMember form, [FromServices] IValidator<GroupForms.CloseMember> validator, [FromServices] ChangeGroup.Handler handler)
        => await ChangeAsync(form.Id, await this.ValidateAsync(validator, form) ? await handler.CloseMemberAsync(form, HttpContext.RequestAborted) : [],
            "Đã ghi nhận đơn vị thôi là thành viên.", _ => { });

    [HttpPost]
    public async Task<IActionResult> AssignDuty(GroupForms.AssignDuty form, [FromServices] IValidator<GroupForms.AssignDuty> validator, [FromServices] ChangeGroup.Handler handler)
        => await ChangeAsync(form.Id, await this.ValidateAsync(validator, form) ? await handler.AssignDutyAsync(form, HttpContext.RequestAborted) : [],
            "Đã ghi nhận đơn vị trưởng, phó.", m => m.AssignDuty = form);

    [HttpPost]
    public async Task<IActionResult> EndDuty(GroupForms.EndDuty form, [FromServices] IValidator<GroupForms.EndDuty> validator, [FromServices] ChangeGroup.Handler handler)
        => await ChangeAsync(form.Id, await this.ValidateAsync(validator, form) ? await handler.EndDutyAsync(form, HttpContext.RequestAborted) : [],
            "Đã ghi nhận thôi nhiệm vụ.", _ => { });

    [HttpPost]
    public async Task<IActionResult> Copy(int year, [FromServices] CopyGroups.Handler handler, [FromServices] ListGroups.Handler list)
    {
        var result = await handler.HandleAsync(year, HttpContext.RequestAborted);
        if (result.Errors.Count == 0)
        {
            TempData["Notice"] = result.Notice;
            return Redirect($"/EmulationGroups?year={year + 1}");
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(string.Empty, error);
        }

        return View("Index", await list.HandleAsync(year, HttpContext.RequestAborted));
    }

    private async Task<IActionResult> SaveAsync(SaveGroup.Command form, IValidator<SaveGroup.Command> validator, SaveGroup.Handler handler, string notice)
    {
        if (await this.ValidateAsync(validator, form))
        {
            var (id, errors) = await handler.HandleAsync(form, HttpContext.RequestAborted);
            if (id is null)
            {
                return NotFound();
            }

            if (errors.Count == 0)
            {
                TempData["Notice"] = notice;
                return Redirect("/EmulationGroups/Details/" + id);
            }

            foreach (var error in errors)
            {
                ModelState.AddModelError(string.Empty, error);
            }
        }

        return View("Edit", form);
    }

    /// <summary>Post/Redirect/Get when saved; otherwise the group's page again, with the reasons and the typed values.</summary>
    private async Task<IActionResult> ChangeAsync(Guid id, IReadOnlyList<string>? errors, string notice, Action<GroupDetails.Model> keepInput)
    {
        if (errors is null || await details.HandleAsync(id, HttpContext.RequestAborted) is not { } model)
        {
            return NotFound();
        }

        if (errors.Count == 0 && ModelState.IsValid)
        {
            TempData["Notice"] = notice;
            return Redirect("/EmulationGroups/Details/" + id);
        }

        foreach (var error in errors)
        {
            ModelState.AddModelError(string.Empty, error);
        }

        keepInput(model);
        return View("Details", model);
    }
}
