using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ThiDuaKhenThuong.Domain.Workflow;

/// <summary>
/// The per-tenant hash chain over history rows: each row's hash covers its content and the previous row's hash, so an
/// edited, deleted, inserted or reordered row breaks the chain at that point and <see cref="Verify(IEnumerable{HistoryEntry})"/>
/// names it. The database role can only insert and read history; the chain catches what a privileged hand might do.
/// </summary>
public static class HistoryChain
{
    /// <summary>The "previous hash" of a tenant's first entry.</summary>
    public static readonly string GenesisHash = new('0', 64);

    /// <summary>
    /// A stable text form of the entry's content (not its <see cref="HistoryEntry.PreviousHash"/> or
    /// <see cref="HistoryEntry.Hash"/>). Every field is written as <c>name=length:value;</c> with the UTF-8 byte length,
    /// so no value can imitate a field boundary; null is written as <c>name=-;</c>, distinct from an empty string. Culture
    /// plays no part: numbers and GUIDs are invariant, times are UTC with six decimals. The leading version tag lets the
    /// form change later without invalidating old rows.
    /// </summary>
    public static string Canonical(HistoryEntry entry)
    {
        var (beforeSequence, afterSequence) = CanonicalAroundSequence(entry);
        return beforeSequence + SequenceField(entry.Sequence) + afterSequence;
    }

    /// <summary>
    /// The canonical form without its sequence field: what comes before it and what comes after it, so the database can
    /// seal a row in the statement that locks the chain head (only the sequence and the previous hash are known there):
    /// <c>Canonical(entry) == before + SequenceField(entry.Sequence) + after</c>, and the hash is SHA-256 of
    /// <c>previousHash + "\n" + before + SequenceField(sequence) + after</c> in UTF-8.
    /// </summary>
    public static (string BeforeSequence, string AfterSequence) CanonicalAroundSequence(HistoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var before = new StringBuilder("v1;");
        Field(before, "tenant", entry.TenantId.ToString("D"));
        Field(before, "subject", entry.SubjectId.ToString("D"));
        var text = new StringBuilder();
        Field(text, "from", entry.FromState);
        Field(text, "to", entry.ToState);
        Field(text, "action", entry.Action);
        Field(text, "actor", entry.ActorId.ToString("D"));
        Field(text, "role", entry.ActorRole);
        Field(text, "unit", entry.ActorUnitId?.ToString("D"));
        Field(text, "at", FormatTime(entry.OccurredAt));
        Field(text, "comment", entry.Comment);
        Field(text, "ip", entry.ClientIp);
        Field(text, "evidence", entry.EvidenceHashes.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var hash in entry.EvidenceHashes)
        {
            Field(text, "sha256", hash);
        }

        return (before.ToString(), text.ToString());
    }

    /// <summary>The sequence field of the canonical form (<c>seq=length:digits;</c>; the digits are ASCII).</summary>
    public static string SequenceField(long sequence)
    {
        var text = new StringBuilder();
        Field(text, "seq", sequence.ToString(CultureInfo.InvariantCulture));
        return text.ToString();
    }

    /// <summary>SHA-256 (lowercase hex) of the previous hash and the entry's canonical form.</summary>
    public static string ComputeHash(string previousHash, HistoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(previousHash);
        var bytes = Encoding.UTF8.GetBytes($"{previousHash}\n{Canonical(entry)}");
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    /// <summary>
    /// Gives an unsealed entry its place after <paramref name="previous"/> (null for the tenant's first entry):
    /// sequence, previous hash and hash. Call it inside the transaction that reads the tenant's last entry under a lock.
    /// </summary>
    public static HistoryEntry Seal(HistoryEntry entry, HistoryEntry? previous)
        => Seal(entry, previous?.Sequence ?? 0, previous?.Hash ?? GenesisHash);

    /// <summary>Seals <paramref name="entry"/> after the entry numbered <paramref name="lastSequence"/> (0: none) whose hash is <paramref name="lastHash"/>.</summary>
    public static HistoryEntry Seal(HistoryEntry entry, long lastSequence, string lastHash)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var placed = entry with
        {
            Sequence = lastSequence + 1,
            PreviousHash = lastSequence == 0 ? GenesisHash : lastHash,
            OccurredAt = TruncateToMicroseconds(entry.OccurredAt),
        };
        return placed with { Hash = ComputeHash(placed.PreviousHash, placed) };
    }

