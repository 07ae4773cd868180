using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using ThiDuaKhenThuong.Web.Authorization;
using ThiDuaKhenThuong.Web.Features.Shared;

namespace ThiDuaKhenThuong.Web.Features.Users;

/// <summary>The province's accounts (TenantAdmin). Every action finds accounts through the tenant filter: another province's id is 404.</summary>
[Authorize<ManageUsers>]
public sealed class UsersController : Controller
{
    private const long UploadLimit = UserWorkbook.MaxBytes + (1024 * 1024);

    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] ListUsers.Query query, [FromServices] ListUsers.Handler handler)
        => View(await handler.HandleAsync(query, HttpContext.RequestAborted));

    [HttpGet]
    public async Task<IActionResult> Details(Guid id, [FromServices] UserDetails.Handler handler)
        => await handler.HandleAsync(id, HttpContext.RequestAborted) is { } model ? View(model) : NotFound();

    [HttpGet]
    public async Task<IActionResult> Create([FromServices] UserForm.Handler options)
        => View(new CreateUser.Model(new CreateUser.Command(), await options.UnitsAsync(HttpContext.RequestAborted)));

    [HttpPost]
    public async Task<IActionResult> Create(CreateUser.Command command, [FromServices] IValidator<CreateUser.Command> validator, [FromServices] CreateUser.Handler handler, [FromServices] UserForm.Handler options)
    {
        if (await this.ValidateAsync(validator, command))
        {
            var result = await handler.HandleAsync(command, HttpContext.RequestAborted);
            if (result.UserId is { } id)
            {
                TempData["Notice"] = $"Đã tạo tài khoản {command.UserName.Trim()}.";
                TempData["GeneratedPassword"] = result.GeneratedPassword;
                return RedirectToAction(nameof(Details), new { id });
            }

            result.Errors.ToList().ForEach(e => ModelState.AddModelError(string.Empty, e));
        }

        command.Password = null;
        return View(new CreateUser.Model(command, await options.UnitsAsync(HttpContext.RequestAborted)));
    }

    [HttpGet]
    public async Task<IActionResult> Edit(Guid id, [FromServices] EditUser.Handler handler, [FromServices] UserForm.Handler options)
        => await handler.LoadAsync(id, HttpContext.RequestAborted) is { } command
            ? View(new EditUser.Model(command, await options.UnitsAsync(HttpContext.RequestAborted)))
            : NotFound();

    [HttpPost]
    public async Task<IActionResult> Edit(Guid id, EditUser.Command command, [FromServices] IValidator<EditUser.Command> validator, [FromServices] EditUser.Handler handler, [FromServices] UserForm.Handler options)
    {
        var current = await handler.LoadAsync(id, HttpContext.RequestAborted);
        if (current is null)
        {
            return NotFound();
        }

        command.Id = id;
        command.UserName = current.UserName;
        if (await this.ValidateAsync(validator, command))
        {
            var errors = await handler.HandleAsync(command, HttpContext.RequestAborted);
            if (errors is null)
            {
                return NotFound();
            }

            if (errors.Count == 0)
            {
                TempData["Notice"] = "Đã lưu thông tin tài khoản.";
                return RedirectToAction(nameof(Details), new { id });
            }

            errors.ToList().ForEach(e => ModelState.AddModelError(string.Empty, e));
        }

        return View(new EditUser.Model(command, await options.UnitsAsync(HttpContext.RequestAborted)));
    }

    [HttpPost]
    public Task<IActionResult> Disable(Guid id, [FromServices] AccountActions.Handler handler)
        => RunAsync(id, AccountActions.Action.Disable, handler, "Đã vô hiệu hóa tài khoản; mọi phiên đăng nhập của tài khoản đã bị đóng.");

    [HttpPost]
    public Task<IActionResult> Enable(Guid id, [FromServices] AccountActions.Handler handler)
        => RunAsync(id, AccountActions.Action.Enable, handler, "Đã kích hoạt lại tài khoản.");

    [HttpPost]
    public Task<IActionResult> Unlock(Guid id, [FromServices] AccountActions.Handler handler)
        => RunAsync(id, AccountActions.Action.Unlock, handler, "Đã mở khóa tài khoản.");

    [HttpPost]
    public Task<IActionResult> ResetPassword(Guid id, [FromServices] AccountActions.Handler handler)
        => RunAsync(id, AccountActions.Action.ResetPassword, handler, "Đã đặt lại mật khẩu; mọi phiên đăng nhập của tài khoản đã bị đóng.");

    [HttpGet]
    public IActionResult Import() => View(new ImportUsers.Report(null, [], false));

    [HttpGet]
    public async Task<IActionResult> Template([FromServices] UserForm.Handler options)
    {
        var units = await options.UnitsAsync(HttpContext.RequestAborted);
        return File(UserWorkbook.Template(units.Select(u => (u.Code, u.Name))), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "mau-nhap-tai-khoan.xlsx");
    }

    [HttpPost]
    [RequestSizeLimit(UploadLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadLimit)]
    public async Task<IActionResult> Import(IFormFile? file, [FromServices] ImportUsers.Handler handler)
    {
        var workbook = file is null
            ? new UserWorkbook.ReadResult([], "Vui lòng chọn tệp Excel (.xlsx) để nhập.")
            : await ReadAsync(file);
        return View(await handler.HandleAsync(workbook, HttpContext.RequestAborted));
    }

    private async Task<UserWorkbook.ReadResult> ReadAsync(IFormFile file)
    {
        // The size is checked before a byte is read.
        if (file.Length > UserWorkbook.MaxBytes)
        {
            return new UserWorkbook.ReadResult([], "Tệp quá lớn: tối đa 5 MB.");
        }

        await using var stream = file.OpenReadStream();
        return await UserWorkbook.ReadAsync(stream, file.Length, HttpContext.RequestAborted);
    }

    private async Task<IActionResult> RunAsync(Guid id, AccountActions.Action action, AccountActions.Handler handler, string notice)
    {
        var result = await handler.HandleAsync(id, action, HttpContext.RequestAborted);
        if (!result.Found)
        {
            return NotFound();
        }

        TempData["Notice"] = result.Error ?? notice;
        TempData["GeneratedPassword"] = result.Password;
        return RedirectToAction(nameof(Details), new { id });
    }
}
