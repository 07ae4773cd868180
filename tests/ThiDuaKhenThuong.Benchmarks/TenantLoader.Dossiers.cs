using Npgsql;
using NpgsqlTypes;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Domain.Workflow;
using static ThiDuaKhenThuong.Domain.Workflow.WorkflowStates;

namespace ThiDuaKhenThuong.Benchmarks;

/// <summary>
/// The province's dossiers over three years, in creation order: each with its workflow instance in a realistic state
/// (older years mostly decided; this year spread over the route, some overdue), its nominations and its history rows,
/// sealed into the province's hash chain exactly as the workflow engine seals them.
/// </summary>
internal sealed partial class TenantLoader
{
    /// <summary>The step each state is reached by, after the previous state of the route.</summary>
    private static readonly Dictionary<string, (string From, string Action, string Role, string? Comment)> Steps = new(StringComparer.Ordinal)
    {
        [AwaitingUnitApproval] = (Draft, WorkflowActions.SubmitToLeader, Roles.UnitStaff, null),
        [Submitted] = (AwaitingUnitApproval, WorkflowActions.Send, Roles.UnitLeader, null),
        [Received] = (Submitted, WorkflowActions.Receive, Roles.StandingOfficer, null),
        [UnderReview] = (Received, WorkflowActions.StartReview, Roles.StandingOfficer, null),
        [ReturnedForSupplement] = (UnderReview, WorkflowActions.RequestSupplement, Roles.StandingOfficer, "Đề nghị bổ sung biên bản họp Hội đồng Thi đua - Khen thưởng của đơn vị và báo cáo thành tích có xác nhận."),
        [AwaitingCouncil] = (UnderReview, WorkflowActions.SubmitToCouncil, Roles.StandingHead, null),
        [CouncilVoted] = (AwaitingCouncil, WorkflowActions.RecordVote, Roles.StandingOfficer, null),
        [AwaitingDecision] = (CouncilVoted, WorkflowActions.ForwardForDecision, Roles.StandingHead, null),
        [Decided] = (AwaitingDecision, WorkflowActions.Decide, Roles.Leader, null),
        [Rejected] = (UnderReview, WorkflowActions.Reject, Roles.StandingOfficer, "Thành tích chưa đủ điều kiện theo quy định."),
        [Withdrawn] = (Submitted, WorkflowActions.Withdraw, Roles.UnitLeader, "Đơn vị rút hồ sơ để hoàn thiện lại."),
    };

    /// <summary>This year's dossiers, by share (per mille) of each state.</summary>
    private static readonly (string State, int PerMille)[] CurrentYear =
    [
        (Draft, 80), (AwaitingUnitApproval, 40), (Submitted, 130), (Received, 110), (UnderReview, 220), (ReturnedForSupplement, 70),
        (AwaitingCouncil, 60), (CouncilVoted, 30), (AwaitingDecision, 50), (Decided, 150), (Rejected, 40), (Withdrawn, 20),
    ];

    private static readonly (string State, int PerMille)[] PastYears = [(Decided, 820), (Rejected, 110), (Withdrawn, 40), (AwaitingDecision, 30)];

    private static readonly string[] PersonAwards = ["ProvincialCertificate", "ProvincialCertificate", "ProvincialCertificate", "ProvincialEmulationFighter", "ProvincialEmulationFighter", "PrimeMinisterCertificate"];

    private static readonly string[] Campaigns = ["phong trào thi đua \"Cả nước chung tay vì người nghèo\"", "phong trào \"Bình dân học vụ số\"", "đợt thi đua chào mừng Đại hội Đảng bộ tỉnh", "phong trào xây dựng nông thôn mới"];

    private readonly BulkTable dossiers;
    private readonly BulkTable instances;
    private readonly BulkTable nominations;
    private readonly BulkTable history;
    private readonly Dictionary<int, int> numbers = [];
    private HistoryEntry? lastEntry;

