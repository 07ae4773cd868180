using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Hosting;

internal static class StartupChecks
{
    /// <summary>A configuration problem that must stop the app before it serves anyone, in plain words; or null.</summary>
    public static string? Find(IConfiguration configuration, IWebHostEnvironment environment)
    {
        if (string.IsNullOrWhiteSpace(configuration.GetConnectionString(PersistenceSetup.AppConnectionName)))
        {
            return $"Chưa cấu hình cơ sở dữ liệu: đặt ConnectionStrings__{PersistenceSetup.AppConnectionName} " +
                   $"(môi trường {environment.EnvironmentName}; xem appsettings.Production.sample.json). " +
                   "The database connection string is missing: set ConnectionStrings__Default.";
        }

        return null;
    }
}
