using ThiDuaKhenThuong.BrowserTests.Harness;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;
using static ThiDuaKhenThuong.BrowserTests.Steps.DossierSteps;

namespace ThiDuaKhenThuong.BrowserTests.Journeys;

/// <summary>What a person sees when something goes wrong: a locked account, a refused file, a form with a missing field.</summary>
public sealed class EdgeJourneyTests(BrowserFixture fixture, ITestOutputHelper output) : JourneyTest(fixture, output)
{
    private const string LockedMessage = "Tài khoản tạm thời bị khóa do nhập sai mật khẩu nhiều lần. Vui lòng thử lại sau 15 phút.";

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_WithTheVietnameseMessage()
    {
        var userName = await Fixture.Portal.CreateUserAsync(DemoTenants.ThaiBinhCode, "SYT", Roles.UnitStaff);
        var visitor = await Step(() => AnonymousAsync());
        await Step(() => TryWrongPasswordsAsync(visitor, userName, 4));
        await Step(() => FifthWrongPasswordLocksAsync(visitor, userName));
        await Step(() => RightPasswordIsRefusedWhileLockedAsync(visitor, userName));
    }

    [Fact]
    public async Task ProgramRenamedAsPdf_IsRefused_WithItsMessage()
    {
        var staff = await Step(() => SignInAsync("tb.canbo"));
        var id = await Step(() => CreateDossierAsync(staff, "Hồ sơ thử tải tệp bị từ chối", "Tệp chương trình đổi tên"));
        await Step(() => UploadProgramAsPdfAsync(staff, id));
    }

    [Fact]
    public async Task DossierFormWithoutTitle_ShowsTheError_AndKeepsWhatWasTyped()
    {
        var staff = await Step(() => SignInAsync("tb.canbo"));
        await Step(() => SubmitDossierWithoutTitleAsync(staff));
    }

    private static async Task TryWrongPasswordsAsync(Actor visitor, string userName, int times)
    {
        for (var i = 0; i < times; i++)
        {
            await FillSignInAsync(visitor, userName, "mat-khau-sai-" + i);
            await Expect(visitor.FormErrors).ToContainTextAsync("Tên đăng nhập hoặc mật khẩu không đúng");
            await Expect(visitor.FormErrors).Not.ToContainTextAsync("bị khóa");
        }
    }

    private static async Task FifthWrongPasswordLocksAsync(Actor visitor, string userName)
    {
        await FillSignInAsync(visitor, userName, "mat-khau-sai-5");
        await Expect(visitor.FormErrors).ToContainTextAsync(LockedMessage);
    }

    private static async Task RightPasswordIsRefusedWhileLockedAsync(Actor visitor, string userName)
    {
        await FillSignInAsync(visitor, userName, DemoAccounts.Password);
        await Expect(visitor.FormErrors).ToContainTextAsync(LockedMessage);
        await Expect(visitor.Page.Locator("[data-testid=current-user]")).ToHaveCountAsync(0);
        await Expect(visitor.Page.GetByLabel("Tên đăng nhập")).ToHaveValueAsync(userName);
    }

    /// <summary>A Windows program named "to-trinh.pdf": refused by its content, with the reason; nothing is listed.</summary>
    private static async Task UploadProgramAsPdfAsync(Actor staff, Guid id)
    {
        await OpenAsync(staff, id);
        var label = (await staff.Page.Locator("#DocumentCode option").First.TextContentAsync())!.Trim();
        await UploadAsync(staff, label, null, "to-trinh.pdf", "application/pdf", SampleFiles.Executable());
        await staff.ExpectProblemAsync("Loại tệp không được chấp nhận. Chỉ nhận PDF, Word (.docx), Excel (.xlsx), ảnh JPEG hoặc PNG.");
        await Expect(staff.Page.Locator("[data-testid=documents]")).ToHaveCountAsync(0);
        await Expect(staff.Notice).ToHaveCountAsync(0);
    }

    private static async Task SubmitDossierWithoutTitleAsync(Actor staff)
    {
        await staff.GotoAsync("/Dossiers/Create");
        await staff.Page.GetByLabel("Năm").FillAsync("2026");
        await staff.Page.GetByLabel("Loại hình").SelectOptionAsync(new SelectOptionValue { Label = "Đột xuất" });
        await staff.Page.GetByLabel("Trích yếu").FillAsync(string.Empty);
        await staff.Page.GetByLabel("Tóm tắt").FillAsync("Tóm tắt đã gõ: cứu người trong lũ tháng 9");
        await staff.NavigateByAsync(staff.Page.GetByRole(AriaRole.Button, new() { Name = "Tạo hồ sơ" }));

        await Expect(staff.FormErrors).ToContainTextAsync("Vui lòng nhập trích yếu hồ sơ.");
        await Expect(staff.Page.GetByLabel("Năm")).ToHaveValueAsync("2026");
        await Expect(staff.Page.GetByLabel("Loại hình")).ToHaveValueAsync("AdHoc");
        await Expect(staff.Page.GetByLabel("Tóm tắt")).ToHaveValueAsync("Tóm tắt đã gõ: cứu người trong lũ tháng 9");
        new Uri(staff.Page.Url).AbsolutePath.ShouldBe("/Dossiers/Create");
    }
}
