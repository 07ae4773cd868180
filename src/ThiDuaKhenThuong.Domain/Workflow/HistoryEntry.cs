namespace ThiDuaKhenThuong.Domain.Workflow;

/// <summary>
/// One row of the append-only workflow history: a transition, who made it, from where, and the evidence it carried.
/// The engine returns it unsealed (no sequence, no hashes); the caller seals it with
/// <see cref="HistoryChain.Seal"/> against the tenant's last entry inside the transition's database transaction.
/// </summary>
public sealed record HistoryEntry
{
    public required Guid TenantId { get; init; }

    public required Guid SubjectId { get; init; }

    /// <summary>Position in the tenant's chain, from 1; 0 while unsealed.</summary>
    public long Sequence { get; init; }

    public required string FromState { get; init; }

    public required string ToState { get; init; }

    public required string Action { get; init; }

    public required Guid ActorId { get; init; }

    public required string ActorRole { get; init; }

    public Guid? ActorUnitId { get; init; }

    /// <summary>UTC, truncated to whole microseconds so it survives a PostgreSQL timestamptz round trip unchanged.</summary>
    public required DateTimeOffset OccurredAt { get; init; }

    public string? Comment { get; init; }

    public string? ClientIp { get; init; }

    /// <summary>SHA-256 of the evidence files as lowercase hex, in the order they were attached.</summary>
    public IReadOnlyList<string> EvidenceHashes { get; init; } = [];

    /// <summary>Hash of the previous entry of the tenant's chain (<see cref="HistoryChain.GenesisHash"/> for the first).</summary>
    public string PreviousHash { get; init; } = string.Empty;

    /// <summary>SHA-256 hex over <see cref="PreviousHash"/> and this entry's canonical form.</summary>
    public string Hash { get; init; } = string.Empty;
}