    private static void InitDossierTables(out BulkTable dossiers, out BulkTable instances, out BulkTable nominations, out BulkTable history)
    {
        dossiers = new("dossiers", ("tenant_id", NpgsqlDbType.Uuid), ("id", NpgsqlDbType.Uuid), ("unit_id", NpgsqlDbType.Uuid), ("year", NpgsqlDbType.Integer),
            ("kind", NpgsqlDbType.Varchar), ("title", NpgsqlDbType.Varchar), ("summary", NpgsqlDbType.Varchar), ("number", NpgsqlDbType.Integer),
            ("workflow_instance_id", NpgsqlDbType.Uuid), ("is_editable", NpgsqlDbType.Boolean), ("created_by", NpgsqlDbType.Uuid),
            ("created_at", NpgsqlDbType.TimestampTz), ("sent_at", NpgsqlDbType.TimestampTz), ("assigned_officer_id", NpgsqlDbType.Uuid));
        instances = new("workflow_instances", ("id", NpgsqlDbType.Uuid), ("tenant_id", NpgsqlDbType.Uuid), ("subject_kind", NpgsqlDbType.Varchar),
            ("subject_id", NpgsqlDbType.Uuid), ("owner_unit_id", NpgsqlDbType.Uuid), ("definition_code", NpgsqlDbType.Varchar),
            ("definition_version", NpgsqlDbType.Integer), ("state", NpgsqlDbType.Varchar), ("state_entered_at", NpgsqlDbType.TimestampTz),
            ("deadline_at", NpgsqlDbType.Date), ("clock_step", NpgsqlDbType.Varchar), ("clock_paused_on", NpgsqlDbType.Date),
            ("paused_remaining_working_days", NpgsqlDbType.Integer), ("paused_working_days_used", NpgsqlDbType.Integer));
        nominations = new("nominations", ("tenant_id", NpgsqlDbType.Uuid), ("id", NpgsqlDbType.Uuid), ("dossier_id", NpgsqlDbType.Uuid),
            ("award_code", NpgsqlDbType.Varchar), ("eligibility_status", NpgsqlDbType.Varchar), ("justification", NpgsqlDbType.Varchar),
            ("appraisal", NpgsqlDbType.Varchar), ("appraisal_note", NpgsqlDbType.Varchar), ("appraised_by", NpgsqlDbType.Uuid),
            ("appraised_at", NpgsqlDbType.TimestampTz), ("nominee_id", NpgsqlDbType.Uuid), ("nominee_kind", NpgsqlDbType.Varchar),
            ("nominee_name", NpgsqlDbType.Varchar), ("outcome", NpgsqlDbType.Varchar), ("outcome_at", NpgsqlDbType.TimestampTz));
        history = new("workflow_history", ("tenant_id", NpgsqlDbType.Uuid), ("sequence", NpgsqlDbType.Bigint), ("instance_id", NpgsqlDbType.Uuid),
            ("subject_id", NpgsqlDbType.Uuid), ("from_state", NpgsqlDbType.Varchar), ("to_state", NpgsqlDbType.Varchar), ("action", NpgsqlDbType.Varchar),
            ("actor_id", NpgsqlDbType.Uuid), ("actor_role", NpgsqlDbType.Varchar), ("actor_unit_id", NpgsqlDbType.Uuid),
            ("occurred_at", NpgsqlDbType.TimestampTz), ("comment", NpgsqlDbType.Varchar), ("client_ip", NpgsqlDbType.Varchar),
            ("evidence_hashes", NpgsqlDbType.Array | NpgsqlDbType.Text), ("previous_hash", NpgsqlDbType.Char), ("hash", NpgsqlDbType.Char));
    }

    private async Task AddDossiersAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var today = options.Today;
        var firstYear = today.Year - 2;
        var created = new List<DateTimeOffset>(plan.Dossiers);
        var start = new DateTimeOffset(firstYear, 1, 2, 0, 0, 0, TimeSpan.Zero);
        var span = (now - start).TotalSeconds;
        for (var i = 0; i < plan.Dossiers; i++)
        {
            created.Add(start.AddSeconds(random.NextDouble() * span));
        }

        created.Sort();
        var submitters = units.Skip(2).ToList();
        foreach (var createdAt in created)
        {
            AddDossier(submitters[random.Next(submitters.Count)], createdAt);
            if (dossiers.Pending >= BatchSize)
            {
                await FlushAsync(connection, cancellationToken, dossiers, instances, nominations, history);
            }
        }

