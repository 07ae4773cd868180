using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using ThiDuaKhenThuong.Infrastructure.Workflow;
using ThiDuaKhenThuong.Web.Authorization;
using ThiDuaKhenThuong.Web.Features.Shared;

namespace ThiDuaKhenThuong.Web.Features.Workflow;

/// <summary>The province's workflow definitions (as diagrams), an instance's state and history, and the chain verifier.</summary>
[Authorize<TenantMember>]
public sealed class WorkflowController : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index([FromServices] ListDefinitions.Handler handler)
        => View(await handler.HandleAsync(HttpContext.RequestAborted));

    [HttpGet]
    public async Task<IActionResult> Definition(Guid id, [FromServices] DefinitionDetails.Handler handler)
        => await handler.HandleAsync(id, HttpContext.RequestAborted) is { } model ? View(model) : NotFound();

    [HttpGet]
    public async Task<IActionResult> Instance(Guid id, [FromServices] InstanceDetails.Handler handler)
        => WorkflowActorFactory.From(User) is { } actor && await handler.HandleAsync(id, actor, HttpContext.RequestAborted) is { } model
            ? View(model)
            : NotFound();

    [HttpPost]
    public async Task<IActionResult> Apply(
        ApplyTransition.Command command,
        [FromServices] IValidator<ApplyTransition.Command> validator,
        [FromServices] ApplyTransition.Handler handler,
        [FromServices] InstanceDetails.Handler details)
    {
        var actor = WorkflowActorFactory.From(User);
        if (actor is null || await details.HandleAsync(command.InstanceId, actor, HttpContext.RequestAborted) is not { } page)
        {
            return NotFound();
        }

        string? error;
        if (!await this.ValidateAsync(validator, command))
        {
            error = string.Join(" ", ModelState.Values.SelectMany(v => v.Errors).Select(e => e.ErrorMessage));
        }
        else
        {
            var outcome = await handler.HandleAsync(command, actor, HttpContext.Connection.RemoteIpAddress?.ToString(), HttpContext.RequestAborted);
            if (outcome.Status == WorkflowOutcomeStatus.NotFound)
            {
                return NotFound();
            }

            if (outcome.Succeeded)
            {
                TempData["Notice"] = "Đã thực hiện thao tác.";
                return RedirectToAction(nameof(Instance), new { id = command.InstanceId });
            }

            error = outcome.RefusalReason;
        }

        return View(nameof(Instance), page with { Error = error, Comment = command.Comment });
    }

    [HttpGet]
    [Authorize<VerifyHistory>]
    public async Task<IActionResult> Verify([FromServices] VerifyHistoryChain.Handler handler)
        => View(await handler.HandleAsync(HttpContext.RequestAborted));
}
