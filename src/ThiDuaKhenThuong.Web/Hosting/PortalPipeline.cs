using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Serilog;

namespace ThiDuaKhenThuong.Web.Hosting;

internal static class PortalPipeline
{
    public static void UsePortalPipeline(this WebApplication app)
    {
        app.UseForwardedHeaders();
        // No stack trace is ever shown: every environment gets the Vietnamese error page.
        app.UseExceptionHandler("/Error");
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/Error/{0}");
        app.UseMiddleware<SecurityHeadersMiddleware>();
        app.UseStaticFiles();
        app.UseSerilogRequestLogging(o =>
            o.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms");
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseMiddleware<TwoFactorSetupMiddleware>();
        app.UseAuthorization();

        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");
    }
}
