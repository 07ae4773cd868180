using System.Globalization;

namespace ThiDuaKhenThuong.Domain.Workflow;

/// <summary>The guards every deployment has. Codes are stable: definitions stored as data refer to them.</summary>
public static class BuiltInGuards
{
    public const string CommentGiven = "comment-given";
    public const string DocumentsComplete = "documents-complete";
    public const string NominationsAppraised = "nominations-appraised";
    public const string EligibilityChecked = "eligibility-checked";
    public const string StepDeadlineNotPassed = "step-deadline-not-passed";

    public static IReadOnlyList<IWorkflowGuard> All { get; } =
    [
        new CommentGivenGuard(),
        new DocumentsCompleteGuard(),
        new NominationsAppraisedGuard(),
        new EligibilityCheckedGuard(),
        new StepDeadlineNotPassedGuard(),
    ];

    /// <summary>Lists up to a few names so a reason stays one readable line on a button's tooltip.</summary>
    internal static string Names(IReadOnlyList<string> names)
    {
        const int shown = 5;
        var text = string.Join(", ", names.Take(shown));
        return names.Count > shown ? $"{text} và {names.Count - shown} mục khác" : text;
    }
}

public sealed class CommentGivenGuard : IWorkflowGuard
{
    public string Code => BuiltInGuards.CommentGiven;

    public GuardResult Check(GuardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.IsPreview || !string.IsNullOrWhiteSpace(context.Comment)
            ? GuardResult.Ok
            : GuardResult.Fail("Cần nhập ý kiến trước khi thực hiện thao tác này.");
    }
}

public sealed class DocumentsCompleteGuard : IWorkflowGuard
{
    public string Code => BuiltInGuards.DocumentsComplete;

    public GuardResult Check(GuardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Facts.MissingDocuments switch
        {
            null => GuardResult.Fail("Chưa kiểm tra được thành phần hồ sơ; vui lòng tải lại trang."),
            { Count: 0 } => GuardResult.Ok,
            var missing => GuardResult.Fail($"Hồ sơ còn thiếu: {BuiltInGuards.Names(missing)}."),
        };
    }
}

public sealed class NominationsAppraisedGuard : IWorkflowGuard
{
    public string Code => BuiltInGuards.NominationsAppraised;

    public GuardResult Check(GuardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Facts.UnappraisedNominations switch
        {
            null => GuardResult.Fail("Chưa xác định được kết quả thẩm định của các đề nghị; vui lòng tải lại trang."),
            { Count: 0 } => GuardResult.Ok,
            var pending => GuardResult.Fail($"Còn đề nghị chưa có kết quả thẩm định: {BuiltInGuards.Names(pending)}."),
        };
    }
}

public sealed class EligibilityCheckedGuard : IWorkflowGuard
{
    public string Code => BuiltInGuards.EligibilityChecked;

    public GuardResult Check(GuardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Facts.NominationsWithoutEligibilityCheck switch
        {
            null => GuardResult.Fail("Chưa xác định được kết quả kiểm tra tiêu chuẩn; vui lòng tải lại trang."),
            { Count: 0 } => GuardResult.Ok,
            var pending => GuardResult.Fail($"Chưa kiểm tra tiêu chuẩn khen thưởng cho: {BuiltInGuards.Names(pending)}."),
        };
    }
}

/// <summary>Refuses a move once the step's deadline has passed (e.g. a late supplement must go through a new dossier).</summary>
public sealed class StepDeadlineNotPassedGuard : IWorkflowGuard
{
    public string Code => BuiltInGuards.StepDeadlineNotPassed;

    public GuardResult Check(GuardContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var deadline = context.Instance.DeadlineAt;
        return deadline is { } d && d < context.Today
            ? GuardResult.Fail($"Đã quá hạn xử lý của bước này (hạn {d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}).")
            : GuardResult.Ok;
    }
}
