using ThiDuaKhenThuong.Domain.Voting;

namespace ThiDuaKhenThuong.Domain.Catalog;

/// <summary>
/// The part of a catalog entry a province may adjust in its own copy: documents asked for, the council vote and the
/// processing limits. These are the [verify] figures of DOMAIN §4–§6, so they are data, never constants in code.
/// </summary>
public sealed record AwardTypeSettings
{
    public AwardTypeSettings(
        IEnumerable<RequiredDocument> requiredDocuments,
        VoteRequirement vote,
        VoteThreshold? voteThreshold,
        int processingLimitWorkingDays,
        int adHocProcessingLimitWorkingDays)
    {
        ArgumentNullException.ThrowIfNull(requiredDocuments);
        var documents = requiredDocuments.ToList();
        if (documents.Select(d => d.Code).Distinct(StringComparer.OrdinalIgnoreCase).Count() != documents.Count)
        {
            throw new ArgumentException("Một loại giấy tờ bị khai báo hai lần.", nameof(requiredDocuments));
        }

        // A ballot without a threshold could not be counted; a threshold without a ballot would mislead the agenda.
        if ((vote == VoteRequirement.SecretBallot) != (voteThreshold is not null))
        {
            throw new ArgumentException("Chỉ hình thức bỏ phiếu kín mới có (và phải có) tỷ lệ biểu quyết.", nameof(voteThreshold));
        }

        if (processingLimitWorkingDays <= 0 || adHocProcessingLimitWorkingDays <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(processingLimitWorkingDays), "Thời hạn xử lý phải lớn hơn 0 ngày làm việc.");
        }

        RequiredDocuments = documents.AsReadOnly();
        Vote = vote;
        VoteThreshold = voteThreshold;
        ProcessingLimitWorkingDays = processingLimitWorkingDays;
        AdHocProcessingLimitWorkingDays = adHocProcessingLimitWorkingDays;
    }

    public IReadOnlyList<RequiredDocument> RequiredDocuments { get; }

    public VoteRequirement Vote { get; }

    public VoteThreshold? VoteThreshold { get; }

    public int ProcessingLimitWorkingDays { get; }

    public int AdHocProcessingLimitWorkingDays { get; }
}
