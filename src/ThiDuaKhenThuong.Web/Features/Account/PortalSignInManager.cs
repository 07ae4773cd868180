using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Infrastructure.Identity;

namespace ThiDuaKhenThuong.Web.Features.Account;

/// <summary>Identity's sign-in, with the step after a checked password made public: full sign-in, or the code step.</summary>
public sealed class PortalSignInManager(
    UserManager<AppUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<AppUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<AppUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<AppUser> confirmation)
    : SignInManager<AppUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    /// <summary>The password was right: sign in, or — for an account with two-step sign-in — ask for the code next.</summary>
    public Task<SignInResult> AfterPasswordAsync(AppUser user) =>
        SignInOrTwoFactorAsync(user, isPersistent: false, loginProvider: null, bypassTwoFactor: false);
}

/// <summary>Configuration <c>Security:TwoFactorRequiredRoles</c>: the roles that must use two-step sign-in (comma-separated).</summary>
public sealed class TwoFactorRequirement
{
    public const string Section = "Security:TwoFactorRequiredRoles";

    public static readonly string[] DefaultRoles = [Roles.TenantAdmin, Roles.SystemAdmin, Roles.Leader, Roles.CouncilMember];

    public TwoFactorRequirement(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        RequiredRoles = configuration[Section] is { } configured
            ? configured.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : DefaultRoles;
    }

    public IReadOnlyList<string> RequiredRoles { get; }

    public bool AppliesTo(System.Security.Claims.ClaimsPrincipal user) => RequiredRoles.Any(user.IsInRole);
}
