using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Organisation;

/// <summary>Sáp nhập: this unit ends and an existing unit takes it over and continues.</summary>
public static class AbsorbUnit
{
    public sealed class Command : OperationForm
    {
        [Display(Name = "Sáp nhập vào đơn vị")]
        public Guid? IntoUnitId { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            this.AddOperationRules();
            RuleFor(c => c.IntoUnitId).NotNull().WithMessage("Vui lòng chọn đơn vị nhận sáp nhập.");
        }
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
            var into = await db.Units.FirstOrDefaultAsync(u => u.Id == form.IntoUnitId, cancellationToken);
            if (unit is null || into is null)
            {
                return OperationResult.Fail("Không tìm thấy đơn vị được chọn.");
            }

            if (unit.Id != into.Id && await db.ActiveChildrenAsync([unit], cancellationToken) is { Count: > 0 } children)
            {
                return OperationResult.Fail(children);
            }

            try
            {
                db.UnitLineages.Add(Restructuring.Absorb(unit, into, form.Effective!.Value, form.Decision(), form.Note));
            }
            catch (OrganisationRuleException ex)
            {
                return OperationResult.Fail(ex.Message);
            }

            await db.WithdrawFromGroupsAsync([unit.Id], form.Effective!.Value, cancellationToken);
            var errors = await db.TrySaveAsync(cancellationToken);
            return errors.Count > 0
                ? OperationResult.Fail(errors)
                : OperationResult.Ok(into.Id, $"Đã sáp nhập \"{unit.Name}\" vào \"{into.Name}\" từ ngày {form.Effective:dd/MM/yyyy}.");
        }
    }
}
