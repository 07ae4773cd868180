using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Domain.Organisation;

/// <summary>
/// One link of a unit's lineage: <see cref="PredecessorId"/> became (part of) <see cref="SuccessorId"/> on
/// <see cref="EffectiveDate"/> by a decision. A rename or transfer links a unit to itself; an abolished unit may have
/// no successor. Links are never changed or removed.
/// </summary>
public sealed class UnitLineage : ITenantOwned, Auditing.IAuditable
{
    public const int MaxNoteLength = 1000;

    private UnitLineage()
    {
        DecisionNumber = string.Empty;
    }

    internal UnitLineage(Guid tenantId, LineageKind kind, Guid predecessorId, Guid? successorId, DateOnly effective, DecisionReference decision, string? note)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var trimmed = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (trimmed?.Length > MaxNoteLength)
        {
            throw new OrganisationRuleException($"Ghi chú dài tối đa {MaxNoteLength} ký tự.");
        }

        TenantId = tenantId;
        Id = Guid.CreateVersion7();
        Kind = kind;
        PredecessorId = predecessorId;
        SuccessorId = successorId;
        EffectiveDate = effective;
        DecisionNumber = decision.Number;
        DecisionDate = decision.Date;
        Note = trimmed;
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public LineageKind Kind { get; private set; }

    public Guid PredecessorId { get; private set; }

    public Guid? SuccessorId { get; private set; }

    public DateOnly EffectiveDate { get; private set; }

    public string DecisionNumber { get; private set; }

    public DateOnly DecisionDate { get; private set; }

    public string? Note { get; private set; }
}

public enum LineageKind
{
    /// <summary>Several units merged into a new one (A + B → C).</summary>
    Merge,

    /// <summary>A unit absorbed into an existing one (A → B, B continues).</summary>
    Absorb,

    /// <summary>A unit split into new ones (A → B + C).</summary>
    Split,

    Rename,

    /// <summary>Moved under another parent unit.</summary>
    Transfer,

    /// <summary>Abolished; its work may be taken over by a successor.</summary>
    Abolish,
}

public static class LineageKindLabels
{
    public static string Label(this LineageKind kind) => kind switch
    {
        LineageKind.Merge => "Hợp nhất",
        LineageKind.Absorb => "Sáp nhập",
        LineageKind.Split => "Chia tách",
        LineageKind.Rename => "Đổi tên",
        LineageKind.Transfer => "Chuyển đơn vị cấp trên",
        LineageKind.Abolish => "Giải thể, kết thúc hoạt động",
    };
}
