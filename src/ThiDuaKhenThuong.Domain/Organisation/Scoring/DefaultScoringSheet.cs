namespace ThiDuaKhenThuong.Domain.Organisation.Scoring;

/// <summary>
/// A starting scoring sheet for a cluster or block with no sheet of the previous year, in the shape provinces use:
/// sections of ordinary criteria totalling 100 points, then bonus and penalty items. The leader unit edits it.
/// </summary>
public static class DefaultScoringSheet
{
    public sealed record Line(string Section, string Title, CriterionKind Kind, decimal MaxPoints, string? Evidence);

    public static IReadOnlyList<Line> Lines { get; } =
    [
        new("I. Thực hiện nhiệm vụ chính trị được giao", "Hoàn thành các chỉ tiêu, nhiệm vụ trọng tâm năm được Ủy ban nhân dân tỉnh giao", CriterionKind.Standard, 30, "Báo cáo tổng kết năm có số liệu chỉ tiêu"),
        new("I. Thực hiện nhiệm vụ chính trị được giao", "Cải cách hành chính, chuyển đổi số, chỉ số đánh giá của đơn vị", CriterionKind.Standard, 10, "Kết quả xếp hạng chỉ số cải cách hành chính"),
        new("II. Tổ chức phong trào thi đua", "Ban hành kế hoạch, phát động và ký kết giao ước thi đua đầy đủ, đúng thời gian", CriterionKind.Standard, 10, "Kế hoạch, văn bản phát động"),
        new("II. Tổ chức phong trào thi đua", "Sơ kết, tổng kết các phong trào thi đua; phát hiện, nhân rộng điển hình tiên tiến", CriterionKind.Standard, 15, "Báo cáo sơ kết, tổng kết"),
        new("III. Công tác khen thưởng", "Khen thưởng kịp thời, đúng đối tượng; chú trọng người lao động trực tiếp", CriterionKind.Standard, 10, "Quyết định khen thưởng trong năm"),
        new("III. Công tác khen thưởng", "Gửi hồ sơ, báo cáo về Cơ quan Thường trực đúng hạn", CriterionKind.Standard, 5, null),
        new("IV. Xây dựng tổ chức và hoạt động của cụm, khối", "Tham gia đầy đủ các hội nghị, hoạt động chung của cụm, khối", CriterionKind.Standard, 10, null),
        new("IV. Xây dựng tổ chức và hoạt động của cụm, khối", "Xây dựng Đảng, đoàn thể trong sạch, vững mạnh; không có cán bộ vi phạm kỷ luật", CriterionKind.Standard, 10, "Kết quả đánh giá, xếp loại tổ chức đảng"),
        new("V. Điểm thưởng", "Có mô hình, cách làm hay được cấp có thẩm quyền công nhận, nhân rộng", CriterionKind.Bonus, 5, "Văn bản công nhận"),
        new("V. Điểm thưởng", "Được Trung ương hoặc tỉnh khen thưởng đột xuất, chuyên đề trong năm", CriterionKind.Bonus, 5, "Quyết định khen thưởng"),
        new("VI. Điểm trừ", "Chậm gửi báo cáo, hồ sơ thi đua, khen thưởng theo quy định", CriterionKind.Penalty, 5, null),
        new("VI. Điểm trừ", "Có tập thể, cá nhân vi phạm pháp luật bị xử lý kỷ luật", CriterionKind.Penalty, 10, null),
    ];
}
