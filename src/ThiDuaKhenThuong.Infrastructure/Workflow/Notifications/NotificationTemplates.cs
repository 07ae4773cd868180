using System.Globalization;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Domain.Workflow;

namespace ThiDuaKhenThuong.Infrastructure.Workflow.Notifications;

/// <summary>Turns a transition's effects into outbox rows with Vietnamese texts, and says who receives each.</summary>
public static class NotificationTemplates
{
    /// <summary>Where a notification about an instance links to; the dossier pages can link their own way later.</summary>
    public static string InstanceLink(Guid instanceId) => "/Workflow/Instance/" + instanceId.ToString("D");

    /// <summary>
    /// One outbox row per distinct effect of a transition. Written before the history row is sealed (the seal is the
    /// transition's last statement), so the message id names the transition by <paramref name="transitionId"/>, a fresh
    /// id per transition, rather than by its sequence: <c>wf.{instance}.{transition}.{effect}</c>.
    /// </summary>
    public static IEnumerable<OutboxMessage> ForTransition(
        WorkflowInstance instance, WorkflowDefinition definition, TransitionResult result, Guid transitionId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(result);
        var history = result.History ?? throw new ArgumentException("The transition was not applied.", nameof(result));
        foreach (var effect in result.Effects.Distinct(StringComparer.Ordinal))
        {
            var messageId = string.Create(CultureInfo.InvariantCulture, $"wf.{instance.Id:N}.{transitionId:N}.{effect.Replace(':', '-')}");
            var recipients = Recipients(effect, instance.OwnerUnitId);
            if (recipients is null)
            {
                yield return new OutboxMessage(instance.TenantId, Guid.CreateVersion7(now), messageId, OutboxKind.Effect, effect, now)
                {
                    InstanceId = instance.Id,
                    Subject = result.Transition?.Label ?? result.Action,
                    Body = string.Empty,
                    Link = InstanceLink(instance.Id),
                };
                continue;
            }

            var toLabel = definition.LabelOf(history.ToState);
            var at = history.OccurredAt.ToOffset(WorkingCalendar.VietnamOffset).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
            var body = $"{Roles.Label(history.ActorRole)} đã thực hiện thao tác \"{result.Transition?.Label}\" lúc {at}. "
                + $"Hồ sơ chuyển từ \"{definition.LabelOf(history.FromState)}\" sang \"{toLabel}\"."
                + (result.DeadlineAt is { } deadline ? $" Hạn xử lý: {deadline.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}." : string.Empty)
                + (history.Comment is { } comment ? $"\nÝ kiến: {comment}" : string.Empty);
            yield return new OutboxMessage(instance.TenantId, Guid.CreateVersion7(now), messageId, OutboxKind.Notification, effect, now)
            {
                InstanceId = instance.Id,
                RecipientUnitId = recipients.Value.UnitId,
                RecipientRoles = [.. recipients.Value.Roles],
                Subject = $"[{definition.Name}] Hồ sơ chuyển sang \"{toLabel}\"",
                Body = body,
                Link = InstanceLink(instance.Id),
            };
        }
    }

    /// <summary>The unit (null: the whole province) and roles an effect notifies; null when the effect is not a notification.</summary>
    public static (Guid? UnitId, IReadOnlyList<string> Roles)? Recipients(string effect, Guid ownerUnitId) => effect switch
    {
        WorkflowEffects.NotifyUnit => (ownerUnitId, [Roles.UnitStaff, Roles.UnitLeader]),
        WorkflowEffects.NotifyUnitStaff => (ownerUnitId, [Roles.UnitStaff]),
        WorkflowEffects.NotifyUnitLeader => (ownerUnitId, [Roles.UnitLeader]),
        WorkflowEffects.NotifyStandingAgency => (null, [Roles.StandingOfficer]),
        WorkflowEffects.NotifyStandingHead => (null, [Roles.StandingHead]),
        WorkflowEffects.NotifyCouncil => (null, [Roles.CouncilMember]),
        WorkflowEffects.NotifyLeader => (null, [Roles.Leader]),
        _ => null,
    };
}
