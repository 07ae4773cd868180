using Microsoft.AspNetCore.Identity;

namespace ThiDuaKhenThuong.Infrastructure.Identity;

/// <summary>
/// Length 12–128, no composition rules, and not one of the commonly used passwords (OWASP ASVS 2.1).
/// </summary>
public sealed class PasswordPolicy : IPasswordValidator<AppUser>
{
    public const int MinLength = 12;
    public const int MaxLength = 128;

    private static readonly HashSet<string> Common = LoadCommon();

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinLength)
        {
            return Task.FromResult(Fail("PasswordTooShort", $"Mật khẩu phải có ít nhất {MinLength} ký tự."));
        }

        if (password.Length > MaxLength)
        {
            return Task.FromResult(Fail("PasswordTooLong", $"Mật khẩu không được dài quá {MaxLength} ký tự."));
        }

        if (Common.Contains(password.ToLowerInvariant())
            || (user.UserName is { } name && password.Contains(name, StringComparison.OrdinalIgnoreCase)))
        {
            return Task.FromResult(Fail("PasswordCommon", "Mật khẩu này quá phổ biến hoặc chứa tên đăng nhập; hãy chọn mật khẩu khác."));
        }

        return Task.FromResult(IdentityResult.Success);
    }

    private static IdentityResult Fail(string code, string description)
        => IdentityResult.Failed(new IdentityError { Code = code, Description = description });

    private static HashSet<string> LoadCommon()
    {
        using var stream = typeof(PasswordPolicy).Assembly.GetManifestResourceStream("ThiDuaKhenThuong.Infrastructure.Identity.common-passwords.txt")
            ?? throw new InvalidOperationException("common-passwords.txt is not embedded.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && line[0] != '#')
            {
                set.Add(line.Trim().ToLowerInvariant());
            }
        }

        return set;
    }
}
