using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Organisation;

/// <summary>Hợp nhất: this unit and the chosen others end, and a new unit (code and name typed here) starts.</summary>
public static class MergeUnits
{
    public sealed class Command : OperationForm
    {
        [Display(Name = "Các đơn vị cùng hợp nhất")]
        public List<Guid> OtherUnitIds { get; set; } = [];

        [Display(Name = "Mã đơn vị mới")]
        public string? NewCode { get; set; }

        [Display(Name = "Tên đơn vị mới")]
        public string? NewName { get; set; }

        [Display(Name = "Loại đơn vị mới")]
        public UnitKind? NewKind { get; set; }

        [Display(Name = "Đơn vị cấp trên của đơn vị mới")]
        public Guid? NewParentId { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(AppDbContext db)
        {
            this.AddOperationRules();
            RuleFor(c => c.OtherUnitIds).NotEmpty().WithMessage("Vui lòng chọn ít nhất một đơn vị khác cùng hợp nhất.");
            RuleFor(c => c.NewName).UnitName("tên đơn vị mới");
            RuleFor(c => c.NewKind).NotNull().WithMessage("Vui lòng chọn loại đơn vị mới.");
            RuleFor(c => c.NewCode).UnitCode().DependentRules(() =>
                RuleFor(c => c).CustomAsync(async (c, context, ct) =>
                {
                    if (c.Effective is { } from && await db.CodeHolderAsync(c.NewCode!, from, ct) is { } holder)
                    {
                        context.AddFailure(nameof(Command.NewCode), OrganisationData.CodeTaken(c.NewCode!, holder));
                    }
                }));
        }
    }

    public sealed class Handler(AppDbContext db) : IOrganisationOperation<Command>
    {
        public async Task<bool> PrepareAsync(Command form, CancellationToken cancellationToken)
        {
            form.Page = new OperationPage(await db.SummaryAsync(form.Id, cancellationToken), await db.ActiveUnitsAsync(cancellationToken));
            if (form.Page.Unit is { } unit && form.NewKind is null && form.NewName is null)
            {
                form.NewKind = unit.Kind;
                form.NewParentId = unit.ParentId;
            }

            return form.Page.Unit is not null;
        }

        public async Task<OperationResult> HandleAsync(Command form, CancellationToken cancellationToken)
        {
            var ids = form.OtherUnitIds.Prepend(form.Id).Distinct().ToList();
            var units = await db.Units.Include(u => u.Names).Include(u => u.Parents).AsSplitQuery()
                .Where(u => ids.Contains(u.Id)).ToListAsync(cancellationToken);
            if (units.Count != ids.Count)
            {
                return OperationResult.Fail("Không tìm thấy một trong các đơn vị được chọn.");
            }

            var predecessors = ids.Select(id => units.Single(u => u.Id == id)).ToList();
            var parent = form.NewParentId is { } parentId ? await db.Units.FirstOrDefaultAsync(u => u.Id == parentId, cancellationToken) : null;
            if (form.NewParentId is not null && parent is null)
            {
                return OperationResult.Fail("Không tìm thấy đơn vị cấp trên của đơn vị mới.");
            }

            if (await db.ActiveChildrenAsync(predecessors, cancellationToken) is { Count: > 0 } children)
            {
                return OperationResult.Fail(children);
            }

            Unit successor;
            try
            {
                var (created, links) = Restructuring.Merge(
                    predecessors, new NewUnit(form.NewCode!, form.NewName!, form.NewKind!.Value, parent), form.Effective!.Value, form.Decision(), form.Note);
                successor = created;
                db.Units.Add(created);
                db.UnitLineages.AddRange(links);
            }
            catch (OrganisationRuleException ex)
            {
                return OperationResult.Fail(ex.Message);
            }

            await db.WithdrawFromGroupsAsync(ids, form.Effective!.Value, cancellationToken);
            var errors = await db.TrySaveAsync(cancellationToken);
            return errors.Count > 0
                ? OperationResult.Fail(errors)
                : OperationResult.Ok(successor.Id, $"Đã hợp nhất {predecessors.Count} đơn vị thành \"{successor.Name}\" từ ngày {form.Effective:dd/MM/yyyy}.");
        }
    }
}
