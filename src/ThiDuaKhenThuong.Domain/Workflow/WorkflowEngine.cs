using ThiDuaKhenThuong.Domain.Identity;

namespace ThiDuaKhenThuong.Domain.Workflow;

/// <summary>
/// Moves instances along their definitions. Stateless apart from its guards and the tenant's calendar, so create one
/// per request (or per tenant). Every check a user can fail comes back as a Vietnamese reason, never an exception.
/// </summary>
public sealed class WorkflowEngine(GuardRegistry guards, WorkingCalendar calendar)
{
    public GuardRegistry Guards { get; } = guards ?? throw new ArgumentNullException(nameof(guards));

    public WorkingCalendar Calendar { get; } = calendar ?? throw new ArgumentNullException(nameof(calendar));

    /// <summary>Starts a subject in the definition's initial state (and its clock, if that state has a step limit).</summary>
    public WorkflowInstance Start(
        WorkflowDefinition definition, Guid instanceId, Guid tenantId, Guid subjectId, Guid ownerUnitId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var at = HistoryChain.TruncateToMicroseconds(now);
        var instance = new WorkflowInstance(instanceId, tenantId, definition, subjectId, ownerUnitId, at);
        StepClock.OnEnter(instance, definition.InitialState!, Calendar.LocalDate(at), Calendar);
        return instance;
    }

    /// <summary>
    /// The transitions from the instance's state that the actor's roles and unit allow; each is enabled, or disabled
    /// with the first failing guard's reason. Transitions the actor may never take are left out.
    /// </summary>
    public IReadOnlyList<PermittedAction> PermittedActions(
        WorkflowDefinition definition, WorkflowInstance instance, WorkflowActor actor, GuardFacts facts, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(facts);
        if (!SameDefinition(definition, instance) || actor.TenantId != instance.TenantId)
        {
            return [];
        }

        var today = Calendar.LocalDate(now);
        return
        [
            .. definition.TransitionsFrom(instance.State)
                .Where(t => actor.RoleFor(t.AllowedRoles) is not null && InScope(t, instance, actor))
                .Select(t =>
                {
                    var context = Context(instance, t, actor, comment: null, today, facts, isPreview: true);
                    var failed = FirstFailingGuard(t, context);
                    return new PermittedAction(t, failed is null, failed);
                }),
        ];
    }

    /// <summary>
    /// Applies <paramref name="action"/> for <paramref name="actor"/>: checks the state, role, unit scope, required
    /// comment and guards; on success moves the instance (state, clock) and returns the history row and effects.
    /// </summary>
    public TransitionResult Apply(
        WorkflowDefinition definition,
        WorkflowInstance instance,
        string action,
        WorkflowActor actor,
        string? comment,
        TransitionData data,
        GuardFacts facts,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(facts);
        var at = HistoryChain.TruncateToMicroseconds(now);
        var today = Calendar.LocalDate(at);
        comment = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();

        var check = CheckTransition(definition, instance, action, actor);
        if (check.Refusal is not null)
        {
            return TransitionResult.Refused(instance.State, action, check.Refusal);
        }

        var transition = check.Transition!;
        var refusal = CheckRequest(transition, instance, actor, comment, data, today, facts);
        if (refusal is not null)
        {
            return TransitionResult.Refused(instance.State, action, refusal);
        }

        var history = new HistoryEntry
        {
            TenantId = instance.TenantId,
            SubjectId = instance.SubjectId,
            FromState = transition.From,
            ToState = transition.To,
            Action = transition.Action,
            ActorId = actor.UserId,
            ActorRole = check.Role!,
            ActorUnitId = actor.UnitId,
            OccurredAt = at,
            Comment = comment,
            ClientIp = data.ClientIp,
            EvidenceHashes = [.. data.EvidenceHashes.Select(NormaliseHash)],
        };

        instance.EnterState(transition.To, at);
        StepClock.OnEnter(instance, definition.FindState(transition.To)!, today, Calendar);
        return TransitionResult.Applied(transition, history, instance.DeadlineAt);
    }

    private static bool SameDefinition(WorkflowDefinition definition, WorkflowInstance instance) =>
        definition.Code == instance.DefinitionCode && definition.Version == instance.DefinitionVersion;

