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
    private static readonly string[] Known = ["init-db", "migrate", "seed-demo", "demo-accounts", "verify-history", "demo-totp"];

    public static string? Parse(string[] args) => args.FirstOrDefault(a => Known.Contains(a, StringComparer.Ordinal));

    public static async Task<int> RunAsync(WebApplication app, string command, string[] args)
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
                case "demo-totp":
                    return await DemoTotpAsync(app, args.SkipWhile(a => a != command).Skip(1).FirstOrDefault());
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

    /// <summary>Plays the phone of a demo account: prints the authenticator code of now (Development only).</summary>
    private static async Task<int> DemoTotpAsync(WebApplication app, string? userName)
    {
        if (!app.Environment.IsDevelopment() || string.IsNullOrWhiteSpace(userName))
        {
            app.Logger.LogError("Lệnh demo-totp <tài khoản> chỉ dùng trong môi trường Development.");
            return 2;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByNameAsync(userName);
        var key = user is null ? null : await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            Console.WriteLine($"{userName}: chưa cài đặt xác thực hai bước (đăng nhập để cài đặt) / two-step sign-in not set up yet.");
            return 1;
        }

        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow();
        Console.WriteLine($"{userName}: {TotpAuthenticator.CodeFor(key, now)} (còn {30 - (now.ToUnixTimeSeconds() % 30)} giây / seconds left)");
        return 0;
    }

    private static void PrintDemoAccounts()
    {
        Console.WriteLine();
        Console.WriteLine("Tài khoản mẫu / demo accounts (mật khẩu / password: " + DemoAccounts.Password + ")");
        foreach (var account in DemoAccounts.All)
        {
            Console.WriteLine($"  {account.UserName,-16} {account.TenantCode ?? "(mọi tỉnh)",-10} {account.Role,-16} {Domain.Identity.Roles.Label(account.Role)}");
        }

        Console.WriteLine("Lãnh đạo, thành viên Hội đồng và quản trị phải cài xác thực hai bước ở lần đăng nhập đầu (quét mã QR bằng ứng dụng xác thực);");
        Console.WriteLine("  không có điện thoại: deploy/local.sh totp <tài khoản> in mã hiện tại / no phone: that command prints the current code.");

        Console.WriteLine();
    }
}
