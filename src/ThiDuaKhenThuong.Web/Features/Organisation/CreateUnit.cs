using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Organisation;

/// <summary>Thêm đơn vị: a unit that did not come from a restructuring (a new agency, a unit missing from the list).</summary>
public static class CreateUnit
{
    public sealed class Command
    {
        [Display(Name = "Mã đơn vị")]
        public string? Code { get; set; }

        [Display(Name = "Tên đơn vị")]
        public string? Name { get; set; }

        [Display(Name = "Loại đơn vị")]
        public UnitKind? Kind { get; set; }

        [Display(Name = "Trực thuộc")]
        public Guid? ParentId { get; set; }

        [Display(Name = "Hoạt động từ ngày")]
        public DateOnly? ValidFrom { get; set; }

        [Display(Name = "Số quyết định thành lập (nếu có)")]
        public string? DecisionNumber { get; set; }

        [Display(Name = "Ngày quyết định")]
        public DateOnly? DecisionDate { get; set; }

        [BindNever]
        public IReadOnlyList<UnitOption> ActiveUnits { get; set; } = [];
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(AppDbContext db)
        {
            RuleFor(c => c.Name).UnitName("tên đơn vị");
            RuleFor(c => c.Kind).NotNull().WithMessage("Vui lòng chọn loại đơn vị.");
            RuleFor(c => c.ValidFrom).NotNull().WithMessage("Vui lòng nhập ngày bắt đầu hoạt động.");
            RuleFor(c => c.DecisionNumber).MaximumLength(DecisionReference.MaxNumberLength).WithMessage($"Số quyết định dài tối đa {DecisionReference.MaxNumberLength} ký tự.");
            RuleFor(c => c.DecisionDate).NotNull().When(c => !string.IsNullOrWhiteSpace(c.DecisionNumber)).WithMessage("Vui lòng nhập ngày quyết định.");
            RuleFor(c => c.DecisionNumber).NotEmpty().When(c => c.DecisionDate is not null).WithMessage("Vui lòng nhập số quyết định.");
            RuleFor(c => c.Code).UnitCode().DependentRules(() =>
                RuleFor(c => c).CustomAsync(async (c, context, ct) =>
                {
                    if (c.ValidFrom is { } from && await db.CodeHolderAsync(c.Code!, from, ct) is { } holder)
                    {
                        context.AddFailure(nameof(Command.Code), OrganisationData.CodeTaken(c.Code!, holder));
                    }
                }));
            RuleFor(c => c).CustomAsync(async (c, context, ct) =>
            {
                if (c.ParentId is { } parentId && c.ValidFrom is { } from
                    && !await db.Units.AnyAsync(u => u.Id == parentId && u.ValidTo == null && u.ValidFrom <= from, ct))
                {
                    context.AddFailure(nameof(Command.ParentId), $"Đơn vị cấp trên phải đang hoạt động vào ngày {from:dd/MM/yyyy}.");
                }
            });
        }
    }

    public sealed class Handler(AppDbContext db)
    {
        public async Task PrepareAsync(Command form, CancellationToken cancellationToken)
            => form.ActiveUnits = await db.ActiveUnitsAsync(cancellationToken);

        public async Task<OperationResult> HandleAsync(Command form, CancellationToken cancellationToken)
        {
            var tenantId = db.CurrentTenantId ?? throw new InvalidOperationException("No province is signed in.");
            var decision = string.IsNullOrWhiteSpace(form.DecisionNumber) ? null : new DecisionReference(form.DecisionNumber, form.DecisionDate!.Value);
            var unit = new Unit(tenantId, Guid.CreateVersion7(), form.Code!, form.Name!, form.Kind!.Value, form.ParentId, form.ValidFrom!.Value, decision);
            db.Units.Add(unit);
            var errors = await db.TrySaveAsync(cancellationToken);
            return errors.Count > 0 ? OperationResult.Fail(errors) : OperationResult.Ok(unit.Id, $"Đã thêm đơn vị \"{unit.Name}\".");
        }
    }
}
