using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.Infrastructure.Tenancy;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Accounts;

/// <summary>Lookups and uploads shared by the account tests.</summary>
internal static partial class AccountsTestKit
{
    public static async Task<PortalClient> SignedInAsync(PortalFixture fixture, string userName, string password = DemoAccounts.Password)
    {
        var client = fixture.Portal.CreatePortalClient();
        await client.SignInOrFailAsync(userName, password);
        return client;
    }

    public static async Task<Guid> UnitIdAsync(PortalFixture fixture, string tenantCode, string unitCode)
    {
        var tenantId = await fixture.TenantIdAsync(tenantCode);
        return await fixture.Portal.WithScopeAsync(async sp =>
        {
            using (sp.GetRequiredService<ITenantContext>().Use(tenantId))
            {
                return await sp.GetRequiredService<AppDbContext>().Units.Where(u => u.Code == unitCode).Select(u => u.Id).FirstAsync();
            }
        });
    }

    /// <summary>An account read with its province set, or null when no such user name exists in that province.</summary>
    public static async Task<Infrastructure.Identity.AppUser?> FindUserAsync(PortalFixture fixture, string tenantCode, string userName)
    {
        var tenantId = await fixture.TenantIdAsync(tenantCode);
        return await fixture.Portal.WithScopeAsync(async sp =>
        {
            using (sp.GetRequiredService<ITenantContext>().Use(tenantId))
            {
                return await sp.GetRequiredService<AppDbContext>().Users.AsNoTracking().FirstOrDefaultAsync(u => u.UserName == userName);
            }
        });
    }

    public static async Task<Guid> UserIdAsync(PortalFixture fixture, string tenantCode, string userName)
        => (await FindUserAsync(fixture, tenantCode, userName))?.Id ?? throw new InvalidOperationException("Không có tài khoản " + userName);

    public static string NewName(string prefix) => prefix + "." + Guid.NewGuid().ToString("N")[..8];

    public static byte[] Workbook(IEnumerable<IDictionary<string, object>> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows.ToList(), excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    public static Dictionary<string, object> Row(string userName, string fullName, string unitCode, string roles, string password = "", string email = "")
        => new()
        {
            ["Tên đăng nhập"] = userName,
            ["Họ và tên"] = fullName,
            ["Thư điện tử"] = email,
            ["Mã đơn vị"] = unitCode,
            ["Vai trò"] = roles,
            ["Mật khẩu"] = password,
        };

    /// <summary>Uploads a file to the import form the way a browser does, with the form's anti-forgery token.</summary>
    public static async Task<string> UploadAsync(PortalClient client, byte[] content, string fileName = "tai-khoan.xlsx")
    {
        var page = await client.GetStringAsync("/Users/Import");
        var token = WebUtility.HtmlDecode(TokenPattern().Match(page).Groups[1].Value);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "file", fileName);
        using var response = await client.Http.PostAsync(new Uri("/Users/Import", UriKind.Relative), form);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return PortalClient.Text(await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
