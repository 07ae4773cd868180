using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.People;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Tenancy;

namespace ThiDuaKhenThuong.Web.Features.People;

/// <summary>Creates or edits a person (Id null = new).</summary>
public static class SavePerson
{
    public sealed class Command
    {
        public Guid? Id { get; set; }

        [Display(Name = "Họ và tên")]
        public string FullName { get; set; } = string.Empty;

        [Display(Name = "Giới tính")]
        public Gender Gender { get; set; }

        [Display(Name = "Năm sinh")]
        public int? BirthYear { get; set; }

        [Display(Name = "Số CCCD (12 chữ số, không bắt buộc)")]
        public string? NationalId { get; set; }

        [Display(Name = "Chức vụ")]
        public string? Position { get; set; }

        [Display(Name = "Đơn vị")]
        public Guid UnitId { get; set; }

        [Display(Name = "Người lao động trực tiếp")]
        public bool IsDirectWorker { get; set; }

        [Display(Name = "Cấp lãnh đạo")]
        public LeaderLevel LeaderLevel { get; set; }

        [Display(Name = "Người dân tộc thiểu số")]
        public bool IsEthnicMinority { get; set; }

        public static Command From(Person p) => new()
        {
            Id = p.Id, FullName = p.FullName, Gender = p.Gender, BirthYear = p.BirthYear, NationalId = p.NationalId, Position = p.Position,
            UnitId = p.UnitId, IsDirectWorker = p.IsDirectWorker, LeaderLevel = p.LeaderLevel, IsEthnicMinority = p.IsEthnicMinority,
        };

        public Domain.People.PersonDetails Details() => new(FullName, Gender, BirthYear, NationalId?.Trim(), Position, UnitId, IsDirectWorker, LeaderLevel, IsEthnicMinority);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(AppDbContext db, TimeProvider clock)
        {
            RuleFor(c => c.FullName).NotEmpty().WithMessage("Vui lòng nhập họ và tên.")
                .MaximumLength(200).WithMessage("Họ và tên dài tối đa 200 ký tự.");
            RuleFor(c => c.Gender).IsInEnum().WithMessage("Giới tính không hợp lệ.");
            RuleFor(c => c.LeaderLevel).IsInEnum().WithMessage("Cấp lãnh đạo không hợp lệ.");
            RuleFor(c => c.BirthYear).InclusiveBetween(1900, clock.GetLocalNow().Year).When(c => c.BirthYear is not null)
                .WithMessage($"Năm sinh phải trong khoảng 1900–{clock.GetLocalNow().Year}.");
            RuleFor(c => c.Position).MaximumLength(200).WithMessage("Chức vụ dài tối đa 200 ký tự.");
            RuleFor(c => c.NationalId!.Trim())
                .Must(Person.IsValidNationalId).WithMessage("Số CCCD phải gồm đúng 12 chữ số.")
                .MustAsync(async (c, id, ct) => !await db.People.AnyAsync(p => p.NationalId == id && p.Id != c.Id, ct))
                .WithMessage("Số CCCD này đã được dùng cho một cá nhân khác trong tỉnh.")
                .When(c => !string.IsNullOrWhiteSpace(c.NationalId))
                .OverridePropertyName(nameof(Command.NationalId));
            RuleFor(c => c.UnitId).MustAsync((id, ct) => db.Units.AnyAsync(u => u.Id == id, ct)).WithMessage("Vui lòng chọn đơn vị.");
        }
    }

    public sealed record Result(Guid? Id, bool NotFound, string? Error);

    public sealed class Handler(AppDbContext db, ITenantContext tenant)
    {
        public async Task<Result> HandleAsync(Command command, System.Security.Claims.ClaimsPrincipal user, CancellationToken cancellationToken)
        {
            Person? person = null;
            if (command.Id is { } id)
            {
                person = await db.People.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
                if (person is null || !PeopleScope.CanEdit(user, person.UnitId))
                {
                    return new Result(null, true, null);
                }
            }

            if (!PeopleScope.CanEdit(user, command.UnitId))
            {
                return new Result(null, false, "Bạn chỉ được quản lý cá nhân thuộc đơn vị của mình.");
            }

            if (person is null)
            {
                person = new Person(tenant.TenantId!.Value, Guid.CreateVersion7(), command.Details());
                db.People.Add(person);
            }
            else
            {
                person.Update(command.Details());
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException ex) when (ex.InnerException is Npgsql.PostgresException { SqlState: "23505" })
            {
                // Two people saved with the same CCCD at once: the unique index decides.
                return new Result(null, false, "Số CCCD này đã được dùng cho một cá nhân khác trong tỉnh.");
            }

            return new Result(person.Id, false, null);
        }
    }
}
