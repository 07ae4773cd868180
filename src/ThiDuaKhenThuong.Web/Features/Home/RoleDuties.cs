using ThiDuaKhenThuong.Domain.Identity;

namespace ThiDuaKhenThuong.Web.Features.Home;

/// <summary>What each role does in the portal (DOMAIN.md §2), shown on the home page.</summary>
public static class RoleDuties
{
    public static string Describe(string role) => role switch
    {
        Roles.UnitStaff => "soạn kế hoạch, đăng ký thi đua và hồ sơ đề nghị khen thưởng của đơn vị; bổ sung hồ sơ khi được yêu cầu.",
        Roles.UnitLeader => "duyệt và gửi kế hoạch, đăng ký, hồ sơ của đơn vị; ký tờ trình.",
        Roles.StandingOfficer => "tiếp nhận, thẩm định, trả lại, chuyển hồ sơ; chuẩn bị phiên họp Hội đồng và dự thảo quyết định.",
        Roles.StandingHead => "phê duyệt kết quả thẩm định và trình Hội đồng, trình Chủ tịch UBND tỉnh.",
        Roles.CouncilMember => "nghiên cứu hồ sơ phiên họp và bỏ phiếu kín.",
        Roles.Leader => "ký quyết định khen thưởng, theo dõi tình hình, tải báo cáo.",
        Roles.TenantAdmin => "quản lý đơn vị, tài khoản, cụm/khối thi đua, Hội đồng và danh mục của tỉnh.",
        Roles.SystemAdmin => "quản lý các tỉnh sử dụng hệ thống.",
        _ => string.Empty,
    };
}
