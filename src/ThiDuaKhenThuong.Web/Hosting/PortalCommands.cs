using Microsoft.AspNetCore.Identity;
using Npgsql;
using ThiDuaKhenThuong.Infrastructure.Identity;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Seeding;

namespace ThiDuaKhenThuong.Web.Hosting;

/// <summary>
/// Operations run instead of serving: <c>init-db</c> (roles and database, needs ConnectionStrings:Admin),
/// <c>migrate</c> (as the owner role, then grants), <c>seed-demo</c> (Development only), <c>demo-accounts</c>,
/// <c>verify-history</c> (the workflow history chain of every province; exit code 3 when a chain is broken).
/// </summary>
internal static class PortalCommands
{
    private static readonly string[] Known = ["init-db", "migrate", "seed-demo", "demo-accounts", "verify-history"];

    public static string? Parse(string[] args) => args.FirstOrDefault(a => Known.Contains(a, StringComparer.Ordinal));

    public static async Task<int> RunAsync(WebApplication app, string command)
    {
        var configuration = app.Configuration;
        var logger = app.Logger;
        try
        {
            switch (command)
            {
                case "init-db":
                    await DatabaseBootstrap.EnsureRolesAndDatabaseAsync(
                        Required(configuration, "Admin"), Required(configuration, PersistenceSetup.OwnerConnectionName), Required(configuration, PersistenceSetup.AppConnectionName));
                    logger.LogInformation("Đã tạo vai trò và cơ sở dữ liệu.");
                    return 0;
                case "migrate":
                    var appRole = new NpgsqlConnectionStringBuilder(Required(configuration, PersistenceSetup.AppConnectionName)).Username
                        ?? throw new InvalidOperationException("ConnectionStrings:Default phải có Username.");
                    await DatabaseMigrator.MigrateAsync(Required(configuration, PersistenceSetup.OwnerConnectionName), appRole);
                    logger.LogInformation("Đã cập nhật cấu trúc cơ sở dữ liệu.");
                    return 0;
                case "seed-demo":
                    if (!app.Environment.IsDevelopment())
                    {
                        logger.LogError("Dữ liệu mẫu chỉ được nạp trong môi trường Development.");
                        return 2;
                    }

                    await using (var scope = app.Services.CreateAsyncScope())
                    {
                        await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync();
                    }

                    PrintDemoAccounts();
                    return 0;
                case "demo-accounts":
                    PrintDemoAccounts();
                    return 0;
                case "verify-history":
                    await using (var scope = app.Services.CreateAsyncScope())
                    {
                        return await WorkflowCommands.VerifyHistoryAsync(scope.ServiceProvider);
                    }

                default:
                    return 2;
            }
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or PostgresException)
        {
            logger.LogError(ex, "Lệnh {Command} không thành công: {Message}", command, ex.Message);
            return 1;
        }
    }

    private static string Required(IConfiguration configuration, string name)
        => configuration.GetConnectionString(name) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"Thiếu ConnectionStrings:{name} (biến môi trường ConnectionStrings__{name}).");

    private static void PrintDemoAccounts()
    {
        Console.WriteLine();
        Console.WriteLine("Tài khoản mẫu / demo accounts (mật khẩu / password: " + DemoAccounts.Password + ")");
        foreach (var account in DemoAccounts.All.Where(a => !a.Compact))
        {
            Console.WriteLine($"  {account.UserName,-16} {account.TenantCode ?? "(mọi tỉnh)",-10} {account.Role,-16} {Domain.Identity.Roles.Label(account.Role)}");
        }

        foreach (var series in DemoAccounts.All.Where(a => a.Compact).GroupBy(a => (a.TenantCode, a.Role)))
        {
            var names = series.Select(a => a.UserName).ToList();
            Console.WriteLine($"  {names[0]} … {names[^1]} {series.Key.TenantCode,-10} {series.Key.Role,-16} {Domain.Identity.Roles.Label(series.Key.Role)} ({names.Count} tài khoản, mỗi thành viên Hội đồng một tài khoản)");
        }

        Console.WriteLine();
    }
}
