using ThiDuaKhenThuong.Domain.Dossiers;

namespace ThiDuaKhenThuong.Web.Features.Decisions;

public static class NominationOutcomeLabels
{
    public static string Label(NominationOutcome outcome) => outcome switch
    {
        NominationOutcome.Pending => "Đang xét",
        NominationOutcome.AwaitingDecision => "Chờ quyết định",
        NominationOutcome.NotPassed => "Không đạt số phiếu",
        NominationOutcome.Rejected => "Không được khen thưởng",
        NominationOutcome.Awarded => "Đã được khen thưởng",
        NominationOutcome.ForwardedToCentral => "Đã trình cấp Trung ương",
        NominationOutcome.CentralAwarded => "Trung ương đã khen thưởng",
        NominationOutcome.Revoked => "Đã bị thu hồi",
        _ => outcome.ToString(),
    };
}
