using System.Text.RegularExpressions;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Domain.Workflow;

namespace ThiDuaKhenThuong.Domain.Tests.Workflow;

/// <summary>Builders shared by the workflow tests: one tenant, the dossier's own unit, another unit, the Standing Agency.</summary>
internal static partial class WorkflowTestData
{
    public static readonly Guid TenantId = Guid.Parse("11111111-1111-1111-1111-111111111111");
    public static readonly Guid OtherTenantId = Guid.Parse("22222222-2222-2222-2222-222222222222");
    public static readonly Guid OwnerUnitId = Guid.Parse("33333333-3333-3333-3333-333333333333");
    public static readonly Guid OtherUnitId = Guid.Parse("44444444-4444-4444-4444-444444444444");
    public static readonly Guid StandingAgencyUnitId = Guid.Parse("55555555-5555-5555-5555-555555555555");
    public static readonly Guid SubjectId = Guid.Parse("66666666-6666-6666-6666-666666666666");

    /// <summary>Monday 2 March 2026, 09:00 in Vietnam.</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(7));

    public static readonly WorkingCalendar Calendar = VietnameseHolidays.DefaultCalendar();

    public static GuardFacts AllSatisfied { get; } = new()
    {
        MissingDocuments = [],
        UnappraisedNominations = [],
        NominationsWithoutEligibilityCheck = [],
    };

    public static WorkflowEngine Engine() => new(GuardRegistry.Default, Calendar);

    /// <summary>Unit roles act from the dossier's own unit; everyone else from the Standing Agency.</summary>
    public static WorkflowActor ActorFor(string role) =>
        role is Roles.UnitStaff or Roles.UnitLeader ? InUnit(role, OwnerUnitId) : InUnit(role, StandingAgencyUnitId);

    public static WorkflowActor InUnit(string role, Guid unitId) => new(Guid.NewGuid(), TenantId, [role], unitId);

    /// <summary>Holds every role in the owning unit: used only to walk a dossier to the state a test needs.</summary>
    public static WorkflowActor Everyone { get; } = new(Guid.NewGuid(), TenantId, Roles.All, OwnerUnitId);

    public static WorkflowDefinition Definition(string code) =>
        DefaultWorkflows.All.Single(d => d.Code == code);

    public static WorkflowInstance Start(WorkflowDefinition definition, DateTimeOffset? now = null) =>
        Engine().Start(definition, Guid.NewGuid(), TenantId, SubjectId, OwnerUnitId, now ?? Now);

    /// <summary>A new instance walked along the shortest route to <paramref name="state"/>.</summary>
    public static WorkflowInstance InState(WorkflowDefinition definition, string state, DateTimeOffset? now = null)
    {
        var at = now ?? Now;
        var instance = Start(definition, at);
        foreach (var step in ShortestPath(definition, state))
        {
            Move(definition, instance, step.Action, Everyone, at);
        }

        instance.State.ShouldBe(state);
        return instance;
    }

    /// <summary>Applies an action that must succeed, with a comment and every fact satisfied.</summary>
    public static TransitionResult Move(
        WorkflowDefinition definition, WorkflowInstance instance, string action, WorkflowActor actor, DateTimeOffset now)
    {
        var result = Engine().Apply(definition, instance, action, actor, "Ý kiến", TransitionData.None, AllSatisfied, now);
        result.Succeeded.ShouldBeTrue(result.RefusalReason);
        return result;
    }

    public static IReadOnlyList<WorkflowTransition> ShortestPath(WorkflowDefinition definition, string target)
    {
        var start = definition.InitialState!.Code;
        var cameBy = new Dictionary<string, WorkflowTransition?> { [start] = null };
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var current) && current != target)
        {
            foreach (var t in definition.TransitionsFrom(current).Where(t => cameBy.TryAdd(t.To, t)))
            {
                queue.Enqueue(t.To);
            }
        }

        var path = new List<WorkflowTransition>();
        for (var step = cameBy[target]; step is not null; step = cameBy[step.From])
        {
            path.Insert(0, step);
        }

        return path;
    }

    public static void ShouldBeVietnamese(this string? text)
    {
        text.ShouldNotBeNullOrWhiteSpace();
        VietnameseLetter().IsMatch(text).ShouldBeTrue($"Not Vietnamese: {text}");
    }

    [GeneratedRegex("[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", RegexOptions.IgnoreCase)]
    private static partial Regex VietnameseLetter();
}
