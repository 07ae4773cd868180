using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Organisation;

/// <summary>Chuyển đơn vị cấp trên: the unit moves under another unit (or to the top level) from the effective date.</summary>
public static class TransferUnit
{
    public sealed class Command : OperationForm
    {
        /// <summary>Null: the unit no longer belongs to any unit.</summary>
        [Display(Name = "Đơn vị cấp trên mới")]
        public Guid? NewParentId { get; set; }
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

            Unit? parent = null;
            if (form.NewParentId is { } parentId)
            {
                parent = await db.Units.FirstOrDefaultAsync(u => u.Id == parentId, cancellationToken);
                if (parent is null)
                {
                    return OperationResult.Fail("Không tìm thấy đơn vị cấp trên mới.");
                }
            }

            var ancestors = parent is null ? [] : await db.AncestorsAsync(parent.Id, cancellationToken);
            try
            {
                db.UnitLineages.Add(Restructuring.Transfer(unit, parent, [.. ancestors], form.Effective!.Value, form.Decision(), form.Note));
            }
            catch (OrganisationRuleException ex)
            {
                return OperationResult.Fail(ex.Message);
            }

            var errors = await db.TrySaveAsync(cancellationToken);
            return errors.Count > 0
                ? OperationResult.Fail(errors)
                : OperationResult.Ok(unit.Id, $"Đã chuyển \"{unit.Name}\" về {(parent is null ? "cấp cao nhất" : "\"" + parent.Name + "\"")} từ ngày {form.Effective:dd/MM/yyyy}.");
        }
    }
}
