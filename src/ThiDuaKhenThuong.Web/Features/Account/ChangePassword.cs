using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using ThiDuaKhenThuong.Infrastructure.Identity;

namespace ThiDuaKhenThuong.Web.Features.Account;

public static class ChangePassword
{
    public sealed class Command
    {
        [Display(Name = "Mật khẩu hiện tại")]
        [DataType(DataType.Password)]
        public string CurrentPassword { get; set; } = string.Empty;

        [Display(Name = "Mật khẩu mới")]
        [DataType(DataType.Password)]
        public string NewPassword { get; set; } = string.Empty;

        [Display(Name = "Nhập lại mật khẩu mới")]
        [DataType(DataType.Password)]
        public string ConfirmPassword { get; set; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.CurrentPassword).NotEmpty().WithMessage("Vui lòng nhập mật khẩu hiện tại.");
            RuleFor(c => c.NewPassword)
                .NotEmpty().WithMessage("Vui lòng nhập mật khẩu mới.")
                .Length(PasswordPolicy.MinLength, PasswordPolicy.MaxLength)
                .WithMessage($"Mật khẩu mới phải dài từ {PasswordPolicy.MinLength} đến {PasswordPolicy.MaxLength} ký tự.");
            RuleFor(c => c.ConfirmPassword).Equal(c => c.NewPassword).WithMessage("Mật khẩu nhập lại không khớp.");
        }
    }

    /// <summary>Changes the password, ends every other session of the account, and signs this browser in again.</summary>
    public sealed class Handler(SignInManager<AppUser> signIn, SessionRevoker sessions, ILogger<Handler> logger)
    {
        public async Task<IReadOnlyList<string>> HandleAsync(System.Security.Claims.ClaimsPrincipal principal, Command command)
        {
            var users = signIn.UserManager;
            var user = await users.GetUserAsync(principal);
            if (user is null)
            {
                return ["Không tìm thấy tài khoản."];
            }

            if (!await users.CheckPasswordAsync(user, command.CurrentPassword))
            {
                await users.AccessFailedAsync(user);
                return ["Mật khẩu hiện tại không đúng."];
            }

            var result = await users.ChangePasswordAsync(user, command.CurrentPassword, command.NewPassword);
            if (!result.Succeeded)
            {
                return result.Errors.Select(e => e.Description).ToList();
            }

            await sessions.RevokeAllAsync(user.Id);
            signIn.Context.Items[DbTicketStore.ReissueItem] = true;
            await signIn.SignInAsync(user, isPersistent: false);
            logger.LogInformation("Tài khoản {UserId} đã đổi mật khẩu; các phiên khác đã bị đóng", user.Id);
            return [];
        }
    }
}
