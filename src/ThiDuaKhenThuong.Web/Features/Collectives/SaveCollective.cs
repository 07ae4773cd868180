using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.People;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Tenancy;
using ThiDuaKhenThuong.Web.Features.People;

namespace ThiDuaKhenThuong.Web.Features.Collectives;

/// <summary>Creates or edits a collective, household or enterprise (Id null = new).</summary>
public static class SaveCollective
{
    public sealed class Command
    {
        public Guid? Id { get; set; }

        [Display(Name = "Tên tập thể, hộ gia đình, doanh nghiệp")]
        public string Name { get; set; } = string.Empty;

        [Display(Name = "Loại")]
        public CollectiveKind Kind { get; set; }

        [Display(Name = "Đơn vị")]
        public Guid UnitId { get; set; }

        public static Command From(Collective c) => new() { Id = c.Id, Name = c.Name, Kind = c.Kind, UnitId = c.UnitId };
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(AppDbContext db)
        {
            RuleFor(c => c.Name).NotEmpty().WithMessage("Vui lòng nhập tên tập thể, hộ gia đình, doanh nghiệp.")
                .MaximumLength(300).WithMessage("Tên dài tối đa 300 ký tự.");
            RuleFor(c => c.Kind).IsInEnum().WithMessage("Loại tập thể không hợp lệ.");
            RuleFor(c => c.UnitId).MustAsync((id, ct) => db.Units.AnyAsync(u => u.Id == id, ct)).WithMessage("Vui lòng chọn đơn vị.");
        }
    }

    public sealed record Result(Guid? Id, bool NotFound, string? Error);

    public sealed class Handler(AppDbContext db, ITenantContext tenant)
    {
        public async Task<Result> HandleAsync(Command command, ClaimsPrincipal user, CancellationToken cancellationToken)
        {
            Collective? collective = null;
            if (command.Id is { } id)
            {
                collective = await db.Collectives.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
                if (collective is null || !PeopleScope.CanEdit(user, collective.UnitId))
                {
                    return new Result(null, true, null);
                }
            }

            if (!PeopleScope.CanEdit(user, command.UnitId))
            {
                return new Result(null, false, "Bạn chỉ được quản lý tập thể thuộc đơn vị của mình.");
            }

            if (collective is null)
            {
                collective = new Collective(tenant.TenantId!.Value, Guid.CreateVersion7(), command.Name, command.UnitId, command.Kind);
                db.Collectives.Add(collective);
            }
            else
            {
                collective.Update(command.Name, command.UnitId, command.Kind);
            }

            await db.SaveChangesAsync(cancellationToken);
            return new Result(collective.Id, false, null);
        }
    }
}
