using System.Diagnostics;
using System.Net;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Hosting;

[Collection(PortalCollection.Name)]
public sealed class HostingTests(PortalFixture fixture)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task HealthEndpoints_AnswerWithoutSignIn(string url)
    {
        using var client = fixture.Portal.CreatePortalClient();

        using var response = await client.GetAsync(url);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Pages_CarryTheSecurityHeaders()
    {
        using var client = fixture.Portal.CreatePortalClient();

        using var response = await client.GetAsync("/Account/Login");

        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("script-src 'self'");
        response.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("frame-ancestors 'none'");
        response.Headers.GetValues("X-Content-Type-Options").Single().ShouldBe("nosniff");
    }

    [Fact]
    public async Task PostWithoutAntiForgeryToken_IsRefusedWithAVietnameseMessage_AndNoStackTrace()
    {
        using var client = fixture.Portal.CreatePortalClient();
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "tb.canbo", ["Password"] = DemoAccounts.Password });

        using var response = await client.Http.PostAsync(new Uri("/Account/Login", UriKind.Relative), content);
        var text = PortalClient.Text(await response.Content.ReadAsStringAsync());

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        text.ShouldContain("Yêu cầu không hợp lệ");
        text.ShouldNotContain("Exception");
    }

    [Fact]
    public async Task UnknownPage_ShowsTheVietnameseNotFoundPage()
    {
        using var client = fixture.Portal.CreatePortalClient();
        await client.SignInOrFailAsync("tb.canbo", DemoAccounts.Password);

        using var response = await client.GetAsync("/Units/Details/khong-phai-ma");

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        PortalClient.Text(await response.Content.ReadAsStringAsync()).ShouldContain("Không tìm thấy trang hoặc dữ liệu bạn yêu cầu.");
    }

    [Fact]
    public async Task VietnameseText_IsWrittenAsText_NotAsEntities()
    {
        using var client = fixture.Portal.CreatePortalClient();

        var html = await client.GetStringAsync("/Account/Login");

        html.ShouldContain("Đăng nhập");
        html.ShouldNotContain("&#x");
    }

    [Fact]
    public async Task App_RefusesToStartInProduction_WithoutAConnectionString()
    {
        var dll = typeof(Program).Assembly.Location;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(dll)! };
        start.ArgumentList.Add(dll);
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        start.Environment.Remove("ConnectionStrings__Default");

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync() + await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        process.ExitCode.ShouldBe(1);
        output.ShouldContain("ConnectionStrings__Default");
    }
}
