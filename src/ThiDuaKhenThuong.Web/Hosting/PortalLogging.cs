using Serilog;
using Serilog.Formatting.Compact;

namespace ThiDuaKhenThuong.Web.Hosting;

internal static class PortalLogging
{
    /// <summary>Structured logs to the console: readable text in Development, compact JSON elsewhere.</summary>
    public static void AddPortalLogging(this WebApplicationBuilder builder)
    {
        var json = !builder.Environment.IsDevelopment();
        Log.Logger = Configure(new LoggerConfiguration(), json).CreateBootstrapLogger();
        builder.Services.AddSerilog((services, logger) =>
            Configure(logger.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services), json));
    }

    private static LoggerConfiguration Configure(LoggerConfiguration logger, bool json)
    {
        logger.Enrich.FromLogContext();
        return json
            ? logger.WriteTo.Console(new RenderedCompactJsonFormatter())
            : logger.WriteTo.Console(formatProvider: System.Globalization.CultureInfo.InvariantCulture);
    }
}
