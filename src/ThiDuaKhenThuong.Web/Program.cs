using Serilog;
using ThiDuaKhenThuong.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddPortalLogging();

var command = PortalCommands.Parse(args);
var configurationProblem = StartupChecks.Find(builder.Configuration, builder.Environment);
if (configurationProblem is not null)
{
    Log.Fatal("{Problem}", configurationProblem);
    await Log.CloseAndFlushAsync();
    return 1;
}

builder.AddPortalServices();
var app = builder.Build();

if (command is not null)
{
    return await PortalCommands.RunAsync(app, command, args);
}

app.UsePortalPipeline();
await app.RunAsync();
return 0;

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
