using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Organisation;

/// <summary>Chia tách: the unit ends and two or more new units (codes and names typed here) start, under its parent.</summary>
public static class SplitUnit
{
    public const int Rows = 4;

    public sealed class NewUnitRow
    {
        public string? Code { get; set; }

        public string? Name { get; set; }

        public bool IsBlank => string.IsNullOrWhiteSpace(Code) && string.IsNullOrWhiteSpace(Name);
    }

    public sealed class Command : OperationForm
    {
        public List<NewUnitRow> NewUnits { get; set; } = [];

        [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
        public IEnumerable<NewUnitRow> Filled => NewUnits.Where(r => !r.IsBlank);
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(AppDbContext db)
        {
            this.AddOperationRules();
            RuleFor(c => c.Filled).Must(rows => rows.Count() >= 2).WithMessage("Vui lòng nhập ít nhất hai đơn vị mới.");
            RuleForEach(c => c.Filled).ChildRules(row =>
            {
                row.RuleFor(r => r.Code).UnitCode();
                row.RuleFor(r => r.Name).UnitName("tên đơn vị mới");
            }).OverridePropertyName(nameof(Command.NewUnits));
            RuleFor(c => c).CustomAsync(async (c, context, ct) =>
            {
                var codes = c.Filled.Where(r => !string.IsNullOrWhiteSpace(r.Code)).Select(r => Unit.NormaliseCode(r.Code!)).ToList();
                if (codes.Distinct(StringComparer.Ordinal).Count() < codes.Count)
                {
                    context.AddFailure(nameof(Command.NewUnits), "Các đơn vị mới phải có mã khác nhau.");
                }

                foreach (var code in codes.Distinct(StringComparer.Ordinal))
                {
                    if (c.Effective is { } from && await db.CodeHolderAsync(code, from, ct) is { } holder)
                    {
                        context.AddFailure(nameof(Command.NewUnits), OrganisationData.CodeTaken(code, holder));
                    }
                }
            });
        }
    }

    public sealed class Handler(AppDbContext db) : IOrganisationOperation<Command>
    {
        public async Task<bool> PrepareAsync(Command form, CancellationToken cancellationToken)
        {
            form.Page = new OperationPage(await db.SummaryAsync(form.Id, cancellationToken), []);
            while (form.NewUnits.Count < Rows)
            {
                form.NewUnits.Add(new NewUnitRow());
            }

            return form.Page.Unit is not null;
        }

        public async Task<OperationResult> HandleAsync(Command form, CancellationToken cancellationToken)
        {
            var unit = await db.UnitForChangeAsync(form.Id, cancellationToken);
            if (unit is null)
            {
                return OperationResult.Fail("Không tìm thấy đơn vị.");
            }

            var parent = unit.ParentId is { } parentId ? await db.Units.FirstOrDefaultAsync(u => u.Id == parentId, cancellationToken) : null;
            if (await db.ActiveChildrenAsync([unit], cancellationToken) is { Count: > 0 } children)
            {
                return OperationResult.Fail(children);
            }

            IReadOnlyList<Unit> created;
            try
            {
                var specs = form.Filled.Select(r => new NewUnit(r.Code!, r.Name!, unit.Kind, parent)).ToList();
                (created, var links) = Restructuring.Split(unit, specs, form.Effective!.Value, form.Decision(), form.Note);
                db.Units.AddRange(created);
                db.UnitLineages.AddRange(links);
            }
            catch (OrganisationRuleException ex)
            {
                return OperationResult.Fail(ex.Message);
            }

            await db.WithdrawFromGroupsAsync([unit.Id], form.Effective!.Value, cancellationToken);
            var errors = await db.TrySaveAsync(cancellationToken);
            return errors.Count > 0
                ? OperationResult.Fail(errors)
                : OperationResult.Ok(unit.Id, $"Đã chia tách \"{unit.Name}\" thành {string.Join(", ", created.Select(u => "\"" + u.Name + "\""))} từ ngày {form.Effective:dd/MM/yyyy}.");
        }
    }
}
