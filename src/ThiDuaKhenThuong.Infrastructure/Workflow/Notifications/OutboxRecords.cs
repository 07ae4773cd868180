using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Infrastructure.Workflow.Notifications;

public enum OutboxKind
{
    /// <summary>An in-app notification and an e-mail to each recipient; relayed by <see cref="OutboxRelay"/>.</summary>
    Notification,

    /// <summary>Another effect (publish, record awards) left for the module that handles it.</summary>
    Effect,
}

/// <summary>
/// A message written in the same transaction as the change that caused it, relayed later by a background worker: a
/// rolled-back change sends nothing, a crash loses nothing. <see cref="MessageId"/> is unique per tenant and names
/// what the relay delivers, so a second delivery attempt is recognised and skipped.
/// </summary>
public sealed class OutboxMessage : ITenantOwned
{
    private OutboxMessage()
    {
        MessageId = Effect = Subject = Body = string.Empty;
    }

    public OutboxMessage(Guid tenantId, Guid id, string messageId, OutboxKind kind, string effect, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        TenantId = tenantId;
        Id = id;
        MessageId = messageId;
        Kind = kind;
        Effect = effect;
        Subject = Body = string.Empty;
        CreatedAt = createdAt;
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public string MessageId { get; private set; }

    public OutboxKind Kind { get; private set; }

    /// <summary>The effect code that produced the message, e.g. <c>notify:unit</c>.</summary>
    public string Effect { get; private set; }

    public Guid? InstanceId { get; init; }

    /// <summary>Explicit recipients; when empty, the users of <see cref="RecipientUnitId"/> (if set) holding one of <see cref="RecipientRoles"/>.</summary>
    public List<Guid> RecipientUserIds { get; init; } = [];

    public Guid? RecipientUnitId { get; init; }

    public List<string> RecipientRoles { get; init; } = [];

    public string Subject { get; init; }

    public string Body { get; init; }

    public string? Link { get; init; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ProcessedAt { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset? NextAttemptAt { get; private set; }

    public string? LastError { get; private set; }

    internal void MarkProcessed(DateTimeOffset now)
    {
        Attempts++;
        ProcessedAt = now;
        NextAttemptAt = null;
        LastError = null;
    }

    /// <summary>Exponential backoff: 30 s, 1 min, 2 min… at most one hour between attempts.</summary>
    internal void MarkFailed(DateTimeOffset now, string error)
    {
        Attempts++;
        var seconds = Math.Min(3600, 30 * Math.Pow(2, Math.Min(Attempts - 1, 12)));
        NextAttemptAt = now.AddSeconds(seconds);
        LastError = error.Length > 1000 ? error[..1000] : error;
    }
}

/// <summary>An in-app notification (the bell); unique per (message, user) so a relayed message lands once.</summary>
public sealed class Notification : ITenantOwned
{
    private Notification()
    {
        MessageId = Title = Body = string.Empty;
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public Guid UserId { get; private set; }

    public string MessageId { get; private set; }

    public string Title { get; private set; }

    public string Body { get; private set; }

    public string? Link { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset? ReadAt { get; private set; }

    public void MarkRead(DateTimeOffset now) => ReadAt ??= now;
}
