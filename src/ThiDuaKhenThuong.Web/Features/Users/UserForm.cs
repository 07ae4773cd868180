using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Users;

/// <summary>What the create and edit forms share: the province's units to choose from and the rules on name, e-mail, unit and roles.</summary>
public static class UserForm
{
    public sealed record UnitOption(Guid Id, string Code, string Name);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        /// <summary>The current province's units still in force (the tenant filter scopes the query).</summary>
        public async Task<IReadOnlyList<UnitOption>> UnitsAsync(CancellationToken cancellationToken)
        {
            var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            return await db.Units.AsNoTracking().Where(u => u.ValidTo == null || u.ValidTo > today)
                .OrderBy(u => u.Name).Select(u => new UnitOption(u.Id, u.Code, u.Name)).ToListAsync(cancellationToken);
        }
    }

    public interface IFields
    {
        string FullName { get; }

        string? Email { get; }

        Guid? UnitId { get; }

        List<string> Roles { get; }
    }

    /// <summary>Rules common to both forms; the unit must be one of the admin's own province (another province's id is not found).</summary>
    public static void AddRules<T>(AbstractValidator<T> validator, AppDbContext db)
        where T : IFields
    {
        ArgumentNullException.ThrowIfNull(validator);
        validator.RuleFor(c => c.FullName).NotEmpty().WithMessage("Vui lòng nhập họ và tên.")
            .MaximumLength(200).WithMessage("Họ và tên không được dài quá 200 ký tự.");
        validator.RuleFor(c => c.Email).EmailAddress().WithMessage("Thư điện tử không hợp lệ.")
            .MaximumLength(256).WithMessage("Thư điện tử quá dài.");
        validator.RuleFor(c => c.UnitId).NotEmpty().WithMessage("Vui lòng chọn đơn vị.")
            .MustAsync(async (id, ct) => await db.Units.AnyAsync(u => u.Id == id, ct))
            .When(c => c.UnitId is not null).WithMessage("Đơn vị không thuộc tỉnh của bạn.");
        validator.RuleFor(c => c.Roles).NotEmpty().WithMessage("Vui lòng chọn ít nhất một vai trò.");
        validator.RuleForEach(c => c.Roles).Must(AssignableRoles.IsAssignable).WithMessage("Vai trò '{PropertyValue}' không được phép gán.");
    }
}
