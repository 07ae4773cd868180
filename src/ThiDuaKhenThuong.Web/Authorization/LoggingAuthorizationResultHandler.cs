using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace ThiDuaKhenThuong.Web.Authorization;

/// <summary>Logs every refused request (who, what, why) before the default handler challenges or forbids.</summary>
internal sealed class LoggingAuthorizationResultHandler(ILogger<LoggingAuthorizationResultHandler> logger) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler inner = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            logger.LogWarning(
                "Từ chối truy cập: người dùng {User} tới {Method} {Path}",
                context.User.Identity?.Name, context.Request.Method, context.Request.Path);
        }

        return inner.HandleAsync(next, context, policy, authorizeResult);
    }
}
