using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Campaigns;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Infrastructure.Imports;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Tenancy;
using ThiDuaKhenThuong.Web.Features.Catalog;

namespace ThiDuaKhenThuong.Web.Features.Registrations;

/// <summary>
/// Imports a unit's registrations of a year from Excel, all or nothing, with a report per row. Kind "Cá nhân" or
/// "Tập thể"; a person is found by CCCD or by name in the unit, a collective by name in the unit; a name not in the
/// registry is kept as typed. The award by its code, short name or full name.
/// </summary>
public static class ImportRegistrations
{
    public const int MaxRows = 2_000;
    public const long MaxBytes = 5 * 1024 * 1024;

    public static IReadOnlyList<string> Columns { get; } = ["Loại (Cá nhân/Tập thể)", "Họ và tên hoặc tên tập thể", "Số CCCD", "Danh hiệu, hình thức"];

    public static byte[] Template() => ExcelSheet.Write(new[]
    {
        new Dictionary<string, object> { [Columns[0]] = "Cá nhân", [Columns[1]] = "Nguyễn Văn A", [Columns[2]] = "034085000123", [Columns[3]] = "CSTĐCS" },
        new Dictionary<string, object> { [Columns[0]] = "Tập thể", [Columns[1]] = "Phòng Tổ chức cán bộ", [Columns[2]] = "", [Columns[3]] = "Tập thể lao động xuất sắc" },
    });

    public sealed record RowReport(int Row, string Name, string Award, string? Error);

    public sealed record Model(int Year, string? Error, IReadOnlyList<RowReport> Rows, int Imported);

    public sealed class Handler(AppDbContext db, ITenantContext tenant, TimeProvider clock, ReadCatalog.Handler catalog)
    {
        public async Task<Model> HandleAsync(Guid unitId, Guid userId, int year, Stream content, CancellationToken cancellationToken)
        {
            var sheet = ExcelSheet.Read(content, Columns, MaxRows);
            if (sheet.Error is not null)
            {
                return new Model(year, sheet.Error, [], 0);
            }

            var people = await db.People.AsNoTracking().Where(p => p.UnitId == unitId).Select(p => new { p.Id, p.FullName, p.NationalId }).ToListAsync(cancellationToken);
            var collectives = await db.Collectives.AsNoTracking().Where(c => c.UnitId == unitId).Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);
            var awards = (await catalog.HandleAsync(cancellationToken)).AwardTypes;
            var awardByName = awards.SelectMany(a => new[] { (Key: a.Code, Award: a), (Key: a.ShortName, Award: a), (Key: a.Name, Award: a) })
                .Where(k => !string.IsNullOrWhiteSpace(k.Key))
                .DistinctBy(k => k.Key, StringComparer.OrdinalIgnoreCase).ToDictionary(k => k.Key, k => k.Award, StringComparer.OrdinalIgnoreCase);
            var existing = await db.TitleRegistrations.AsNoTracking().Where(r => r.UnitId == unitId && r.Year == year).ToListAsync(cancellationToken);

            var reports = new List<RowReport>();
            var accepted = new List<TitleRegistration>();
            for (var i = 0; i < sheet.Rows.Count; i++)
            {
                var c = sheet.Rows[i];
                var errors = new List<string>();
                NomineeKind? kind = c[0].Trim().ToLowerInvariant() switch
                {
                    "cá nhân" or "ca nhan" => NomineeKind.Person,
                    "tập thể" or "tap the" => NomineeKind.Collective,
                    _ => null,
                };
                if (kind is null)
                {
                    errors.Add("cột Loại phải là \"Cá nhân\" hoặc \"Tập thể\"");
                }

                Guid? nomineeId = null;
                var name = c[1].Trim();
                if (kind == NomineeKind.Person && c[2].Length > 0)
                {
                    var nationalId = c[2].Length < 12 && c[2].All(char.IsAsciiDigit) ? c[2].PadLeft(12, '0') : c[2];
                    var person = people.FirstOrDefault(p => p.NationalId == nationalId);
                    if (person is null)
                    {
                        errors.Add($"đơn vị không có cá nhân có số CCCD {nationalId}");
                    }
                    else
                    {
                        (nomineeId, name) = (person.Id, person.FullName);
                    }
                }
                else if (name.Length == 0)
                {
                    errors.Add("thiếu họ và tên hoặc tên tập thể");
                }
                else if (name.Length > 300)
                {
                    errors.Add("tên dài quá 300 ký tự");
                }
                else if (kind == NomineeKind.Person)
                {
                    var matches = people.Where(p => string.Equals(p.FullName, name, StringComparison.OrdinalIgnoreCase)).ToList();
                    if (matches.Count > 1)
                    {
                        errors.Add($"đơn vị có {matches.Count} người tên \"{name}\"; hãy ghi số CCCD");
                    }
                    else if (matches.Count == 1)
                    {
                        (nomineeId, name) = (matches[0].Id, matches[0].FullName);
                    }
                }
                else if (kind == NomineeKind.Collective && collectives.FirstOrDefault(g => string.Equals(g.Name, name, StringComparison.OrdinalIgnoreCase)) is { } group)
                {
                    (nomineeId, name) = (group.Id, group.Name);
                }

                var award = awardByName.GetValueOrDefault(c[3].Trim());
                if (award is null)
                {
                    errors.Add(c[3].Length == 0 ? "thiếu danh hiệu, hình thức" : $"không có danh hiệu, hình thức \"{c[3]}\"");
                }
                else if (kind is { } k && !award.IsFor(k == NomineeKind.Person ? RecipientKinds.Individual : RecipientKinds.Collective))
                {
                    errors.Add($"{award.ShortName} không dành cho {(k == NomineeKind.Person ? "cá nhân" : "tập thể")}");
                }

                if (errors.Count == 0 && kind is { } okKind && award is not null)
                {
                    var nominee = new NomineeRef(okKind, nomineeId ?? Guid.Empty, name);
                    bool Same(TitleRegistration r) => r.AwardCode == award.Code && r.NomineeKind == okKind
                        && (r.Covers(nominee) || string.Equals(r.NomineeName, name, StringComparison.OrdinalIgnoreCase));
                    if (existing.Any(Same))
                    {
                        errors.Add($"đã đăng ký {award.ShortName} năm {year}");
                    }
                    else if (accepted.FindIndex(r => Same(r)) is var twin and >= 0)
                    {
                        errors.Add($"trùng với một dòng phía trên");
                    }
                    else
                    {
                        accepted.Add(new TitleRegistration(tenant.TenantId!.Value, Guid.CreateVersion7(), unitId, year, okKind, nomineeId, name, award.Code, userId, clock.GetUtcNow()));
                    }
                }

                reports.Add(new RowReport(i + 2, name, award?.ShortName ?? c[3], errors.Count == 0 ? null : string.Join("; ", errors)));
            }

            if (accepted.Count != sheet.Rows.Count)
            {
                return new Model(year, $"Có {sheet.Rows.Count - accepted.Count} dòng không hợp lệ; chưa nhập dòng nào. Vui lòng sửa và tải lên lại.", reports, 0);
            }

            db.TitleRegistrations.AddRange(accepted);
            await db.SaveChangesAsync(cancellationToken);
            return new Model(year, null, reports, accepted.Count);
        }
    }
}
