using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ThiDuaKhenThuong.Infrastructure.Files;

public static class FilesSetup
{
    /// <summary>
    /// Evidence files go to <c>Files:Root</c> (default: <c>App_Data/files</c> under the content root, outside the web
    /// root). With <c>Files:Clamd:Host</c> set, every file is scanned by clamd and held back until it is clean.
    /// </summary>
    public static IServiceCollection AddPortalFiles(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var root = configuration["Files:Root"] is { Length: > 0 } configured
            ? Path.GetFullPath(configured, contentRoot)
            : Path.Combine(contentRoot, "App_Data", "files");
        services.AddSingleton<IFileStore>(new LocalFileStore(root));
        if (configuration["Files:Clamd:Host"] is { Length: > 0 } host)
        {
            services.AddSingleton<IFileScanner>(new ClamdFileScanner(host, configuration.GetValue("Files:Clamd:Port", 3310)));
        }
        else
        {
            services.AddSingleton<IFileScanner, NoFileScanner>();
        }

        return services;
    }
}
