using ThiDuaKhenThuong.Infrastructure.Identity;
using ThiDuaKhenThuong.Web.Features.Account;

namespace ThiDuaKhenThuong.Web.Hosting;

/// <summary>
/// An account whose role requires two-step sign-in (QUALITY: TenantAdmin, SystemAdmin, Leader, CouncilMember) and has
/// not set it up yet can do nothing but set it up or sign out: every other request is sent to the setup page.
/// </summary>
internal sealed class TwoFactorSetupMiddleware(RequestDelegate next, TwoFactorRequirement requirement)
{
    public const string SetupPath = "/Account/TwoFactorSetup";

    private static readonly string[] Allowed = [SetupPath, "/Account/Logout", "/Error", "/health"];

    public Task InvokeAsync(HttpContext context)
    {
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true
            && user.FindFirst(PortalClaimsFactory.TwoFactorClaim)?.Value != "on"
            && requirement.AppliesTo(user)
            && !Allowed.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
        {
            context.Response.StatusCode = StatusCodes.Status303SeeOther;
            context.Response.Headers.Location = SetupPath;
            return Task.CompletedTask;
        }

        return next(context);
    }
}