    private static bool InScope(WorkflowTransition transition, WorkflowInstance instance, WorkflowActor actor) =>
        transition.Scope switch
        {
            TransitionScope.Tenant => true,
            TransitionScope.OwnUnit => actor.UnitId == instance.OwnerUnitId,
        };

    private static (WorkflowTransition? Transition, string? Role, string? Refusal) CheckTransition(
        WorkflowDefinition definition, WorkflowInstance instance, string action, WorkflowActor actor)
    {
        if (!SameDefinition(definition, instance))
        {
            return (null, null, $"Hồ sơ đi theo quy trình \"{instance.DefinitionCode}\" phiên bản {instance.DefinitionVersion}, "
                + $"không phải \"{definition.Code}\" phiên bản {definition.Version}.");
        }

        if (actor.TenantId != instance.TenantId)
        {
            return (null, null, "Hồ sơ không thuộc tỉnh của bạn.");
        }

        var state = definition.FindState(instance.State);
        if (state is null)
        {
            return (null, null, $"Trạng thái hiện tại \"{instance.State}\" không có trong quy trình; liên hệ quản trị.");
        }

        if (state.IsTerminal)
        {
            return (null, null, $"Hồ sơ đã kết thúc ở trạng thái \"{state.Label}\"; không thể thực hiện thêm thao tác.");
        }

        var transition = string.IsNullOrWhiteSpace(action) ? null : definition.FindTransition(state.Code, action);
        if (transition is null)
        {
            return (null, null, $"Thao tác \"{action}\" không áp dụng cho hồ sơ đang ở trạng thái \"{state.Label}\".");
        }

        var role = actor.RoleFor(transition.AllowedRoles);
        if (role is null)
        {
            var needed = string.Join(", ", transition.AllowedRoles.Select(Roles.Label));
            return (null, null, $"Bạn không có vai trò được thực hiện thao tác \"{transition.Label}\" (cần: {needed}).");
        }

        if (!InScope(transition, instance, actor))
        {
            return (null, null, $"Chỉ cán bộ của đơn vị sở hữu hồ sơ mới được thực hiện thao tác \"{transition.Label}\".");
        }

        return (transition, role, null);
    }

    private string? CheckRequest(
        WorkflowTransition transition,
        WorkflowInstance instance,
        WorkflowActor actor,
        string? comment,
        TransitionData data,
        DateOnly today,
        GuardFacts facts)
    {
        if (transition.RequiresComment && comment is null)
        {
            return $"Thao tác \"{transition.Label}\" cần ghi rõ lý do trong ô ý kiến.";
        }

        if (data.EvidenceHashes.Any(h => !IsSha256Hex(h)))
        {
            return "Mã băm của tệp minh chứng không hợp lệ; vui lòng tải tệp lên lại.";
        }

        return FirstFailingGuard(transition, Context(instance, transition, actor, comment, today, facts, isPreview: false));
    }

    private string? FirstFailingGuard(WorkflowTransition transition, GuardContext context)
    {
        foreach (var code in transition.Guards)
        {
            if (!Guards.TryGet(code, out var guard))
            {
                return $"Điều kiện \"{code}\" của thao tác \"{transition.Label}\" chưa được cài đặt; liên hệ quản trị.";
            }

            var result = guard.Check(context);
            if (!result.Passed)
            {
                return result.Reason ?? $"Chưa đủ điều kiện để thực hiện thao tác \"{transition.Label}\".";
            }
        }

        return null;
    }

    private static GuardContext Context(
        WorkflowInstance instance,
        WorkflowTransition transition,
        WorkflowActor actor,
        string? comment,
        DateOnly today,
        GuardFacts facts,
        bool isPreview) =>
        new()
        {
            Instance = instance,
            Transition = transition,
            Actor = actor,
            Comment = comment,
            Today = today,
            Facts = facts,
            IsPreview = isPreview,
        };

    private static bool IsSha256Hex(string? hash) =>
        hash is { Length: 64 } && hash.All(char.IsAsciiHexDigit);

    // One spelling of each hash, so the chain's canonical form does not depend on how the uploader wrote it.
    private static string NormaliseHash(string hash) => Convert.ToHexStringLower(Convert.FromHexString(hash));
}
