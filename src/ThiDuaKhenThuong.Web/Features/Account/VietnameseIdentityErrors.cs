using Microsoft.AspNetCore.Identity;

namespace ThiDuaKhenThuong.Web.Features.Account;

/// <summary>Identity's error messages in Vietnamese.</summary>
public sealed class VietnameseIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => new() { Code = nameof(DefaultError), Description = "Đã có lỗi xảy ra." };

    public override IdentityError ConcurrencyFailure() => new() { Code = nameof(ConcurrencyFailure), Description = "Tài khoản đã được người khác thay đổi; vui lòng tải lại trang." };

    public override IdentityError PasswordMismatch() => new() { Code = nameof(PasswordMismatch), Description = "Mật khẩu không đúng." };

    public override IdentityError InvalidUserName(string? userName) => new() { Code = nameof(InvalidUserName), Description = $"Tên đăng nhập '{userName}' không hợp lệ." };

    public override IdentityError DuplicateUserName(string userName) => new() { Code = nameof(DuplicateUserName), Description = $"Tên đăng nhập '{userName}' đã được dùng." };

    public override IdentityError DuplicateEmail(string email) => new() { Code = nameof(DuplicateEmail), Description = $"Thư điện tử '{email}' đã được dùng." };

    public override IdentityError InvalidEmail(string? email) => new() { Code = nameof(InvalidEmail), Description = $"Thư điện tử '{email}' không hợp lệ." };

    public override IdentityError PasswordTooShort(int length) => new() { Code = nameof(PasswordTooShort), Description = $"Mật khẩu phải có ít nhất {length} ký tự." };

    public override IdentityError UserAlreadyInRole(string role) => new() { Code = nameof(UserAlreadyInRole), Description = "Tài khoản đã có vai trò này." };

    public override IdentityError UserNotInRole(string role) => new() { Code = nameof(UserNotInRole), Description = "Tài khoản không có vai trò này." };

    public override IdentityError InvalidToken() => new() { Code = nameof(InvalidToken), Description = "Mã xác nhận không hợp lệ hoặc đã hết hạn." };
}
