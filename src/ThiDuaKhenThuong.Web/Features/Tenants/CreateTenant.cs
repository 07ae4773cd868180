using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Domain.Tenancy;
using ThiDuaKhenThuong.Infrastructure.Auditing;
using ThiDuaKhenThuong.Infrastructure.Identity;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Tenancy;
using ThiDuaKhenThuong.Web.Features.Users;

namespace ThiDuaKhenThuong.Web.Features.Tenants;

/// <summary>A new province with its standing agency (the first unit) and its first administrator, created together or not at all.</summary>
public static class CreateTenant
{
    public const string StandingAgencyCode = "BTDKT";

    public sealed class Command
    {
        [Display(Name = "Mã tỉnh")]
        public string Code { get; set; } = string.Empty;

        [Display(Name = "Tên tỉnh")]
        public string Name { get; set; } = string.Empty;

        [Display(Name = "Tên cơ quan thường trực Hội đồng TĐKT")]
        public string StandingAgencyName { get; set; } = string.Empty;

        [Display(Name = "Tên đăng nhập của quản trị tỉnh")]
        public string AdminUserName { get; set; } = string.Empty;

        [Display(Name = "Họ và tên quản trị tỉnh")]
        public string AdminFullName { get; set; } = string.Empty;

        [Display(Name = "Thư điện tử")]
        public string? AdminEmail { get; set; }

        [Display(Name = "Mật khẩu ban đầu (để trống để hệ thống tạo)")]
        public string? AdminPassword { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(AppDbContext db, ITenantContext tenant)
        {
            RuleFor(c => c.Code).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Vui lòng nhập mã tỉnh.")
                .MaximumLength(50).WithMessage("Mã tỉnh không được dài quá 50 ký tự.")
                .Matches("^[a-z0-9]+(-[a-z0-9]+)*$").WithMessage("Mã tỉnh chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ: nam-dinh.")
                .MustAsync(async (code, ct) => !await db.Tenants.AnyAsync(t => t.Code == code, ct)).WithMessage("Mã tỉnh '{PropertyValue}' đã được dùng.");
            RuleFor(c => c.Name).NotEmpty().WithMessage("Vui lòng nhập tên tỉnh.").MaximumLength(200).WithMessage("Tên tỉnh không được dài quá 200 ký tự.");
            RuleFor(c => c.StandingAgencyName).NotEmpty().WithMessage("Vui lòng nhập tên cơ quan thường trực.")
                .MaximumLength(300).WithMessage("Tên cơ quan thường trực không được dài quá 300 ký tự.");
            RuleFor(c => c.AdminUserName).Cascade(CascadeMode.Stop).NotEmpty().WithMessage("Vui lòng nhập tên đăng nhập của quản trị tỉnh.")
                .MaximumLength(100).WithMessage("Tên đăng nhập không được dài quá 100 ký tự.")
                .Matches("^[a-zA-Z0-9._-]+$").WithMessage("Tên đăng nhập chỉ gồm chữ cái không dấu, chữ số và các dấu . _ -")
                .MustAsync(async (name, ct) => !await UserNames.TakenAsync(db, tenant, name, ct)).WithMessage("Tên đăng nhập '{PropertyValue}' đã được dùng.");
            RuleFor(c => c.AdminFullName).NotEmpty().WithMessage("Vui lòng nhập họ và tên quản trị tỉnh.").MaximumLength(200).WithMessage("Họ và tên không được dài quá 200 ký tự.");
            RuleFor(c => c.AdminEmail).EmailAddress().WithMessage("Thư điện tử không hợp lệ.");
            RuleFor(c => c.AdminPassword).Length(PasswordPolicy.MinLength, PasswordPolicy.MaxLength).When(c => !string.IsNullOrEmpty(c.AdminPassword))
                .WithMessage($"Mật khẩu phải dài từ {PasswordPolicy.MinLength} đến {PasswordPolicy.MaxLength} ký tự.");
        }
    }

    public sealed record Result(Guid? TenantId, string? GeneratedPassword, IReadOnlyList<string> Errors);

    public sealed class Handler(
        AppDbContext db, UserManager<AppUser> users, ITenantContext tenant, ICurrentActor actor, TimeProvider clock,
        Infrastructure.Workflow.WorkflowDefinitions workflows, ILogger<Handler> logger)
    {
        public async Task<Result> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var province = new Tenant(Guid.CreateVersion7(now), command.Code, command.Name, now);
            var generated = string.IsNullOrEmpty(command.AdminPassword) ? GeneratedPassword.Create() : null;
            // Acting for the new province before the transaction opens its connection: row security then admits its rows.
            using (tenant.Use(province.Id))
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                db.Tenants.Add(province);
                var agency = new Unit(province.Id, Guid.CreateVersion7(now), StandingAgencyCode, command.StandingAgencyName, UnitKind.StandingAgency, null, DateOnly.FromDateTime(now.UtcDateTime));
                db.Units.Add(agency);
                await db.SaveChangesAsync(cancellationToken);
                var admin = new AppUser
                {
                    Id = Guid.CreateVersion7(now),
                    UserName = command.AdminUserName.Trim(),
                    FullName = command.AdminFullName.Trim(),
                    Email = string.IsNullOrWhiteSpace(command.AdminEmail) ? null : command.AdminEmail.Trim(),
                    TenantId = province.Id,
                    UnitId = agency.Id,
                    LockoutEnabled = true,
                    CreatedAt = now,
                };
                var created = await users.CreateAsync(admin, generated ?? command.AdminPassword!);
                if (created.Succeeded)
                {
                    created = await users.AddToRoleAsync(admin, Roles.TenantAdmin);
                }

                if (!created.Succeeded)
                {
                    return new Result(null, null, created.Errors.Select(e => e.Description).ToList());
                }

                UserChangeLog.Record(db, actor, clock, admin, ChangeAction.Created, new Dictionary<string, string?[]>
                {
                    ["Tên đăng nhập"] = [null, admin.UserName],
                    ["Họ và tên"] = [null, admin.FullName],
                    ["Đơn vị"] = [null, agency.Name],
                    ["Vai trò"] = [null, Roles.Label(Roles.TenantAdmin)],
                });
                await db.SaveChangesAsync(cancellationToken);
                // The province starts with the default dossier routes and this year's working calendar.
                await workflows.EnsureDefaultsAsync(province.Id, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
            }

            logger.LogInformation("Đã tạo tỉnh {Code} cùng tài khoản quản trị {UserName}", province.Code, command.AdminUserName);
            return new Result(province.Id, generated, []);
        }
    }
}