    /// <summary>Verifies a whole tenant chain, ordered by sequence from the first entry.</summary>
    public static ChainVerification Verify(IEnumerable<HistoryEntry> ordered) => Verify(ordered, previous: null);

    /// <summary>
    /// Verifies entries ordered by sequence that follow <paramref name="previous"/> (a checkpoint already verified), or
    /// start the chain when it is null. Stops at the first broken link.
    /// </summary>
    public static ChainVerification Verify(IEnumerable<HistoryEntry> ordered, HistoryEntry? previous)
    {
        ArgumentNullException.ThrowIfNull(ordered);
        var index = 0;
        foreach (var entry in ordered)
        {
            var reason = BrokenLink(entry, previous);
            if (reason is not null)
            {
                return ChainVerification.Broken(index, entry.Sequence, reason);
            }

            previous = entry;
            index++;
        }

        return ChainVerification.Valid(index);
    }

    /// <summary>The instant as stored (PostgreSQL keeps microseconds): what a sealed entry carries.</summary>
    public static DateTimeOffset TruncateToMicroseconds(DateTimeOffset instant)
    {
        var utc = instant.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMicrosecond), TimeSpan.Zero);
    }

    private static string? BrokenLink(HistoryEntry entry, HistoryEntry? previous)
    {
        var expectedSequence = previous is null ? 1 : previous.Sequence + 1;
        if (previous is not null && entry.TenantId != previous.TenantId)
        {
            return $"Dòng số {entry.Sequence} thuộc một tỉnh khác với dòng trước nó.";
        }

        if (entry.Sequence != expectedSequence)
        {
            return $"Số thứ tự {entry.Sequence} không liền sau {expectedSequence - 1}: có dòng bị xóa, chèn hoặc đảo thứ tự.";
        }

        var expectedPrevious = previous?.Hash ?? GenesisHash;
        if (!string.Equals(entry.PreviousHash, expectedPrevious, StringComparison.Ordinal))
        {
            return $"Dòng số {entry.Sequence} không nối với dòng trước: mã băm của dòng trước không khớp.";
        }

        if (!string.Equals(entry.Hash, ComputeHash(entry.PreviousHash, entry), StringComparison.Ordinal))
        {
            return $"Dòng số {entry.Sequence} đã bị sửa: mã băm không khớp với nội dung.";
        }

        return null;
    }

    private static void Field(StringBuilder text, string name, string? value)
    {
        text.Append(name).Append('=');
        if (value is null)
        {
            text.Append("-;");
            return;
        }

        text.Append(Encoding.UTF8.GetByteCount(value).ToString(CultureInfo.InvariantCulture))
            .Append(':').Append(value).Append(';');
    }

    private static string FormatTime(DateTimeOffset instant) =>
        instant.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
}

/// <summary>Result of <see cref="HistoryChain.Verify(IEnumerable{HistoryEntry})"/>: valid, or the first broken link.</summary>
public sealed record ChainVerification
{
    public bool IsValid { get; private init; }

    /// <summary>Entries checked (all of them when valid).</summary>
    public int CheckedCount { get; private init; }

    /// <summary>Zero-based position in the list of the first entry that does not fit.</summary>
    public int? BrokenIndex { get; private init; }

    public long? BrokenSequence { get; private init; }

    /// <summary>Vietnamese explanation for the auditor.</summary>
    public string? Reason { get; private init; }

    internal static ChainVerification Valid(int count) => new() { IsValid = true, CheckedCount = count };

    internal static ChainVerification Broken(int index, long sequence, string reason) =>
        new() { IsValid = false, CheckedCount = index, BrokenIndex = index, BrokenSequence = sequence, Reason = reason };
}
