using ThiDuaKhenThuong.Domain.Auditing;
using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Domain.Organisation.Scoring;

/// <summary>
/// Points given by one unit (the scorer) to one member (the scored unit) for one criterion. When scorer and scored are
/// the same unit it is the member's self-assessment; otherwise it is a cross-score, which a unit can never give itself.
/// </summary>
public sealed class GroupScore : ITenantOwned, IAuditable
{
    public const int MaxNoteLength = 2000;

    private GroupScore()
    {
    }

    public GroupScore(Guid tenantId, Guid groupId, Guid scoredUnitId, Guid scorerUnitId, Guid criterionId, ScoreKind kind)
    {
        if (kind == ScoreKind.Cross && scoredUnitId == scorerUnitId)
        {
            throw new OrganisationRuleException(SelfCrossScoreRefusal);
        }

        if (kind == ScoreKind.Self && scoredUnitId != scorerUnitId)
        {
            throw new OrganisationRuleException("Chỉ đơn vị thành viên tự chấm điểm tự đánh giá của mình.");
        }

        TenantId = tenantId;
        Id = Guid.CreateVersion7();
        GroupId = groupId;
        ScoredUnitId = scoredUnitId;
        ScorerUnitId = scorerUnitId;
        CriterionId = criterionId;
    }

    public const string SelfCrossScoreRefusal = "Đơn vị không được tự chấm điểm chéo cho chính mình.";

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public Guid GroupId { get; private set; }

    public Guid ScoredUnitId { get; private set; }

    public Guid ScorerUnitId { get; private set; }

    public Guid CriterionId { get; private set; }

    public decimal Points { get; private set; }

    public string? Note { get; private set; }

    public Guid UpdatedBy { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool IsSelfAssessment => ScoredUnitId == ScorerUnitId;

    public void Record(ScoringCriterion criterion, decimal points, string? note, Guid by, DateTimeOffset at)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        if (points < 0 || points > criterion.MaxPoints || decimal.Round(points, 2) != points)
        {
            throw new OrganisationRuleException(
                $"Điểm của tiêu chí \"{criterion.Title}\" phải từ 0 đến {criterion.MaxPoints:0.##} (tối đa 2 chữ số thập phân).");
        }

        Points = points;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        UpdatedBy = by;
        UpdatedAt = at;
    }
}

public enum ScoreKind
{
    Self,
    Cross,
}
