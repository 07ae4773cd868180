using ThiDuaKhenThuong.Domain.Auditing;
using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Domain.Organisation.Scoring;

/// <summary>Who cross-scores the members of a cluster or block in a year.</summary>
public enum CrossScoringMode
{
    /// <summary>The leader and deputy units score every member except themselves (the usual practice).</summary>
    LeaderAndDeputy,

    /// <summary>Every member scores every other member.</summary>
    Peers,
}

/// <summary>
/// The working year of one cluster or block (an <see cref="EmulationGroup"/> is already one year): the commitment signed
/// at the launch meeting, how members are cross-scored, publication of the ranking, the leading-unit vote (suy tôn) and
/// the proposal dossier. Steps go forward only: scores are published, then the vote is opened and closed, then the
/// proposal is created.
/// </summary>
public sealed class GroupYear : ITenantOwned, IAuditable
{
    public const int DefaultCertificateSharePercent = 50;

    private GroupYear()
    {
    }

    public GroupYear(Guid tenantId, Guid groupId)
    {
        TenantId = tenantId;
        GroupId = groupId;
        Mode = CrossScoringMode.LeaderAndDeputy;
        CertificateSharePercent = DefaultCertificateSharePercent;
    }

    public Guid TenantId { get; private set; }

    public Guid GroupId { get; private set; }

    public CrossScoringMode Mode { get; private set; }

    /// <summary>Certificates of merit may be proposed for at most this share of the members other than the leading unit.</summary>
    public int CertificateSharePercent { get; private set; }

    public Guid? CommitmentFileId { get; private set; }

    public DateOnly? CommitmentSignedOn { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public DateTimeOffset? VoteOpenedAt { get; private set; }

    public DateTimeOffset? VoteClosedAt { get; private set; }

    /// <summary>The leading unit elected by the vote; null while the vote runs or when no unit won a majority.</summary>
    public Guid? ElectedUnitId { get; private set; }

    public Guid? ProposalDossierId { get; private set; }

    public bool IsPublished => PublishedAt is not null;

    public bool IsVoteOpen => VoteOpenedAt is not null && VoteClosedAt is null;

    /// <summary>The mode and share can change only while nobody has cross-scored yet.</summary>
    public void Configure(CrossScoringMode mode, int certificateSharePercent, bool crossScoresExist)
    {
        if (!Enum.IsDefined(mode))
        {
            throw new OrganisationRuleException("Vui lòng chọn cách chấm điểm chéo.");
        }

        if (certificateSharePercent is < 0 or > 100)
        {
            throw new OrganisationRuleException("Tỷ lệ đề nghị Bằng khen phải từ 0 đến 100 %.");
        }

        if (ProposalDossierId is not null)
        {
            throw new OrganisationRuleException("Cụm, khối đã lập hồ sơ đề nghị khen thưởng; không thể đổi thiết lập.");
        }

        if (mode != Mode && crossScoresExist)
        {
            throw new OrganisationRuleException("Đã có điểm chấm chéo; không thể đổi cách chấm điểm chéo.");
        }

        Mode = mode;
        CertificateSharePercent = certificateSharePercent;
    }

    public void RecordCommitment(Guid fileId, DateOnly signedOn, int year)
    {
        if (signedOn.Year != year)
        {
            throw new OrganisationRuleException($"Ngày ký giao ước phải nằm trong năm {year}.");
        }

        CommitmentFileId = fileId;
        CommitmentSignedOn = signedOn;
    }

    public void Publish(DateTimeOffset at, bool allScoresIn)
    {
        if (!allScoresIn)
        {
            throw new OrganisationRuleException("Chưa đủ điểm chấm chéo của tất cả đơn vị; chưa thể công bố kết quả.");
        }

        PublishedAt ??= at;
    }

    public void OpenVote(DateTimeOffset at)
    {
        if (!IsPublished)
        {
            throw new OrganisationRuleException("Cần công bố kết quả chấm điểm trước khi bỏ phiếu suy tôn.");
        }

        if (VoteOpenedAt is not null && VoteClosedAt is null)
        {
            throw new OrganisationRuleException("Cuộc bỏ phiếu suy tôn đang diễn ra.");
        }

        if (ElectedUnitId is not null)
        {
            throw new OrganisationRuleException("Đã bầu được đơn vị dẫn đầu; không mở lại bỏ phiếu.");
        }

        VoteOpenedAt = at;
        VoteClosedAt = null;
    }

    public void CloseVote(DateTimeOffset at, Guid? electedUnitId)
    {
        if (!IsVoteOpen)
        {
            throw new OrganisationRuleException("Không có cuộc bỏ phiếu suy tôn nào đang diễn ra.");
        }

        VoteClosedAt = at;
        ElectedUnitId = electedUnitId;
    }

    public void AttachProposal(Guid dossierId)
    {
        if (ElectedUnitId is null)
        {
            throw new OrganisationRuleException("Chưa bầu được đơn vị dẫn đầu; chưa thể lập hồ sơ đề nghị.");
        }

        if (ProposalDossierId is not null)
        {
            throw new OrganisationRuleException("Cụm, khối đã lập hồ sơ đề nghị khen thưởng năm nay.");
        }

        ProposalDossierId = dossierId;
    }
}
