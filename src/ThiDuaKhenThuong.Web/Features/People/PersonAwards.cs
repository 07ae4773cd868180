using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.People;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Tenancy;

namespace ThiDuaKhenThuong.Web.Features.People;

/// <summary>Adds or removes an entry of a person's award history by hand.</summary>
public static class PersonAwards
{
    public sealed class Command
    {
        public Guid PersonId { get; set; }

        public string AwardCode { get; set; } = string.Empty;

        public int Year { get; set; }

        public string DecisionNumber { get; set; } = string.Empty;

        public DateOnly? DecisionDate { get; set; }

        public string IssuingAuthority { get; set; } = string.Empty;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(AppDbContext db)
        {
            RuleFor(c => c.AwardCode).MustAsync((code, ct) => db.NationalAwardTypes.AnyAsync(a => a.Code == code, ct))
                .WithMessage("Vui lòng chọn danh hiệu, hình thức khen thưởng.");
            RuleFor(c => c.Year).InclusiveBetween(1945, 2100).WithMessage("Năm khen thưởng không hợp lệ.");
            RuleFor(c => c.DecisionNumber).NotEmpty().WithMessage("Vui lòng nhập số quyết định.")
                .MaximumLength(100).WithMessage("Số quyết định dài tối đa 100 ký tự.");
            RuleFor(c => c.DecisionDate).NotNull().WithMessage("Vui lòng nhập ngày quyết định (dd/MM/yyyy).");
            RuleFor(c => c.IssuingAuthority).NotEmpty().WithMessage("Vui lòng nhập cơ quan, người ký quyết định.")
                .MaximumLength(300).WithMessage("Cơ quan ban hành dài tối đa 300 ký tự.");
        }
    }

    public sealed class Handler(AppDbContext db, ITenantContext tenant)
    {
        /// <summary>False when the person is not one the user may edit (answered as 404).</summary>
        public async Task<bool> AddAsync(Command command, System.Security.Claims.ClaimsPrincipal user, CancellationToken cancellationToken)
        {
            if (!await EditableAsync(command.PersonId, user, cancellationToken))
            {
                return false;
            }

            var data = new AwardHistoryData(command.AwardCode, command.Year, command.DecisionNumber, command.DecisionDate!.Value, command.IssuingAuthority);
            db.AwardHistory.Add(AwardHistoryRecord.ForPerson(tenant.TenantId!.Value, Guid.CreateVersion7(), command.PersonId, data, AwardSource.Manual));
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }

        public async Task<bool> RemoveAsync(Guid personId, Guid entryId, System.Security.Claims.ClaimsPrincipal user, CancellationToken cancellationToken)
        {
            var entry = await db.AwardHistory.FirstOrDefaultAsync(h => h.Id == entryId && h.PersonId == personId, cancellationToken);
            if (entry is null || !await EditableAsync(personId, user, cancellationToken))
            {
                return false;
            }

            db.AwardHistory.Remove(entry);
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }

        private async Task<bool> EditableAsync(Guid personId, System.Security.Claims.ClaimsPrincipal user, CancellationToken cancellationToken)
        {
            var unitId = await db.People.Where(p => p.Id == personId).Select(p => (Guid?)p.UnitId).FirstOrDefaultAsync(cancellationToken);
            return unitId is { } unit && PeopleScope.CanEdit(user, unit);
        }
    }
}
