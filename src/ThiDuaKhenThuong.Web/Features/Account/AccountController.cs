using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using ThiDuaKhenThuong.Infrastructure.Identity;
using ThiDuaKhenThuong.Web.Features.Shared;
using ThiDuaKhenThuong.Web.Hosting;

namespace ThiDuaKhenThuong.Web.Features.Account;

public sealed class AccountController : Controller
{
    [AllowAnonymous]
    [HttpGet]
    public IActionResult Login(string? returnUrl)
        => User.Identity?.IsAuthenticated == true
            ? LocalRedirect(SafeReturnUrl(returnUrl))
            : View(new SignInUser.Command { ReturnUrl = returnUrl });

    [AllowAnonymous]
    [HttpPost]
    [EnableRateLimiting(SignInRateLimits.PolicyName)]
    public async Task<IActionResult> Login(SignInUser.Command command, [FromServices] IValidator<SignInUser.Command> validator, [FromServices] SignInUser.Handler handler)
    {
        if (!await this.ValidateAsync(validator, command))
        {
            return View(command);
        }

        var outcome = await handler.HandleAsync(command);
        switch (outcome)
        {
            case SignInUser.Outcome.Success:
                return LocalRedirect(SafeReturnUrl(command.ReturnUrl));
            case SignInUser.Outcome.RequiresTwoFactor:
                return RedirectToAction(nameof(TwoFactor), new { returnUrl = SafeReturnUrl(command.ReturnUrl) });
            case SignInUser.Outcome.Throttled:
                await TooManyAttempts.WriteAsync(Response, HttpContext.RequestAborted);
                return new EmptyResult();
            case SignInUser.Outcome.Invalid:
                ModelState.AddModelError(string.Empty, SignInUser.InvalidMessage);
                break;
            case SignInUser.Outcome.LockedOut:
                ModelState.AddModelError(string.Empty, SignInUser.LockedMessage);
                break;
            case SignInUser.Outcome.Disabled:
                ModelState.AddModelError(string.Empty, SignInUser.DisabledMessage);
                break;
            case SignInUser.Outcome.TenantSuspended:
                ModelState.AddModelError(string.Empty, SignInUser.SuspendedMessage);
                break;
        }

        command.Password = string.Empty;
        return View(command);
    }

    [AllowAnonymous]
    [HttpGet]
    public async Task<IActionResult> TwoFactor(string? returnUrl, [FromServices] TwoFactor.Handler handler)
    {
        if (await handler.PendingUserAsync() is null)
        {
            TempData["Problem"] = Account.TwoFactor.ExpiredStepMessage;
            return RedirectToAction(nameof(Login), new { returnUrl });
        }

        return View(new TwoFactor.Command { ReturnUrl = returnUrl });
    }

    [AllowAnonymous]
    [HttpPost]
    [EnableRateLimiting(SignInRateLimits.PolicyName)]
    public async Task<IActionResult> TwoFactor(TwoFactor.Command command, [FromServices] IValidator<TwoFactor.Command> validator, [FromServices] TwoFactor.Handler handler)
    {
        if (await handler.PendingUserAsync() is null)
        {
            TempData["Problem"] = Account.TwoFactor.ExpiredStepMessage;
            return RedirectToAction(nameof(Login), new { returnUrl = command.ReturnUrl });
        }

        if (await this.ValidateAsync(validator, command))
        {
            var result = await handler.SignInAsync(command);
            if (result.Succeeded)
            {
                return LocalRedirect(SafeReturnUrl(command.ReturnUrl));
            }

            ModelState.AddModelError(string.Empty, result.IsLockedOut ? SignInUser.LockedMessage : Account.TwoFactor.WrongCodeMessage);
        }

        command.Code = string.Empty;
        return View(command);
    }

    [HttpGet]
    public async Task<IActionResult> TwoFactorSetup([FromServices] TwoFactor.Handler handler)
        => await handler.SetupAsync(User) is { } model ? View(model) : NotFound();

    [HttpPost]
    public async Task<IActionResult> TwoFactorSetup(TwoFactor.Command command, [FromServices] IValidator<TwoFactor.Command> validator, [FromServices] TwoFactor.Handler handler)
    {
        if (await this.ValidateAsync(validator, command))
        {
            if (await handler.EnableAsync(User, command))
            {
                TempData["Notice"] = "Đã bật xác thực hai bước. Từ lần đăng nhập sau, hãy nhập mã trên ứng dụng xác thực sau mật khẩu.";
                return RedirectToAction("Index", "Home");
            }

            ModelState.AddModelError(string.Empty, Account.TwoFactor.WrongCodeMessage);
        }

        return await handler.SetupAsync(User, new TwoFactor.Command()) is { } model ? View(model) : NotFound();
    }

    [HttpPost]
    public async Task<IActionResult> TwoFactorDisable(TwoFactor.Command command, [FromServices] IValidator<TwoFactor.Command> validator, [FromServices] TwoFactor.Handler handler)
    {
        if (handler.IsRequired(User))
        {
            TempData["Problem"] = "Vai trò của tài khoản bắt buộc dùng xác thực hai bước, không thể tắt.";
        }
        else if (await this.ValidateAsync(validator, command) && await handler.DisableAsync(User, command))
        {
            TempData["Notice"] = "Đã tắt xác thực hai bước.";
        }
        else
        {
            TempData["Problem"] = Account.TwoFactor.WrongCodeMessage;
        }

        return RedirectToAction(nameof(TwoFactorSetup));
    }

    [HttpPost]
    public async Task<IActionResult> Logout([FromServices] SignInManager<AppUser> signIn)
    {
        await signIn.SignOutAsync();
        TempData["Notice"] = "Bạn đã đăng xuất.";
        return RedirectToAction(nameof(Login));
    }

    [HttpGet]
    public IActionResult ChangePassword() => View(new ChangePassword.Command());

    [HttpPost]
    public async Task<IActionResult> ChangePassword(ChangePassword.Command command, [FromServices] IValidator<ChangePassword.Command> validator, [FromServices] ChangePassword.Handler handler)
    {
        if (await this.ValidateAsync(validator, command))
        {
            var errors = await handler.HandleAsync(User, command);
            if (errors.Count == 0)
            {
                TempData["Notice"] = "Đã đổi mật khẩu. Các phiên đăng nhập khác của tài khoản đã được đóng.";
                return RedirectToAction("Index", "Home");
            }

            foreach (var error in errors)
            {
                ModelState.AddModelError(string.Empty, error);
            }
        }

        return View(new ChangePassword.Command());
    }

    [AllowAnonymous]
    [HttpGet]
    public IActionResult AccessDenied() => View();

    private string SafeReturnUrl(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl! : "/";
}
