using System.Threading.RateLimiting;

namespace ThiDuaKhenThuong.Web.Hosting;

/// <summary>
/// Sign-in attempts are limited per client address (here) and per account (<see cref="Features.Account.AccountThrottle"/>);
/// over the limit the answer is 429 with a Vietnamese message.
/// </summary>
internal static class SignInRateLimits
{
    public const string PolicyName = "sign-in";

    public static IServiceCollection AddSignInRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var perIp = configuration.GetValue("Security:SignInPerIpPerMinute", 30);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, token) =>
            {
                context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("SignIn")
                    .LogWarning("Quá nhiều lần đăng nhập từ {Address}", context.HttpContext.Connection.RemoteIpAddress);
                await TooManyAttempts.WriteAsync(context.HttpContext.Response, token);
            };
            o.AddPolicy(PolicyName, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = perIp, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
        services.AddSingleton(sp => new Features.Account.AccountThrottle(
            sp.GetRequiredService<TimeProvider>(), configuration.GetValue("Security:SignInPerAccountPerMinute", 10)));
        return services;
    }
}

internal static class TooManyAttempts
{
    public const string Message = "Bạn đã thử đăng nhập quá nhiều lần. Vui lòng đợi một phút rồi thử lại.";

    public static async Task WriteAsync(HttpResponse response, CancellationToken token)
    {
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        response.ContentType = "text/html; charset=utf-8";
        response.Headers.RetryAfter = "60";
        await response.WriteAsync(
            "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Quá nhiều lần thử</title>" +
            "<link rel=\"stylesheet\" href=\"/lib/bootstrap/dist/css/bootstrap.min.css\"></head><body class=\"container py-5\">" +
            $"<h1 class=\"h4\">Quá nhiều lần thử</h1><p>{Message}</p><p><a href=\"/Account/Login\">Quay lại trang đăng nhập</a></p></body></html>",
            token);
    }
}
