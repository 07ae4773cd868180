using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using ThiDuaKhenThuong.Infrastructure.Identity;

namespace ThiDuaKhenThuong.Web.Features.Users;

/// <summary>The checks of one row of the import: each refusal is a Vietnamese reason shown beside the row.</summary>
public static partial class ImportUsers
{
    private sealed record Lookups(Guid TenantId, IReadOnlyDictionary<string, Guid> Units, HashSet<string> Seen);

    public sealed partial class Handler
    {
        private async Task<RowReport> CheckAsync(UserWorkbook.Row row, Lookups lookups, List<Candidate> candidates, CancellationToken cancellationToken)
        {
            var errors = new List<string>();
            var name = row[UserWorkbook.UserName];
            var fullName = row[UserWorkbook.FullName];
            var email = row[UserWorkbook.Email];
            if (name.Length == 0)
            {
                errors.Add("Thiếu tên đăng nhập.");
            }
            else if (name.Length > 100 || !UserNamePattern().IsMatch(name))
            {
                errors.Add("Tên đăng nhập chỉ gồm chữ cái không dấu, chữ số và các dấu . _ - (tối đa 100 ký tự).");
            }
            else if (!lookups.Seen.Add(name))
            {
                errors.Add($"Tên đăng nhập '{name}' bị trùng trong tệp.");
            }
            else if (await UserNames.TakenAsync(db, tenant, name, cancellationToken))
            {
                errors.Add($"Tên đăng nhập '{name}' đã được dùng.");
            }

            if (fullName.Length is 0 or > 200)
            {
                errors.Add("Thiếu họ và tên (hoặc dài quá 200 ký tự).");
            }

            if (email.Length > 0 && (email.Length > 256 || !EmailPattern().IsMatch(email)))
            {
                errors.Add($"Thư điện tử '{email}' không hợp lệ.");
            }

            var unitCode = row[UserWorkbook.UnitCode];
            if (!lookups.Units.TryGetValue(unitCode, out var unitId))
            {
                errors.Add(unitCode.Length == 0 ? "Thiếu mã đơn vị." : $"Không có đơn vị mã '{unitCode}' trong tỉnh.");
            }

            var roles = ParseRoles(row[UserWorkbook.RolesColumn], errors);
            var user = new AppUser
            {
                Id = Guid.CreateVersion7(clock.GetUtcNow()),
                UserName = name,
                NormalizedUserName = users.NormalizeName(name),
                FullName = fullName,
                Email = email.Length == 0 ? null : email,
                NormalizedEmail = email.Length == 0 ? null : users.NormalizeEmail(email),
                TenantId = lookups.TenantId,
                UnitId = unitId,
                LockoutEnabled = true,
                SecurityStamp = Guid.NewGuid().ToString("N"),
                CreatedAt = clock.GetUtcNow(),
            };
            var password = row[UserWorkbook.Password];
            var generated = password.Length == 0;
            if (generated)
            {
                password = GeneratedPassword.Create();
            }
            else
            {
                foreach (var validator in users.PasswordValidators)
                {
                    errors.AddRange((await validator.ValidateAsync(users, user, password)).Errors.Select(e => e.Description));
                }
            }

                        if (errors.Count == 0)
            {
                candidates.Add(new Candidate(user, roles, password, generated));
            }

            return new RowReport(row.Number, name, fullName, errors, generated ? password : null);
        }
    }

    private static List<string> ParseRoles(string text, List<string> errors)
    {
        var roles = new List<string>();
        foreach (var token in text.Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var role = AssignableRoles.All.FirstOrDefault(r => string.Equals(r, token, StringComparison.OrdinalIgnoreCase)
                                                               || string.Equals(Domain.Identity.Roles.Label(r), token, StringComparison.OrdinalIgnoreCase));
            if (role is null)
            {
                errors.Add($"Vai trò '{token}' không hợp lệ.");
            }
            else if (!roles.Contains(role))
            {
                roles.Add(role);
            }
        }

        if (roles.Count == 0 && !errors.Any(e => e.StartsWith("Vai trò", StringComparison.Ordinal)))
        {
            errors.Add("Thiếu vai trò.");
        }

        return roles;
    }

    [GeneratedRegex("^[a-zA-Z0-9._-]+$")]
    private static partial Regex UserNamePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();
}
