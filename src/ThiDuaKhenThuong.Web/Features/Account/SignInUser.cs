using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Infrastructure.Identity;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Account;

public static class SignInUser
{
    public const string InvalidMessage = "Tên đăng nhập hoặc mật khẩu không đúng.";
    public const string LockedMessage = "Tài khoản tạm thời bị khóa do nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau 15 phút.";
    public const string DisabledMessage = "Tài khoản đã bị vô hiệu hóa. Vui lòng liên hệ quản trị của tỉnh.";
    public const string SuspendedMessage = "Tỉnh của tài khoản này đang tạm ngừng sử dụng hệ thống.";

    public sealed class Command
    {
        [Display(Name = "Tên đăng nhập")]
        public string UserName { get; set; } = string.Empty;

        [Display(Name = "Mật khẩu")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = string.Empty;

        public string? ReturnUrl { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.UserName).NotEmpty().WithMessage("Vui lòng nhập tên đăng nhập.").MaximumLength(256).WithMessage("Tên đăng nhập quá dài.");
            RuleFor(c => c.Password).NotEmpty().WithMessage("Vui lòng nhập mật khẩu.").MaximumLength(PasswordPolicy.MaxLength).WithMessage("Mật khẩu quá dài.");
        }
    }

    public enum Outcome
    {
        Success,
        Invalid,
        LockedOut,
        Disabled,
        TenantSuspended,
        Throttled,

        /// <summary>The password was right; the authenticator code comes next.</summary>
        RequiresTwoFactor,
    }

    public sealed class Handler(
        PortalSignInManager signIn,
        AppDbContext db,
        IPasswordHasher<AppUser> hasher,
        AccountThrottle throttle,
        ILogger<Handler> logger)
    {
        private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<AppUser>().HashPassword(new AppUser(), Guid.NewGuid().ToString()));

        public async Task<Outcome> HandleAsync(Command command)
        {
            if (!throttle.TryAcquire(command.UserName))
            {
                logger.LogWarning("Quá nhiều lần đăng nhập vào tài khoản {UserName}", command.UserName);
                return Outcome.Throttled;
            }

            var user = await signIn.UserManager.FindByNameAsync(command.UserName.Trim());
            if (user is null)
            {
                // Spend the same time as a real check, so the answer does not reveal whether the account exists.
                hasher.VerifyHashedPassword(new AppUser(), DummyHash.Value, command.Password);
                logger.LogWarning("Đăng nhập sai: tài khoản {UserName} không tồn tại", command.UserName);
                return Outcome.Invalid;
            }

            var result = await signIn.CheckPasswordSignInAsync(user, command.Password, lockoutOnFailure: true);
            if (result.IsLockedOut)
            {
                logger.LogWarning("Đăng nhập vào tài khoản đang bị khóa {UserId}", user.Id);
                return Outcome.LockedOut;
            }

            if (!result.Succeeded)
            {
                logger.LogWarning("Đăng nhập sai mật khẩu cho tài khoản {UserId}", user.Id);
                return Outcome.Invalid;
            }

            if (user.IsDisabled)
            {
                return Outcome.Disabled;
            }

            if (user.TenantId is { } tenantId && !await db.Tenants.AnyAsync(t => t.Id == tenantId && t.Status == Domain.Tenancy.TenantStatus.Active))
            {
                return Outcome.TenantSuspended;
            }

            var signedIn = await signIn.AfterPasswordAsync(user);
            if (signedIn.RequiresTwoFactor)
            {
                logger.LogInformation("Tài khoản {UserId} nhập đúng mật khẩu, chờ mã xác thực", user.Id);
                return Outcome.RequiresTwoFactor;
            }

            logger.LogInformation("Tài khoản {UserId} đã đăng nhập", user.Id);
            return Outcome.Success;
        }
    }
}
