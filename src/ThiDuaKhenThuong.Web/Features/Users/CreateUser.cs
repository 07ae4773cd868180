using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using ThiDuaKhenThuong.Infrastructure.Auditing;
using ThiDuaKhenThuong.Infrastructure.Identity;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Tenancy;

namespace ThiDuaKhenThuong.Web.Features.Users;

/// <summary>A new account of the admin's own province: the province comes from the admin's session, never from the form.</summary>
public static class CreateUser
{
    public sealed class Command : UserForm.IFields
    {
        [Display(Name = "Tên đăng nhập")]
        public string UserName { get; set; } = string.Empty;

        [Display(Name = "Họ và tên")]
        public string FullName { get; set; } = string.Empty;

        [Display(Name = "Thư điện tử")]
        public string? Email { get; set; }

        [Display(Name = "Đơn vị")]
        public Guid? UnitId { get; set; }

        public List<string> Roles { get; set; } = [];

        [Display(Name = "Mật khẩu ban đầu (để trống để hệ thống tạo)")]
        [DataType(DataType.Password)]
        public string? Password { get; set; }
    }

    public sealed record Model(Command Command, IReadOnlyList<UserForm.UnitOption> Units);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(AppDbContext db, ITenantContext tenant)
        {
            RuleFor(c => c.UserName).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Vui lòng nhập tên đăng nhập.")
                .MaximumLength(100).WithMessage("Tên đăng nhập không được dài quá 100 ký tự.")
                .Matches("^[a-zA-Z0-9._-]+$").WithMessage("Tên đăng nhập chỉ gồm chữ cái không dấu, chữ số và các dấu . _ -")
                .MustAsync(async (name, ct) => !await UserNames.TakenAsync(db, tenant, name, ct)).WithMessage("Tên đăng nhập '{PropertyValue}' đã được dùng.");
            RuleFor(c => c.Password).Length(PasswordPolicy.MinLength, PasswordPolicy.MaxLength)
                .When(c => !string.IsNullOrEmpty(c.Password))
                .WithMessage($"Mật khẩu phải dài từ {PasswordPolicy.MinLength} đến {PasswordPolicy.MaxLength} ký tự.");
            UserForm.AddRules(this, db);
        }
    }

    public sealed record Result(Guid? UserId, string? GeneratedPassword, IReadOnlyList<string> Errors);

    public sealed class Handler(AppDbContext db, UserManager<AppUser> users, ITenantContext tenant, ICurrentActor actor, TimeProvider clock)
    {
        public async Task<Result> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var tenantId = tenant.TenantId ?? throw new InvalidOperationException("Không xác định được tỉnh của quản trị viên.");
            var generated = string.IsNullOrEmpty(command.Password) ? GeneratedPassword.Create() : null;
            var user = new AppUser
            {
                Id = Guid.CreateVersion7(clock.GetUtcNow()),
                UserName = command.UserName.Trim(),
                FullName = command.FullName.Trim(),
                Email = string.IsNullOrWhiteSpace(command.Email) ? null : command.Email.Trim(),
                TenantId = tenantId,
                UnitId = command.UnitId,
                LockoutEnabled = true,
                CreatedAt = clock.GetUtcNow(),
            };
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var created = await users.CreateAsync(user, generated ?? command.Password!);
            if (!created.Succeeded)
            {
                return new Result(null, null, created.Errors.Select(e => e.Description).ToList());
            }

            var roles = command.Roles.Distinct(StringComparer.Ordinal).ToList();
            var added = await users.AddToRolesAsync(user, roles);
            if (!added.Succeeded)
            {
                return new Result(null, null, added.Errors.Select(e => e.Description).ToList());
            }

            UserChangeLog.Record(db, actor, clock, user, ChangeAction.Created, new Dictionary<string, string?[]>
            {
                ["Tên đăng nhập"] = [null, user.UserName],
                ["Họ và tên"] = [null, user.FullName],
                ["Thư điện tử"] = [null, user.Email],
                ["Đơn vị"] = [null, await UnitNameAsync(db, user.UnitId, cancellationToken)],
                ["Vai trò"] = [null, UserChangeLog.RoleList(roles)],
            });
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new Result(user.Id, generated, []);
        }
    }

    internal static async Task<string?> UnitNameAsync(AppDbContext db, Guid? unitId, CancellationToken cancellationToken)
        => unitId is null ? null : await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.FirstOrDefaultAsync(
            db.Units.Where(u => u.Id == unitId).Select(u => u.Name), cancellationToken);
}
