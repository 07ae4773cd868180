using System.Data;
using System.Globalization;
using System.Text;
using MiniExcelLibs;

namespace ThiDuaKhenThuong.Web.Features.Users;

/// <summary>The import workbook: its columns, the downloadable template, and a careful reader that refuses what is not a workbook.</summary>
public static class UserWorkbook
{
    public const long MaxBytes = 5 * 1024 * 1024;
    public const int MaxRows = 2000;

    public const string UserName = "Tên đăng nhập";
    public const string FullName = "Họ và tên";
    public const string Email = "Thư điện tử";
    public const string UnitCode = "Mã đơn vị";
    public const string RolesColumn = "Vai trò";
    public const string Password = "Mật khẩu";

    public static IReadOnlyList<string> Required { get; } = [UserName, FullName, UnitCode, RolesColumn];

    public static IReadOnlyList<string> Columns { get; } = [UserName, FullName, Email, UnitCode, RolesColumn, Password];

    public sealed record Row(int Number, IReadOnlyDictionary<string, string> Values)
    {
        public string this[string column] => Values.TryGetValue(column, out var v) ? v : string.Empty;
    }

    /// <summary>Either the rows (numbered as Excel numbers them, the header being row 1) or a Vietnamese reason for refusing the whole file.</summary>
    public sealed record ReadResult(IReadOnlyList<Row> Rows, string? Error);

    public static byte[] Template(IEnumerable<(string Code, string Name)> units)
    {
        var users = new DataTable("NguoiDung");
        foreach (var column in Columns)
        {
            users.Columns.Add(column, typeof(string));
        }

        var roles = AssignableRoles.All.Select(r => new Dictionary<string, object> { ["Mã vai trò"] = r, ["Tên vai trò"] = Domain.Identity.Roles.Label(r) }).ToList();
        var unitRows = units.Select(u => new Dictionary<string, object> { [UnitCode] = u.Code, ["Tên đơn vị"] = u.Name }).ToList();
        var sheets = new Dictionary<string, object> { ["NguoiDung"] = users, ["VaiTro"] = roles, ["DonVi"] = unitRows };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets, excelType: ExcelType.XLSX);
        return stream.ToArray();
    }

    public static async Task<ReadResult> ReadAsync(Stream upload, long length, CancellationToken cancellationToken)
    {
        if (length == 0)
        {
            return Refuse("Tệp tải lên trống.");
        }

        if (length > MaxBytes)
        {
            return Refuse("Tệp quá lớn: tối đa 5 MB.");
        }

        using var buffer = new MemoryStream();
        await upload.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.GetBuffer();
        // An .xlsx file is a ZIP archive: anything else (a renamed PDF, a CSV, an old .xls) is refused by its content.
        if (buffer.Length < 4 || bytes[0] != 0x50 || bytes[1] != 0x4B || bytes[2] != 0x03 || bytes[3] != 0x04)
        {
            return Refuse("Tệp không phải là tệp Excel (.xlsx). Vui lòng dùng tệp mẫu.");
        }

        try
        {
            buffer.Position = 0;
            // The first row read as data, so that a sheet with headers but no rows still gets its columns checked.
            var first = buffer.Query(useHeaderRow: false, excelType: ExcelType.XLSX).FirstOrDefault() as IDictionary<string, object?>;
            var header = first?.Values.Select(v => Clean(Convert.ToString(v, CultureInfo.InvariantCulture))).ToList() ?? [];
            var missing = Required.Where(c => !header.Contains(c, StringComparer.OrdinalIgnoreCase)).ToList();
            if (missing.Count > 0)
            {
                return Refuse("Tệp thiếu cột: " + string.Join(", ", missing) + ". Vui lòng dùng tệp mẫu.");
            }

            buffer.Position = 0;
            var rows = new List<Row>();
            var number = 1;
            foreach (IDictionary<string, object?> raw in buffer.Query(useHeaderRow: true, excelType: ExcelType.XLSX))
            {
                number++;
                var values = raw.ToDictionary(p => Clean(p.Key), p => Clean(Convert.ToString(p.Value, CultureInfo.InvariantCulture)), StringComparer.OrdinalIgnoreCase);
                if (values.Values.All(string.IsNullOrEmpty))
                {
                    continue;
                }

                if (rows.Count == MaxRows)
                {
                    return Refuse($"Tệp có quá nhiều dòng: tối đa {MaxRows} tài khoản mỗi lần nhập.");
                }

                rows.Add(new Row(number, values));
            }

            return rows.Count == 0 ? Refuse("Tệp không có dòng dữ liệu nào.") : new ReadResult(rows, null);
        }
#pragma warning disable CA1031 // MiniExcel throws many kinds of exception on a damaged workbook; every one means "not readable".
        catch (Exception)
#pragma warning restore CA1031
        {
            return Refuse("Không đọc được tệp Excel: tệp bị hỏng hoặc không đúng định dạng .xlsx.");
        }
    }

    private static ReadResult Refuse(string message) => new([], message);

    private static string Clean(string? text) => (text ?? string.Empty).Trim().Normalize(NormalizationForm.FormC);
}
