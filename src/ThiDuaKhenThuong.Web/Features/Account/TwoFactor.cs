using FluentValidation;
using Microsoft.AspNetCore.Identity;
using QRCoder;
using ThiDuaKhenThuong.Infrastructure.Identity;

namespace ThiDuaKhenThuong.Web.Features.Account;

/// <summary>Two-step sign-in with an authenticator app: the code step after the password, and setting it up.</summary>
public static class TwoFactor
{
    public const string WrongCodeMessage = "Mã xác thực không đúng, đã hết hạn hoặc đã được dùng. Vui lòng nhập mã mới trên ứng dụng xác thực.";
    public const string ExpiredStepMessage = "Phiên đăng nhập đã hết hạn. Vui lòng nhập lại tên đăng nhập và mật khẩu.";

    public sealed class Command
    {
        public string Code { get; set; } = string.Empty;

        public string? ReturnUrl { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Code).NotEmpty().WithMessage("Vui lòng nhập mã xác thực 6 chữ số.")
                .MaximumLength(20).WithMessage("Mã xác thực gồm 6 chữ số.");
        }
    }

    /// <summary>What the setup page shows: the key to type, the QR code to scan, and whether it is already on.</summary>
    public sealed record SetupModel(string GroupedKey, string QrImage, bool IsEnabled, bool IsRequired, Command Command);

    public sealed class Handler(PortalSignInManager signIn, TwoFactorRequirement requirement)
    {
        private UserManager<AppUser> Users => signIn.UserManager;

        public bool IsRequired(System.Security.Claims.ClaimsPrincipal principal) => requirement.AppliesTo(principal);

        /// <summary>Null when the code step was not reached or has expired (5 minutes after the password).</summary>
        public async Task<AppUser?> PendingUserAsync() => await signIn.GetTwoFactorAuthenticationUserAsync();

        public async Task<SignInResult> SignInAsync(Command command) =>
            await signIn.TwoFactorAuthenticatorSignInAsync(command.Code, isPersistent: false, rememberClient: false);

        public async Task<SetupModel?> SetupAsync(System.Security.Claims.ClaimsPrincipal principal, Command? command = null)
        {
            var user = await Users.GetUserAsync(principal);
            if (user is null)
            {
                return null;
            }

            var key = await Users.GetAuthenticatorKeyAsync(user);
            if (string.IsNullOrEmpty(key))
            {
                await Users.ResetAuthenticatorKeyAsync(user);
                key = (await Users.GetAuthenticatorKeyAsync(user))!;

                // A new key renews the account's security stamp: renew this session with it.
                await signIn.RefreshSignInAsync(user);
            }

            using var generator = new QRCodeGenerator();
            using var data = generator.CreateQrCode(TotpAuthenticator.Uri(user.UserName ?? user.Id.ToString(), key), QRCodeGenerator.ECCLevel.M);
            var png = "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(5));
            return new SetupModel(TotpAuthenticator.Grouped(key), png, user.TwoFactorEnabled, requirement.AppliesTo(principal), command ?? new Command());
        }

        /// <summary>Turns two-step sign-in on once a first code from the app is right; the session is renewed with it.</summary>
        public async Task<bool> EnableAsync(System.Security.Claims.ClaimsPrincipal principal, Command command)
        {
            var user = await Users.GetUserAsync(principal);
            if (user is null || !await Users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, command.Code))
            {
                return false;
            }

            await Users.SetTwoFactorEnabledAsync(user, true);
            await signIn.RefreshSignInAsync(user);
            return true;
        }

        /// <summary>Turns it off (only where no role requires it), with a current code as proof; a new key is made.</summary>
        public async Task<bool> DisableAsync(System.Security.Claims.ClaimsPrincipal principal, Command command)
        {
            var user = await Users.GetUserAsync(principal);
            if (user is null || requirement.AppliesTo(principal)
                || !await Users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, command.Code))
            {
                return false;
            }

            await Users.SetTwoFactorEnabledAsync(user, false);
            await Users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            return true;
        }
    }
}
