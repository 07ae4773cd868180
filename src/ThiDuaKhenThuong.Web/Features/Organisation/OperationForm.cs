using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using ThiDuaKhenThuong.Domain.Organisation;

namespace ThiDuaKhenThuong.Web.Features.Organisation;

/// <summary>What every restructuring form asks: the unit, the effective date, the decision and a confirmation.</summary>
public abstract class OperationForm
{
    /// <summary>The unit the operation starts from (route id).</summary>
    public Guid Id { get; set; }

    [Display(Name = "Ngày hiệu lực")]
    public DateOnly? Effective { get; set; }

    [Display(Name = "Số quyết định")]
    public string? DecisionNumber { get; set; }

    [Display(Name = "Ngày quyết định")]
    public DateOnly? DecisionDate { get; set; }

    [Display(Name = "Ghi chú")]
    public string? Note { get; set; }

    [Display(Name = "Tôi đã kiểm tra và xác nhận: thao tác sắp xếp tổ chức không thể hoàn tác.")]
    public bool Confirmed { get; set; }

    /// <summary>What the page shows around the form; never bound from the request.</summary>
    [BindNever]
    public OperationPage Page { get; set; } = OperationPage.Empty;

    public DecisionReference Decision() => new(DecisionNumber ?? string.Empty, DecisionDate ?? default);
}

public sealed record UnitOption(Guid Id, string Code, string Name);

public sealed record UnitSummary(Guid Id, string Code, string Name, UnitKind Kind, Guid? ParentId, string? ParentName, DateOnly ValidFrom, DateOnly? ValidTo);

public sealed record OperationPage(UnitSummary? Unit, IReadOnlyList<UnitOption> ActiveUnits)
{
    public static OperationPage Empty { get; } = new(null, []);
}

/// <summary>The outcome of an operation: where to go next and what to say, or why nothing was changed.</summary>
public sealed record OperationResult(Guid UnitId, string Notice, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static OperationResult Ok(Guid unitId, string notice) => new(unitId, notice, []);

    public static OperationResult Fail(IReadOnlyList<string> errors) => new(Guid.Empty, string.Empty, errors);

    public static OperationResult Fail(string error) => Fail([error]);
}

/// <summary>A use case behind a form: loads what the page shows (false: no such unit), then carries the form out.</summary>
public interface IOrganisationOperation<in TForm>
{
    Task<bool> PrepareAsync(TForm form, CancellationToken cancellationToken);

    Task<OperationResult> HandleAsync(TForm form, CancellationToken cancellationToken);
}

internal static class OperationRules
{
    public static void AddOperationRules<T>(this AbstractValidator<T> validator)
        where T : OperationForm
    {
        validator.RuleFor(c => c.Effective).NotNull().WithMessage("Vui lòng nhập ngày hiệu lực.");
        validator.RuleFor(c => c.DecisionNumber)
            .NotEmpty().WithMessage("Vui lòng nhập số quyết định.")
            .MaximumLength(DecisionReference.MaxNumberLength).WithMessage($"Số quyết định dài tối đa {DecisionReference.MaxNumberLength} ký tự.");
        validator.RuleFor(c => c.DecisionDate).NotNull().WithMessage("Vui lòng nhập ngày quyết định.");
        validator.RuleFor(c => c.Note).MaximumLength(UnitLineage.MaxNoteLength).WithMessage($"Ghi chú dài tối đa {UnitLineage.MaxNoteLength} ký tự.");
        validator.RuleFor(c => c.Confirmed).Equal(true).WithMessage("Vui lòng đánh dấu xác nhận: thao tác sắp xếp tổ chức không thể hoàn tác.");
    }

    public static IRuleBuilderOptions<T, string?> UnitName<T>(this IRuleBuilder<T, string?> rule, string what)
        => rule.NotEmpty().WithMessage($"Vui lòng nhập {what}.")
            .MaximumLength(Unit.MaxNameLength).WithMessage($"Tên đơn vị dài tối đa {Unit.MaxNameLength} ký tự.");

    public static IRuleBuilderOptions<T, string?> UnitCode<T>(this IRuleBuilder<T, string?> rule)
        => rule.NotEmpty().WithMessage("Vui lòng nhập mã đơn vị.")
            .MaximumLength(Unit.MaxCodeLength).WithMessage($"Mã đơn vị dài tối đa {Unit.MaxCodeLength} ký tự.")
            .Matches("^[A-Za-z0-9][A-Za-z0-9._-]*$").WithMessage("Mã đơn vị chỉ gồm chữ cái không dấu, chữ số và các dấu - _ . (không có khoảng trắng).");
}
