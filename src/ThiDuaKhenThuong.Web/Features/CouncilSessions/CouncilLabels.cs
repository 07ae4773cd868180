using ThiDuaKhenThuong.Domain.Council;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Voting;

namespace ThiDuaKhenThuong.Web.Features.CouncilSessions;

public static class CouncilLabels
{
    public static string Label(this CouncilSessionStatus status) => status switch
    {
        CouncilSessionStatus.Draft => "Đang chuẩn bị",
        CouncilSessionStatus.Published => "Đã công bố chương trình",
        CouncilSessionStatus.Voting => "Đang bỏ phiếu",
        CouncilSessionStatus.Closed => "Đã kết thúc bỏ phiếu",
    };

    public static string Label(this VoteResult? result) => result switch
    {
        VoteResult.Passed => "Đạt",
        VoteResult.Failed => "Không đạt",
        VoteResult.NoQuorum => "Không đủ số thành viên tham gia",
        null => "—",
    };

    public static string Label(this NominationOutcome outcome) => outcome switch
    {
        NominationOutcome.Pending => "Đang xét",
        NominationOutcome.AwaitingDecision => "Hội đồng đã thông qua, chờ quyết định",
        NominationOutcome.NotPassed => "Không được Hội đồng thông qua",
        NominationOutcome.Rejected => "Không được đề nghị",
        NominationOutcome.Awarded => "Đã có quyết định khen thưởng",
        NominationOutcome.ForwardedToCentral => "Đã trình cấp Trung ương",
        NominationOutcome.CentralAwarded => "Trung ương đã quyết định",
        NominationOutcome.Revoked => "Đã thu hồi",
    };

    public static string VietnamTime(DateTimeOffset at) => at.ToOffset(Domain.Workflow.WorkingCalendar.VietnamOffset).ToString("HH:mm dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The value of a datetime-local input in Vietnam time.</summary>
    public static string InputTime(DateTimeOffset at) => at.ToOffset(Domain.Workflow.WorkingCalendar.VietnamOffset).ToString("yyyy-MM-ddTHH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
