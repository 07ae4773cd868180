using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Organisation;

/// <summary>Giải thể: the unit ends; another unit may take over its work.</summary>
public static class AbolishUnit
{
    public sealed class Command : OperationForm
    {
        [Display(Name = "Đơn vị tiếp nhận nhiệm vụ")]
        public Guid? SuccessorId { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => this.AddOperationRules();
    }

    public sealed class Handler(AppDbContext db) : IOrganisationOperation<Command>
    {
        public async Task<bool> PrepareAsync(Command form, CancellationToken cancellationToken)
        {
            form.Page = new OperationPage(await db.SummaryAsync(form.Id, cancellationToken), await db.ActiveUnitsAsync(cancellationToken));
            return form.Page.Unit is not null;
        }

        public async Task<OperationResult> HandleAsync(Command form, CancellationToken cancellationToken)
        {
            var unit = await db.UnitForChangeAsync(form.Id, cancellationToken);
            if (unit is null)
            {
                return OperationResult.Fail("Không tìm thấy đơn vị.");
            }

            Unit? successor = null;
            if (form.SuccessorId is { } successorId && (successor = await db.Units.FirstOrDefaultAsync(u => u.Id == successorId, cancellationToken)) is null)
            {
                return OperationResult.Fail("Không tìm thấy đơn vị tiếp nhận nhiệm vụ.");
            }

            return await AbolishAsync(unit, successor, form.Effective!.Value, form.Decision(), form.Note, cancellationToken);
        }

        /// <summary>Ends the unit, records the link to its successor and takes it out of its clusters and blocks.</summary>
        public async Task<OperationResult> AbolishAsync(Unit unit, Unit? successor, DateOnly effective, DecisionReference decision, string? note, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(unit);
            if (await db.ActiveChildrenAsync([unit], cancellationToken) is { Count: > 0 } children)
            {
                return OperationResult.Fail(children);
            }

            try
            {
                db.UnitLineages.Add(Restructuring.Abolish(unit, successor, effective, decision, note));
            }
            catch (OrganisationRuleException ex)
            {
                return OperationResult.Fail(ex.Message);
            }

            await db.WithdrawFromGroupsAsync([unit.Id], effective, cancellationToken);
            var errors = await db.TrySaveAsync(cancellationToken);
            return errors.Count > 0
                ? OperationResult.Fail(errors)
                : OperationResult.Ok(unit.Id, $"Đã ghi nhận \"{unit.Name}\" kết thúc hoạt động từ ngày {effective:dd/MM/yyyy}.");
        }
    }
}
