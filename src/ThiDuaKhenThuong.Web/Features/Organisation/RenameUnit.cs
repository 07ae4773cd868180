using System.ComponentModel.DataAnnotations;
using FluentValidation;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Organisation;

/// <summary>Đổi tên: the unit keeps its identity and code; the old name stays valid before the effective date.</summary>
public static class RenameUnit
{
    public sealed class Command : OperationForm
    {
        [Display(Name = "Tên mới")]
        public string? NewName { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            this.AddOperationRules();
            RuleFor(c => c.NewName).UnitName("tên mới của đơn vị");
        }
    }

    public sealed class Handler(AppDbContext db) : IOrganisationOperation<Command>
    {
        public async Task<bool> PrepareAsync(Command form, CancellationToken cancellationToken)
        {
            form.Page = new OperationPage(await db.SummaryAsync(form.Id, cancellationToken), []);
            return form.Page.Unit is not null;
        }

        public async Task<OperationResult> HandleAsync(Command form, CancellationToken cancellationToken)
        {
            var unit = await db.UnitForChangeAsync(form.Id, cancellationToken);
            if (unit is null)
            {
                return OperationResult.Fail("Không tìm thấy đơn vị.");
            }

            var oldName = unit.Name;
            try
            {
                db.UnitLineages.Add(Restructuring.Rename(unit, form.NewName!, form.Effective!.Value, form.Decision(), form.Note));
            }
            catch (OrganisationRuleException ex)
            {
                return OperationResult.Fail(ex.Message);
            }

            var errors = await db.TrySaveAsync(cancellationToken);
            return errors.Count > 0
                ? OperationResult.Fail(errors)
                : OperationResult.Ok(unit.Id, $"Đã đổi tên \"{oldName}\" thành \"{unit.Name}\" từ ngày {form.Effective:dd/MM/yyyy}.");
        }
    }
}
