using ThiDuaKhenThuong.Domain.Auditing;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Tenancy;
using ThiDuaKhenThuong.Domain.Voting;

namespace ThiDuaKhenThuong.Domain.Council;

public enum CouncilSessionStatus
{
    /// <summary>The officer is putting the agenda together.</summary>
    Draft,

    /// <summary>The agenda is sent to the members; no ballot yet.</summary>
    Published,

    /// <summary>Members submit ballots until <see cref="CouncilSession.VotingClosesAt"/>.</summary>
    Voting,

    /// <summary>Counted and frozen.</summary>
    Closed,
}

/// <summary>
/// A meeting of the council (phiên họp Hội đồng Thi đua - Khen thưởng) with its agenda of nominations put to a secret
/// ballot. Results exist only once closed and are then frozen: undoing them needs a request by one officer and the
/// confirmation of another, before the results are recorded into the dossiers.
/// </summary>
public sealed class CouncilSession : ITenantOwned, IAuditable
{
    private readonly List<CouncilSessionItem> items = [];

    private CouncilSession()
    {
        Place = string.Empty;
    }

    public CouncilSession(Guid tenantId, Guid id, Guid termId, DateOnly meetingDate, string place, string? agendaNote, DateTimeOffset votingClosesAt, Guid createdBy, DateTimeOffset createdAt)
    {
        TenantId = tenantId;
        Id = id;
        TermId = termId;
        Place = string.Empty;
        CreatedBy = createdBy;
        CreatedAt = createdAt;
        Edit(meetingDate, place, agendaNote, votingClosesAt);
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public Guid TermId { get; private set; }

    public DateOnly MeetingDate { get; private set; }

    public string Place { get; private set; }

    public string? AgendaNote { get; private set; }

    /// <summary>When voting closes by itself if no officer closed it before.</summary>
    public DateTimeOffset VotingClosesAt { get; private set; }

    public CouncilSessionStatus Status { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public DateTimeOffset? VotingOpenedAt { get; private set; }

    public DateTimeOffset? ClosedAt { get; private set; }

    /// <summary>The officer who closed voting; null when it closed at the set time.</summary>
    public Guid? ClosedBy { get; private set; }

    /// <summary>Members of the council on the meeting day, frozen at close.</summary>
    public int? CouncilSize { get; private set; }

    /// <summary>When the results were recorded into the nominations and dossiers; a reset is impossible after that.</summary>
    public DateTimeOffset? ResultsRecordedAt { get; private set; }

    public Guid? ResetRequestedBy { get; private set; }

    public DateTimeOffset? ResetRequestedAt { get; private set; }

    public string? ResetReason { get; private set; }

    public int ResetCount { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public IReadOnlyCollection<CouncilSessionItem> Items => items.AsReadOnly();

    public bool IsVotingOpen(DateTimeOffset now) => Status == CouncilSessionStatus.Voting && now < VotingClosesAt;

    /// <summary>Voting is open on paper but its closing time has passed: the next access closes it.</summary>
    public bool IsDueToClose(DateTimeOffset now) => Status == CouncilSessionStatus.Voting && now >= VotingClosesAt;

    public void Edit(DateOnly meetingDate, string place, string? agendaNote, DateTimeOffset votingClosesAt)
    {
        EnsureStatus(CouncilSessionStatus.Draft, "Chỉ sửa được phiên họp chưa công bố.");
        ArgumentException.ThrowIfNullOrWhiteSpace(place);
        MeetingDate = meetingDate;
        Place = place.Trim();
        AgendaNote = string.IsNullOrWhiteSpace(agendaNote) ? null : agendaNote.Trim();
        VotingClosesAt = votingClosesAt.ToUniversalTime();
    }

    public CouncilSessionItem AddItem(Guid itemId, Nomination nomination, Guid dossierId, Guid dossierUnitId, VoteThreshold threshold)
    {
        ArgumentNullException.ThrowIfNull(nomination);
        ArgumentNullException.ThrowIfNull(threshold);
        EnsureStatus(CouncilSessionStatus.Draft, "Chỉ thay đổi chương trình của phiên họp chưa công bố.");
        if (items.Any(i => i.NominationId == nomination.Id))
        {
            throw new DossierRuleException($"{nomination.Nominee.Name} đã có trong chương trình phiên họp.");
        }

        var item = new CouncilSessionItem(TenantId, itemId, Id, nomination, dossierId, dossierUnitId, items.Count + 1, threshold);
        items.Add(item);
        return item;
    }

    public void RemoveItem(Guid itemId)
    {
        EnsureStatus(CouncilSessionStatus.Draft, "Chỉ thay đổi chương trình của phiên họp chưa công bố.");
        items.RemoveAll(i => i.Id == itemId);
        var order = 1;
        foreach (var item in items.OrderBy(i => i.Order))
        {
            item.Renumber(order++);
        }
    }

    public void Publish(DateTimeOffset now)
    {
        EnsureStatus(CouncilSessionStatus.Draft, "Phiên họp đã được công bố.");
        if (items.Count == 0)
        {
            throw new DossierRuleException("Chương trình phiên họp chưa có đề nghị nào.");
        }

        Status = CouncilSessionStatus.Published;
        PublishedAt = now;
    }

    public void OpenVoting(DateTimeOffset now)
    {
        EnsureStatus(CouncilSessionStatus.Published, "Chỉ mở bỏ phiếu cho phiên họp đã công bố và chưa bỏ phiếu.");
        if (VotingClosesAt <= now)
        {
            throw new DossierRuleException("Thời điểm kết thúc bỏ phiếu đã qua; vui lòng đặt lại trước khi mở bỏ phiếu.");
        }

        Status = CouncilSessionStatus.Voting;
        VotingOpenedAt = now;
    }

    /// <summary>Sets a new closing time while the session is published or voting (e.g. before opening voting late).</summary>
    public void ExtendVoting(DateTimeOffset closesAt, DateTimeOffset now)
    {
        if (Status is not (CouncilSessionStatus.Published or CouncilSessionStatus.Voting) || closesAt <= now)
        {
            throw new DossierRuleException("Thời điểm kết thúc bỏ phiếu phải sau thời điểm hiện tại, khi phiên họp chưa kết thúc.");
        }

        VotingClosesAt = closesAt.ToUniversalTime();
    }

    /// <summary>Freezes the counts. <paramref name="tallies"/> holds one tally per item, counted from the ballot box.</summary>
    public void Close(int councilSize, IReadOnlyDictionary<Guid, ItemTally> tallies, Guid? closedBy, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(tallies);
        EnsureStatus(CouncilSessionStatus.Voting, "Phiên họp không ở bước bỏ phiếu.");
        foreach (var item in items)
        {
            item.Count(tallies.TryGetValue(item.Id, out var tally) ? tally : new ItemTally(0, 0, 0, 0, councilSize));
        }

        CouncilSize = councilSize;
        Status = CouncilSessionStatus.Closed;
        ClosedAt = now;
        ClosedBy = closedBy;
        ResetRequestedBy = null;
        ResetRequestedAt = null;
        ResetReason = null;
    }

    /// <summary>The first of two officers asks to discard the results and vote again.</summary>
    public void RequestReset(Guid officerId, string reason, DateTimeOffset now)
    {
        EnsureResettable();
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ResetRequestedBy = officerId;
        ResetRequestedAt = now;
        ResetReason = reason.Trim();
    }

    /// <summary>A different officer confirms; the caller deletes the ballots and participations in the same transaction.</summary>
    public void ConfirmReset(Guid officerId, DateTimeOffset closesAt, DateTimeOffset now)
    {
        EnsureResettable();
        if (ResetRequestedBy is not { } requester)
        {
            throw new DossierRuleException("Chưa có đề nghị hủy kết quả.");
        }

        if (requester == officerId)
        {
            throw new DossierRuleException("Việc hủy kết quả phải do một cán bộ khác với người đề nghị xác nhận.");
        }

        if (closesAt <= now)
        {
            throw new DossierRuleException("Thời điểm kết thúc bỏ phiếu lại phải sau thời điểm hiện tại.");
        }

        foreach (var item in items)
        {
            item.ClearCount();
        }

        Status = CouncilSessionStatus.Voting;
        VotingOpenedAt = now;
        VotingClosesAt = closesAt.ToUniversalTime();
        ClosedAt = null;
        ClosedBy = null;
        CouncilSize = null;
        ResetRequestedBy = null;
        ResetRequestedAt = null;
        ResetCount++;
    }

    public void MarkResultsRecorded(DateTimeOffset now)
    {
        EnsureStatus(CouncilSessionStatus.Closed, "Phiên họp chưa kết thúc bỏ phiếu.");
        ResultsRecordedAt ??= now;
        ResetRequestedBy = null;
        ResetRequestedAt = null;
    }

    private void EnsureResettable()
    {
        EnsureStatus(CouncilSessionStatus.Closed, "Chỉ hủy được kết quả của phiên họp đã kết thúc bỏ phiếu.");
        if (ResultsRecordedAt is not null)
        {
            throw new DossierRuleException("Kết quả đã được ghi nhận vào hồ sơ, không thể hủy.");
        }
    }

    private void EnsureStatus(CouncilSessionStatus expected, string message)
    {
        if (Status != expected)
        {
            throw new DossierRuleException(message);
        }
    }
}
