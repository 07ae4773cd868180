namespace ThiDuaKhenThuong.Web.Hosting;

internal static class FeatureHandlers
{
    /// <summary>Registers every use case's nested <c>Handler</c> class (Features/*/*.cs) as a scoped service.</summary>
    public static IServiceCollection AddFeatureHandlers(this IServiceCollection services)
    {
        foreach (var type in typeof(FeatureHandlers).Assembly.GetTypes().Where(t => t is { IsNested: true, IsAbstract: false, Name: "Handler" }))
        {
            services.AddScoped(type);
        }

        return services;
    }
}