        await FlushAsync(connection, cancellationToken, dossiers, instances, nominations, history);
        foreach (var (year, last) in numbers)
        {
            await ExecuteAsync(connection, "INSERT INTO dossier_counters (tenant_id, year, last_number) VALUES ($1, $2, $3)", cancellationToken, tenantId, year, last);
        }

        if (lastEntry is not null)
        {
            await ExecuteAsync(connection, "INSERT INTO workflow_chain_heads (tenant_id, last_sequence, last_hash) VALUES ($1, $2, $3)", cancellationToken,
                tenantId, lastEntry.Sequence, lastEntry.Hash);
        }
    }

    private void AddDossier(Unit unit, DateTimeOffset createdAt)
    {
        var year = createdAt.Year;
        var state = Pick(year < options.Today.Year ? PastYears : CurrentYear);
        var id = NewId(createdAt);
        var instanceId = NewId(createdAt);
        var route = RouteTo(state);
        // Steps a few days apart; the last one no later than now, so this year's open dossiers have recent deadlines.
        var times = new DateTimeOffset[route.Count + 1];
        times[0] = createdAt;
        for (var i = 1; i < times.Length; i++)
        {
            times[i] = times[i - 1].AddHours(random.Next(12, 24 * 9));
        }

        // A dossier still open this year has moved recently (within about six weeks), so a part of them is overdue.
        if (year == options.Today.Year && state is not (Decided or Rejected or Withdrawn) && route.Count > 0)
        {
            var target = now.AddHours(-random.Next(1, 24 * 42));
            var forward = target - times[^1];
            for (var i = 1; i < times.Length && forward > TimeSpan.Zero; i++)
            {
                times[i] += forward;
            }
        }

        var shift = times[^1] > now ? times[^1] - now + TimeSpan.FromMinutes(random.Next(5, 600)) : TimeSpan.Zero;
        for (var i = 1; i < times.Length; i++)
        {
            times[i] = times[i] - shift < times[i - 1] ? times[i - 1] : times[i] - shift;
        }

        var kindRoll = random.Next(10);
        var kind = kindRoll < 6 ? "Annual" : kindRoll < 8 ? "Thematic" : "AdHoc";
        var title = kind switch
        {
            "Annual" => $"Đề nghị khen thưởng thành tích năm {year} - {unit.Name}",
            "Thematic" => $"Đề nghị khen thưởng trong {Campaigns[random.Next(Campaigns.Length)]} năm {year} - {unit.Name}",
            _ => $"Đề nghị khen thưởng đột xuất - {unit.Name}",
        };
        var reached = route.Select(r => r.To).ToHashSet(StringComparer.Ordinal);
        int? number = reached.Contains(Received) ? NextNumber(year) : null;
        var sentAt = route.FirstOrDefault(r => r.To == Submitted) is { To: not null } sent ? times[route.IndexOf(sent) + 1] : (DateTimeOffset?)null;
        var officer = number is not null && random.Next(10) < 6 ? accounts[Roles.StandingOfficer] : (Guid?)null;
        var editable = state is Draft or ReturnedForSupplement;
        dossiers.Add(tenantId, id, unit.Id, year, kind, title, null, number, instanceId, editable, accounts[Roles.UnitStaff], createdAt, sentAt, officer);

        var entered = times[^1];
        DateOnly? deadline = null;
        string? clockStep = null;
        DateOnly? pausedOn = null;
        int? remaining = null;
        if (state is Received or UnderReview)
        {
            var receivedAt = times[route.FindIndex(r => r.To == Received) + 1];
            clockStep = Received;
            deadline = DateOnly.FromDateTime(receivedAt.UtcDateTime).AddDays(28);
        }
        else if (state == ReturnedForSupplement)
        {
            clockStep = Received;
            pausedOn = DateOnly.FromDateTime(entered.UtcDateTime);
            remaining = random.Next(3, 18);
        }

        instances.Add(instanceId, tenantId, SubjectKinds.NominationDossier, id, unit.Id, DefaultWorkflows.ProvincialNominationCode, 1, state, entered,
            deadline, clockStep, pausedOn, remaining, 0);
        AddNominations(unit, id, kind, state, entered);
        for (var i = 0; i < route.Count; i++)
        {
            AddHistory(instanceId, id, unit, route[i], times[i + 1]);
        }
    }

    private void AddNominations(Unit unit, Guid dossierId, string kind, string state, DateTimeOffset entered)
    {
        var candidates = peopleByUnit[unit.Id];
        var count = kind == "AdHoc" ? 1 + random.Next(2) : 1 + random.Next(4);
        var appraised = state is AwaitingCouncil or CouncilVoted or AwaitingDecision or Decided or Rejected || (state == UnderReview && random.Next(2) == 0);
        for (var i = 0; i < count; i++)
        {
            var (personId, name) = candidates[random.Next(candidates.Count)];
            var roll = random.Next(100);
            var eligibility = roll < 82 ? "Pass" : roll < 92 ? "Unknown" : "Fail";
            var justification = eligibility == "Fail" ? "Đơn vị giải trình: cá nhân có thành tích đột xuất, được Thủ trưởng đơn vị đề nghị xét đặc cách." : null;
            var eligible = eligibility != "Fail" || random.Next(2) == 0;
            var appraisal = appraised ? (eligible ? "Eligible" : "NotEligible") : "Pending";
            var outcome = state switch
            {
                Decided => eligible ? "Awarded" : "NotPassed",
                AwaitingDecision => eligible ? "AwaitingDecision" : "NotPassed",
                Rejected => "Rejected",
                _ => "Pending",
            };
            nominations.Add(tenantId, NewId(entered), dossierId, PersonAwards[random.Next(PersonAwards.Length)], eligibility, justification, appraisal,
                appraised && !eligible ? "Chưa đủ số năm hoàn thành xuất sắc nhiệm vụ theo quy định." : null,
                appraised ? accounts[Roles.StandingOfficer] : null, appraised ? entered : null, personId, "Person", name, outcome,
                outcome == "Pending" ? null : entered);
        }
    }

    private void AddHistory(Guid instanceId, Guid dossierId, Unit unit, (string From, string To, string Action, string Role, string? Comment) step, DateTimeOffset at)
    {
        var byUnit = step.Role is Roles.UnitStaff or Roles.UnitLeader;
        var entry = HistoryChain.Seal(new HistoryEntry
        {
            TenantId = tenantId,
            SubjectId = dossierId,
            FromState = step.From,
            ToState = step.To,
            Action = step.Action,
            ActorId = accounts[step.Role],
            ActorRole = step.Role,
            ActorUnitId = byUnit ? unit.Id : units[step.Role == Roles.Leader ? 0 : 1].Id,
            OccurredAt = at,
            Comment = step.Comment,
            ClientIp = "10.0.0." + random.Next(2, 250),
        }, lastEntry);
        lastEntry = entry;
        history.Add(tenantId, entry.Sequence, instanceId, dossierId, entry.FromState, entry.ToState, entry.Action, entry.ActorId, entry.ActorRole,
            entry.ActorUnitId, entry.OccurredAt, entry.Comment, entry.ClientIp, Array.Empty<string>(), entry.PreviousHash, entry.Hash);
    }

    /// <summary>The steps from a new draft to <paramref name="state"/>.</summary>
    private static List<(string From, string To, string Action, string Role, string? Comment)> RouteTo(string state)
    {
        var route = new List<(string, string, string, string, string?)>();
        var at = state;
        while (at != Draft)
        {
            var (from, action, role, comment) = Steps[at];
            route.Insert(0, (from, at, action, role, comment));
            at = from;
        }

        return route;
    }

    private int NextNumber(int year)
    {
        var next = numbers.GetValueOrDefault(year) + 1;
        numbers[year] = next;
        return next;
    }

    private string Pick((string State, int PerMille)[] shares)
    {
        var roll = random.Next(shares.Sum(s => s.PerMille));
        foreach (var (state, perMille) in shares)
        {
            if (roll < perMille)
            {
                return state;
            }

            roll -= perMille;
        }

        return shares[^1].State;
    }
}
