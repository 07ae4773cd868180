using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.People;
using ThiDuaKhenThuong.Infrastructure.People;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Tenancy;

namespace ThiDuaKhenThuong.Web.Features.People;

/// <summary>
/// Imports people's award history from Excel, all or nothing: every row is checked and reported; a single bad row
/// means nothing is saved. A person is found by CCCD, or else by name within the unit code.
/// </summary>
public static class ImportAwardHistory
{
    public sealed record RowReport(int Row, string Name, string? Error);

    public sealed record Model(string? Error, IReadOnlyList<RowReport> Rows, int Imported);

    public sealed class Handler(AppDbContext db, ITenantContext tenant, TimeProvider clock)
    {
        public async Task<Model> HandleAsync(Stream content, ClaimsPrincipal user, CancellationToken cancellationToken)
        {
            var sheet = AwardHistorySheet.Read(content);
            if (sheet.Error is not null)
            {
                return new Model(sheet.Error, [], 0);
            }

            var units = await UnitCodes.ByCodeAsync(db, DateOnly.FromDateTime(clock.GetLocalNow().DateTime), cancellationToken);
            var people = await db.People.AsNoTracking().Select(p => new { p.Id, p.FullName, p.NationalId, p.UnitId }).ToListAsync(cancellationToken);
            var byNationalId = people.Where(p => p.NationalId != null).ToDictionary(p => p.NationalId!, p => (p.Id, p.UnitId));
            var awards = await db.NationalAwardTypes.AsNoTracking().Select(a => a.Code).ToListAsync(cancellationToken);
            var awardByName = awards.SelectMany(c => new[] { (Key: c, Code: c), (Key: NationalCatalog.ShortNameOf(c), Code: c) })
                .DistinctBy(k => k.Key, StringComparer.OrdinalIgnoreCase).ToDictionary(k => k.Key, k => k.Code, StringComparer.OrdinalIgnoreCase);

            var reports = new List<RowReport>();
            var records = new List<AwardHistoryRecord>();
            for (var i = 0; i < sheet.Rows.Count; i++)
            {
                var c = sheet.Rows[i];
                var errors = new List<string>();
                (Guid Id, Guid UnitId)? person = null;
                var nationalId = c[1].Length is > 0 and < 12 && c[1].All(char.IsAsciiDigit) ? c[1].PadLeft(12, '0') : c[1];
                if (c[0].Length == 0)
                {
                    errors.Add("thiếu họ và tên");
                }
                else if (nationalId.Length > 0)
                {
                    person = byNationalId.TryGetValue(nationalId, out var p) ? p : null;
                    if (person is null)
                    {
                        errors.Add($"không có cá nhân có số CCCD {nationalId}");
                    }
                }
                else if (!units.TryGetValue(c[2], out var unitId))
                {
                    errors.Add(c[2].Length == 0 ? "thiếu số CCCD hoặc mã đơn vị" : $"không có đơn vị mã {c[2]}");
                }
                else
                {
                    var matches = people.Where(p => p.UnitId == unitId && string.Equals(p.FullName, c[0], StringComparison.OrdinalIgnoreCase)).ToList();
                    if (matches.Count == 1)
                    {
                        person = (matches[0].Id, matches[0].UnitId);
                    }
                    else
                    {
                        errors.Add(matches.Count == 0 ? $"không có cá nhân \"{c[0]}\" thuộc đơn vị {c[2]}" : $"có {matches.Count} người tên \"{c[0]}\" thuộc đơn vị {c[2]}; hãy ghi số CCCD");
                    }
                }

                if (person is { } found && !PeopleScope.CanEdit(user, found.UnitId))
                {
                    errors.Add("cá nhân không thuộc đơn vị của bạn");
                }

                var code = awardByName.GetValueOrDefault(c[3]);
                if (code is null)
                {
                    errors.Add($"không có danh hiệu, hình thức \"{c[3]}\"");
                }

                var yearOk = int.TryParse(c[4], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1945 and <= 2100;
                if (!yearOk)
                {
                    errors.Add($"năm \"{c[4]}\" không hợp lệ");
                }

                if (c[5].Length is 0 or > 100)
                {
                    errors.Add("thiếu số quyết định");
                }

                var date = AwardHistorySheet.ParseDate(c[6]);
                if (date is null)
                {
                    errors.Add($"ngày quyết định \"{c[6]}\" không đúng dạng dd/MM/yyyy");
                }

                if (c[7].Length is 0 or > 300)
                {
                    errors.Add("thiếu cơ quan ban hành");
                }

                reports.Add(new RowReport(i + 2, c[0], errors.Count == 0 ? null : string.Join("; ", errors)));
                if (errors.Count == 0)
                {
                    records.Add(AwardHistoryRecord.ForPerson(tenant.TenantId!.Value, Guid.CreateVersion7(), person!.Value.Id,
                        new AwardHistoryData(code!, year, c[5], date!.Value, c[7]), AwardSource.Imported));
                }
            }

            if (records.Count != sheet.Rows.Count)
            {
                return new Model($"Có {sheet.Rows.Count - records.Count} dòng không hợp lệ; chưa nhập dòng nào. Vui lòng sửa và tải lên lại.", reports, 0);
            }

            db.AwardHistory.AddRange(records);
            await db.SaveChangesAsync(cancellationToken);
            return new Model(null, reports, records.Count);
        }
    }
}
