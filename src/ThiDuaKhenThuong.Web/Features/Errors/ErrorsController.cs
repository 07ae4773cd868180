using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace ThiDuaKhenThuong.Web.Features.Errors;

/// <summary>Vietnamese error pages for every status; never a stack trace. Reached by re-execution, for any method.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
[ApiExplorerSettings(IgnoreApi = true)]
public sealed class ErrorsController(ILogger<ErrorsController> logger) : Controller
{
    public sealed record Model(int StatusCode, string Title, string Message);

    [Route("/Error")]
    public IActionResult Unhandled()
    {
        var failure = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        if (failure is not null)
        {
            logger.LogError(failure.Error, "Lỗi không xử lý được tại {Path}", failure.Path);
        }

        return Show(StatusCodes.Status500InternalServerError);
    }

    [Route("/Error/{statusCode:int}")]
    public IActionResult Status(int statusCode) => Show(statusCode);

    private ViewResult Show(int statusCode)
    {
        var (title, message) = statusCode switch
        {
            400 => ("Yêu cầu không hợp lệ", "Yêu cầu không hợp lệ hoặc phiên làm việc đã hết hạn. Vui lòng tải lại trang và thử lại."),
            403 => ("Không có quyền truy cập", "Tài khoản của bạn không có quyền thực hiện thao tác này."),
            404 => ("Không tìm thấy", "Không tìm thấy trang hoặc dữ liệu bạn yêu cầu."),
            405 => ("Thao tác không được hỗ trợ", "Thao tác này không được hỗ trợ tại địa chỉ này."),
            413 => ("Tệp quá lớn", "Tệp hoặc dữ liệu gửi lên vượt quá dung lượng cho phép."),
            429 => ("Quá nhiều lần thử", "Bạn đã thao tác quá nhiều lần. Vui lòng đợi một phút rồi thử lại."),
            _ => ("Đã có lỗi xảy ra", "Hệ thống gặp sự cố khi xử lý yêu cầu. Dữ liệu bạn đã lưu trước đó không bị ảnh hưởng; vui lòng thử lại sau ít phút."),
        };
        Response.StatusCode = statusCode;
        return View("Error", new Model(statusCode, title, message));
    }
}
