using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using ThiDuaKhenThuong.Web.Authorization;
using ThiDuaKhenThuong.Web.Features.Shared;

namespace ThiDuaKhenThuong.Web.Features.Organisation;

/// <summary>
/// Adding units and restructuring them (TenantAdmin). Every operation is a form with an effective date, a decision
/// and a confirmation; on success the browser is sent to the unit's page, where the change shows in its history.
/// </summary>
[Authorize<ManageOrganisation>]
public sealed class OrganisationController : Controller
{
    [HttpGet]
    public async Task<IActionResult> CreateUnit([FromServices] CreateUnit.Handler handler)
    {
        var form = new CreateUnit.Command();
        await handler.PrepareAsync(form, HttpContext.RequestAborted);
        return View(form);
    }

    [HttpPost]
    public async Task<IActionResult> CreateUnit(CreateUnit.Command form, [FromServices] IValidator<CreateUnit.Command> validator, [FromServices] CreateUnit.Handler handler)
    {
        if (await this.ValidateAsync(validator, form) && Done(await handler.HandleAsync(form, HttpContext.RequestAborted)) is { } done)
        {
            return done;
        }

        await handler.PrepareAsync(form, HttpContext.RequestAborted);
        return View(form);
    }

    [HttpGet]
    public Task<IActionResult> Rename(RenameUnit.Command form, [FromServices] RenameUnit.Handler handler) => ShowAsync(form, handler);

    [HttpPost]
    public Task<IActionResult> Rename(RenameUnit.Command form, [FromServices] IValidator<RenameUnit.Command> validator, [FromServices] RenameUnit.Handler handler)
        => SubmitAsync(form, validator, handler);

    [HttpGet]
    public Task<IActionResult> Transfer(TransferUnit.Command form, [FromServices] TransferUnit.Handler handler) => ShowAsync(form, handler);

    [HttpPost]
    public Task<IActionResult> Transfer(TransferUnit.Command form, [FromServices] IValidator<TransferUnit.Command> validator, [FromServices] TransferUnit.Handler handler)
        => SubmitAsync(form, validator, handler);

    [HttpGet]
    public Task<IActionResult> Merge(MergeUnits.Command form, [FromServices] MergeUnits.Handler handler) => ShowAsync(form, handler);

    [HttpPost]
    public Task<IActionResult> Merge(MergeUnits.Command form, [FromServices] IValidator<MergeUnits.Command> validator, [FromServices] MergeUnits.Handler handler)
        => SubmitAsync(form, validator, handler);

    [HttpGet]
    public Task<IActionResult> Absorb(AbsorbUnit.Command form, [FromServices] AbsorbUnit.Handler handler) => ShowAsync(form, handler);

    [HttpPost]
    public Task<IActionResult> Absorb(AbsorbUnit.Command form, [FromServices] IValidator<AbsorbUnit.Command> validator, [FromServices] AbsorbUnit.Handler handler)
        => SubmitAsync(form, validator, handler);

    [HttpGet]
    public Task<IActionResult> Split(SplitUnit.Command form, [FromServices] SplitUnit.Handler handler) => ShowAsync(form, handler);

    [HttpPost]
    public Task<IActionResult> Split(SplitUnit.Command form, [FromServices] IValidator<SplitUnit.Command> validator, [FromServices] SplitUnit.Handler handler)
        => SubmitAsync(form, validator, handler);

    [HttpGet]
    public Task<IActionResult> Abolish(AbolishUnit.Command form, [FromServices] AbolishUnit.Handler handler) => ShowAsync(form, handler);

    [HttpPost]
    public Task<IActionResult> Abolish(AbolishUnit.Command form, [FromServices] IValidator<AbolishUnit.Command> validator, [FromServices] AbolishUnit.Handler handler)
        => SubmitAsync(form, validator, handler);

    /// <summary>The empty form; only the route id is taken from the request (a GET changes nothing).</summary>
    private async Task<IActionResult> ShowAsync<TForm>(TForm form, IOrganisationOperation<TForm> handler)
        where TForm : OperationForm
    {
        ModelState.Clear();
        return await handler.PrepareAsync(form, HttpContext.RequestAborted) ? View(form) : NotFound();
    }

    private async Task<IActionResult> SubmitAsync<TForm>(TForm form, IValidator<TForm> validator, IOrganisationOperation<TForm> handler)
        where TForm : OperationForm
    {
        if (!await handler.PrepareAsync(form, HttpContext.RequestAborted))
        {
            return NotFound();
        }

        if (await this.ValidateAsync(validator, form) && Done(await handler.HandleAsync(form, HttpContext.RequestAborted)) is { } done)
        {
            return done;
        }

        return View(form);
    }

    /// <summary>Post/Redirect/Get on success; otherwise the errors join ModelState and the form is shown again.</summary>
    private RedirectResult? Done(OperationResult result)
    {
        if (result.Succeeded)
        {
            TempData["Notice"] = result.Notice;
            return Redirect("/Units/Details/" + result.UnitId);
        }

        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(string.Empty, error);
        }

        return null;
    }
}
