using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Tenancy;

namespace ThiDuaKhenThuong.Web.Features.EmulationStaff;

/// <summary>Records a member of a unit's emulation staff or changes one; only the fields the form owns are bound.</summary>
public static class SaveEmulationStaff
{
    public sealed class Command
    {
        [Display(Name = "Họ và tên")]
        public string FullName { get; set; } = string.Empty;

        [Display(Name = "Đơn vị")]
        public Guid? UnitId { get; set; }

        [Display(Name = "Năm sinh")]
        public int? BirthYear { get; set; }

        [Display(Name = "Giới tính")]
        public StaffSex Sex { get; set; } = StaffSex.Male;

        [Display(Name = "Trình độ chuyên môn")]
        public StaffEducation Education { get; set; } = StaffEducation.University;

        [Display(Name = "Chuyên ngành đào tạo")]
        public string? Qualification { get; set; }

        [Display(Name = "Trình độ lý luận chính trị")]
        public PoliticalTheoryLevel PoliticalTheory { get; set; } = PoliticalTheoryLevel.None;

        [Display(Name = "Chuyên trách")]
        public bool FullTime { get; set; }

        [Display(Name = "Năm bắt đầu làm công tác thi đua, khen thưởng")]
        public int? StartedYear { get; set; }

        [Display(Name = "Ngày thôi làm công tác")]
        public DateOnly? LeftOn { get; set; }

        public static Command From(EmulationStaffMember s) => new()
        {
            FullName = s.FullName, UnitId = s.UnitId, BirthYear = s.BirthYear, Sex = s.Sex, Education = s.Education, Qualification = s.Qualification,
            PoliticalTheory = s.PoliticalTheory, FullTime = s.FullTime, StartedYear = s.StartedYear, LeftOn = s.LeftOn,
        };
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock)
        {
            var thisYear = clock.GetLocalNow().Year;
            RuleFor(c => c.FullName).NotEmpty().WithMessage("Vui lòng nhập họ và tên.")
                .MaximumLength(EmulationStaffMember.MaxNameLength).WithMessage("Họ và tên tối đa 200 ký tự.");
            RuleFor(c => c.UnitId).NotEmpty().WithMessage("Vui lòng chọn đơn vị.");
            RuleFor(c => c.BirthYear).NotNull().WithMessage("Vui lòng nhập năm sinh.")
                .InclusiveBetween(1940, thisYear - 16).WithMessage($"Năm sinh phải từ 1940 đến {thisYear - 16}.");
            RuleFor(c => c.Sex).IsInEnum().WithMessage("Vui lòng chọn giới tính.");
            RuleFor(c => c.Education).IsInEnum().WithMessage("Vui lòng chọn trình độ chuyên môn.");
            RuleFor(c => c.PoliticalTheory).IsInEnum().WithMessage("Vui lòng chọn trình độ lý luận chính trị.");
            RuleFor(c => c.Qualification).MaximumLength(EmulationStaffMember.MaxQualificationLength).WithMessage("Chuyên ngành đào tạo tối đa 300 ký tự.");
            RuleFor(c => c.StartedYear).NotNull().WithMessage("Vui lòng nhập năm bắt đầu làm công tác thi đua, khen thưởng.")
                .InclusiveBetween(1960, thisYear).WithMessage($"Năm bắt đầu làm công tác phải từ 1960 đến {thisYear}.");
            RuleFor(c => c.StartedYear).GreaterThanOrEqualTo(c => c.BirthYear + 16)
                .When(c => c.BirthYear is not null && c.StartedYear is not null)
                .WithMessage("Năm bắt đầu làm công tác thi đua, khen thưởng phải sau năm sinh ít nhất 16 năm.");
            RuleFor(c => c.LeftOn).Must((c, left) => left!.Value.Year >= c.StartedYear)
                .When(c => c.LeftOn is not null && c.StartedYear is not null)
                .WithMessage("Ngày thôi làm công tác không được trước năm bắt đầu.");
        }
    }

    /// <summary>What saving did: saved (with the id), the member is not of the province, or the unit is not.</summary>
    public sealed record Result(Guid? Id, bool NotFound, string? Problem);

    public sealed class Handler(AppDbContext db, ITenantContext tenant)
    {
        public async Task<Result> HandleAsync(Guid? id, Command command, CancellationToken cancellationToken)
        {
            if (!await db.Units.AnyAsync(u => u.Id == command.UnitId, cancellationToken))
            {
                return new Result(null, false, "Đơn vị đã chọn không có trong danh bạ của tỉnh.");
            }

            EmulationStaffMember? member;
            if (id is { } existing)
            {
                member = await db.EmulationStaff.FirstOrDefaultAsync(s => s.Id == existing, cancellationToken);
                if (member is null)
                {
                    return new Result(null, true, null);
                }
            }
            else
            {
                member = new EmulationStaffMember(tenant.TenantId!.Value, Guid.CreateVersion7());
                db.EmulationStaff.Add(member);
            }

            member.Describe(command.UnitId!.Value, command.FullName, command.BirthYear!.Value, command.Sex, command.Education, command.Qualification,
                command.PoliticalTheory, command.FullTime, command.StartedYear!.Value, command.LeftOn);
            await db.SaveChangesAsync(cancellationToken);
            return new Result(member.Id, false, null);
        }
    }
}
