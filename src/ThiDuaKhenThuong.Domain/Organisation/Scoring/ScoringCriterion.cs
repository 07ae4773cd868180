using ThiDuaKhenThuong.Domain.Auditing;
using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Domain.Organisation.Scoring;

/// <summary>How a criterion's points count in the total.</summary>
public enum CriterionKind
{
    /// <summary>Ordinary criterion: adds up to its maximum.</summary>
    Standard,

    /// <summary>Điểm thưởng: adds up to its maximum, on top of the ordinary criteria.</summary>
    Bonus,

    /// <summary>Điểm trừ: subtracts up to its maximum.</summary>
    Penalty,
}

/// <summary>One line of a cluster's scoring sheet (bảng chấm điểm): section, title, maximum points, evidence asked for.</summary>
public sealed class ScoringCriterion : ITenantOwned, IAuditable
{
    public const int MaxSectionLength = 300;
    public const int MaxTitleLength = 1000;
    public const int MaxEvidenceLength = 1000;
    public const decimal MaxPointsLimit = 1000m;

    private ScoringCriterion()
    {
        Section = string.Empty;
        Title = string.Empty;
    }

    public ScoringCriterion(Guid tenantId, Guid id, Guid groupId, int order, string section, string title, CriterionKind kind, decimal maxPoints, string? evidence)
    {
        TenantId = tenantId;
        Id = id;
        GroupId = groupId;
        Section = string.Empty;
        Title = string.Empty;
        Update(order, section, title, kind, maxPoints, evidence);
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public Guid GroupId { get; private set; }

    public int Order { get; private set; }

    public string Section { get; private set; }

    public string Title { get; private set; }

    public CriterionKind Kind { get; private set; }

    public decimal MaxPoints { get; private set; }

    /// <summary>The evidence a member must attach for this criterion (e.g. "Báo cáo, quyết định công nhận"); null: none.</summary>
    public string? Evidence { get; private set; }

    public void Update(int order, string section, string title, CriterionKind kind, decimal maxPoints, string? evidence)
    {
        if (string.IsNullOrWhiteSpace(section) || string.IsNullOrWhiteSpace(title))
        {
            throw new OrganisationRuleException("Vui lòng nhập phần và nội dung tiêu chí.");
        }

        if (maxPoints <= 0 || maxPoints > MaxPointsLimit || decimal.Round(maxPoints, 2) != maxPoints)
        {
            throw new OrganisationRuleException("Điểm tối đa phải lớn hơn 0, không quá 1.000 và có tối đa 2 chữ số thập phân.");
        }

        if (!Enum.IsDefined(kind))
        {
            throw new OrganisationRuleException("Loại tiêu chí không hợp lệ.");
        }

        Order = order;
        Section = section.Trim();
        Title = title.Trim();
        Kind = kind;
        MaxPoints = maxPoints;
        Evidence = string.IsNullOrWhiteSpace(evidence) ? null : evidence.Trim();
    }

    public ScoringCriterion CopyTo(Guid groupId) => new(TenantId, Guid.CreateVersion7(), groupId, Order, Section, Title, Kind, MaxPoints, Evidence);
}

public static class CriterionKindLabels
{
    public static string Label(this CriterionKind kind) => kind switch
    {
        CriterionKind.Standard => "Tiêu chí",
        CriterionKind.Bonus => "Điểm thưởng",
        CriterionKind.Penalty => "Điểm trừ",
    };

    public static string Label(this CrossScoringMode mode) => mode switch
    {
        CrossScoringMode.LeaderAndDeputy => "Trưởng, phó cụm/khối chấm chéo các thành viên",
        CrossScoringMode.Peers => "Các thành viên chấm chéo lẫn nhau",
    };
}
