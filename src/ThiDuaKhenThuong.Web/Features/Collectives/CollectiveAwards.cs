using System.Security.Claims;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.People;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Tenancy;
using ThiDuaKhenThuong.Web.Features.People;

namespace ThiDuaKhenThuong.Web.Features.Collectives;

/// <summary>Adds or removes an entry of a collective's award history by hand.</summary>
public static class CollectiveAwards
{
    public sealed class Command
    {
        public Guid CollectiveId { get; set; }

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
        /// <summary>False when the collective is not one the user may edit (answered as 404).</summary>
        public async Task<bool> AddAsync(Command command, ClaimsPrincipal user, CancellationToken cancellationToken)
        {
            if (!await EditableAsync(command.CollectiveId, user, cancellationToken))
            {
                return false;
            }

            var data = new AwardHistoryData(command.AwardCode, command.Year, command.DecisionNumber, command.DecisionDate!.Value, command.IssuingAuthority);
            db.AwardHistory.Add(AwardHistoryRecord.ForCollective(tenant.TenantId!.Value, Guid.CreateVersion7(), command.CollectiveId, data, AwardSource.Manual));
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }

        public async Task<bool> RemoveAsync(Guid collectiveId, Guid entryId, ClaimsPrincipal user, CancellationToken cancellationToken)
        {
            var entry = await db.AwardHistory.FirstOrDefaultAsync(h => h.Id == entryId && h.CollectiveId == collectiveId, cancellationToken);
            if (entry is null || !await EditableAsync(collectiveId, user, cancellationToken))
            {
                return false;
            }

            db.AwardHistory.Remove(entry);
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }

        private async Task<bool> EditableAsync(Guid collectiveId, ClaimsPrincipal user, CancellationToken cancellationToken)
        {
            var unitId = await db.Collectives.Where(c => c.Id == collectiveId).Select(c => (Guid?)c.UnitId).FirstOrDefaultAsync(cancellationToken);
            return unitId is { } unit && PeopleScope.CanEdit(user, unit);
        }
    }
}
