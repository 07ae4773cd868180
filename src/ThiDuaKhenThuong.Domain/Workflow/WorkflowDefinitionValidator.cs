using ThiDuaKhenThuong.Domain.Identity;

namespace ThiDuaKhenThuong.Domain.Workflow;

/// <summary>
/// Checks a definition before it is published. Returns every problem at once, in Vietnamese, so a tenant administrator
/// editing a route sees the whole list rather than fixing one error per save.
/// </summary>
public static class WorkflowDefinitionValidator
{
    public static IReadOnlyList<string> Validate(WorkflowDefinition definition, GuardRegistry guards)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(guards);

        var errors = new List<string>();
        CheckHeader(definition, errors);
        var stateCodes = CheckStates(definition.States, errors);
        CheckTransitions(definition, stateCodes, guards, errors);
        CheckReachability(definition, stateCodes, errors);
        return errors;
    }

    private static void CheckHeader(WorkflowDefinition definition, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(definition.Code))
        {
            errors.Add("Quy trình phải có mã.");
        }

        if (definition.Version < 1)
        {
            errors.Add("Phiên bản quy trình phải là số nguyên dương.");
        }

        if (string.IsNullOrWhiteSpace(definition.SubjectKind))
        {
            errors.Add("Quy trình phải nêu loại đối tượng áp dụng.");
        }

        if (string.IsNullOrWhiteSpace(definition.Name))
        {
            errors.Add("Quy trình phải có tên.");
        }
    }

    private static HashSet<string> CheckStates(IReadOnlyList<WorkflowState> states, List<string> errors)
    {
        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var state in states)
        {
            if (string.IsNullOrWhiteSpace(state.Code))
            {
                errors.Add("Có trạng thái chưa có mã.");
                continue;
            }

            if (!codes.Add(state.Code))
            {
                errors.Add($"Mã trạng thái \"{state.Code}\" bị trùng.");
            }

            if (string.IsNullOrWhiteSpace(state.Label))
            {
                errors.Add($"Trạng thái \"{state.Code}\" chưa có tên hiển thị.");
            }

            if (state.StepLimitWorkingDays is <= 0)
            {
                errors.Add($"Thời hạn xử lý của trạng thái \"{state.Code}\" phải lớn hơn 0 ngày làm việc.");
            }

            if (state.IsTerminal && state.StepLimitWorkingDays is not null)
            {
                errors.Add($"Trạng thái kết thúc \"{state.Code}\" không được có thời hạn xử lý.");
            }

            if (state.IsInitial && state.IsTerminal)
            {
                errors.Add($"Trạng thái \"{state.Code}\" không thể vừa là trạng thái bắt đầu vừa là trạng thái kết thúc.");
            }
        }

        var initialCount = states.Count(s => s.IsInitial);
        if (initialCount != 1)
        {
            errors.Add($"Quy trình phải có đúng một trạng thái bắt đầu (hiện có {initialCount}).");
        }

        if (!states.Any(s => s.IsTerminal))
        {
            errors.Add("Quy trình phải có ít nhất một trạng thái kết thúc.");
        }

        return codes;
    }

    private static void CheckTransitions(
        WorkflowDefinition definition, HashSet<string> stateCodes, GuardRegistry guards, List<string> errors)
    {
        var seen = new HashSet<(string From, string Action)>();
        foreach (var t in definition.Transitions)
        {
            var name = $"\"{t.Action}\" ({t.From} → {t.To})";
            if (!stateCodes.Contains(t.From))
            {
                errors.Add($"Thao tác {name} đi từ trạng thái không có trong quy trình: \"{t.From}\".");
            }

            if (!stateCodes.Contains(t.To))
            {
                errors.Add($"Thao tác {name} đi tới trạng thái không có trong quy trình: \"{t.To}\".");
            }

            if (definition.FindState(t.From) is { IsTerminal: true })
            {
                errors.Add($"Không được có thao tác {name} đi ra từ trạng thái kết thúc \"{t.From}\".");
            }

            if (string.IsNullOrWhiteSpace(t.Action))
            {
                errors.Add($"Có thao tác từ \"{t.From}\" tới \"{t.To}\" chưa có mã.");
            }
            else if (!seen.Add((t.From, t.Action)))
            {
                errors.Add($"Thao tác \"{t.Action}\" bị khai báo hai lần cho trạng thái \"{t.From}\".");
            }

            if (string.IsNullOrWhiteSpace(t.Label))
            {
                errors.Add($"Thao tác {name} chưa có tên hiển thị.");
            }

            CheckRolesGuardsEffects(t, name, guards, errors);
        }
    }

    private static void CheckRolesGuardsEffects(
        WorkflowTransition t, string name, GuardRegistry guards, List<string> errors)
    {
        if (t.AllowedRoles.Count == 0)
        {
            errors.Add($"Thao tác {name} chưa nêu vai trò được phép thực hiện.");
        }

        foreach (var role in t.AllowedRoles.Where(r => !Roles.All.Contains(r)))
        {
            errors.Add($"Thao tác {name} nêu vai trò không tồn tại: \"{role}\".");
        }

        foreach (var guard in t.Guards.Where(g => !guards.Contains(g)))
        {
            errors.Add($"Thao tác {name} dùng điều kiện không tồn tại: \"{guard}\".");
        }

        if (t.Effects.Any(string.IsNullOrWhiteSpace))
        {
            errors.Add($"Thao tác {name} có tác động (thông báo) để trống.");
        }
    }

    private static void CheckReachability(WorkflowDefinition definition, HashSet<string> stateCodes, List<string> errors)
    {
        var initial = definition.InitialState;
        if (initial is null || definition.States.Count(s => s.IsInitial) != 1)
        {
            return;
        }

        var reached = new HashSet<string>(StringComparer.Ordinal) { initial.Code };
        var queue = new Queue<string>([initial.Code]);
        while (queue.TryDequeue(out var current))
        {
            foreach (var t in definition.TransitionsFrom(current).Where(t => stateCodes.Contains(t.To)))
            {
                if (reached.Add(t.To))
                {
                    queue.Enqueue(t.To);
                }
            }
        }

        foreach (var state in definition.States.Where(s => !string.IsNullOrWhiteSpace(s.Code)))
        {
            if (!reached.Contains(state.Code))
            {
                errors.Add($"Trạng thái \"{state.Code}\" không thể tới được từ trạng thái bắt đầu.");
            }

            if (!state.IsTerminal && !definition.TransitionsFrom(state.Code).Any())
            {
                errors.Add($"Trạng thái \"{state.Code}\" không phải trạng thái kết thúc nhưng không có thao tác nào đi ra.");
            }
        }
    }
}
