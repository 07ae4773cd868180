using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.People;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Features.Catalog;

namespace ThiDuaKhenThuong.Web.Features.Nominations;

/// <summary>
/// Imports nominations into a draft dossier from Excel, all or nothing: each row is checked and reported, one bad row
/// means nothing is saved. A person is found by CCCD, or by name within the unit code (a collective by name and unit
/// code); the award by its code, short name ("CSTĐCS") or full name. Each imported nomination is checked at once.
/// </summary>
public static class ImportNominations
{
    public sealed record RowReport(int Row, string Name, string Award, string? Error, EligibilityStatus? Eligibility);

    public sealed record Model(Dossier Dossier, string? Error, IReadOnlyList<RowReport> Rows, int Imported);

    public sealed class Handler(AppDbContext db, ReadCatalog.Handler catalog, NominationEligibility.Handler eligibility)
    {
        public async Task<Model> HandleAsync(Dossier dossier, Stream content, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(dossier);
            var sheet = NominationSheet.Read(content);
            if (sheet.Error is not null)
            {
                return new Model(dossier, sheet.Error, [], 0);
            }

            var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
            var people = await db.People.AsNoTracking().Select(p => new { p.Id, p.FullName, p.NationalId, p.UnitId }).ToListAsync(cancellationToken);
            var byNationalId = people.Where(p => p.NationalId != null).ToDictionary(p => p.NationalId!, p => p);
            var collectives = await db.Collectives.AsNoTracking().Select(c => new { c.Id, c.Name, c.UnitId, c.Kind }).ToListAsync(cancellationToken);
            var awards = (await catalog.HandleAsync(cancellationToken)).AwardTypes;
            var awardByName = awards.SelectMany(a => new[] { (Key: a.Code, Award: a), (Key: a.ShortName, Award: a), (Key: a.Name, Award: a), (Key: NationalCatalog.ShortNameOf(a.Code), Award: a) })
                .Where(k => !string.IsNullOrWhiteSpace(k.Key))
                .DistinctBy(k => k.Key, StringComparer.OrdinalIgnoreCase).ToDictionary(k => k.Key, k => k.Award, StringComparer.OrdinalIgnoreCase);

            var reports = new List<RowReport>();
            var accepted = new List<(int Index, NomineeRef Nominee, AwardType Award)>();
            for (var i = 0; i < sheet.Rows.Count; i++)
            {
                var c = sheet.Rows[i];
                var errors = new List<string>();
                (NomineeRef Ref, RecipientKinds Recipient)? nominee = null;
                var nationalId = c[1].Length is > 0 and < 12 && c[1].All(char.IsAsciiDigit) ? c[1].PadLeft(12, '0') : c[1];
                if (c[0].Length == 0 && nationalId.Length == 0)
                {
                    errors.Add("thiếu họ và tên hoặc số CCCD");
                }
                else if (nationalId.Length > 0)
                {
                    nominee = byNationalId.TryGetValue(nationalId, out var p) ? (new NomineeRef(NomineeKind.Person, p.Id, p.FullName), RecipientKinds.Individual) : null;
                    if (nominee is null)
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
                    var groups = collectives.Where(g => g.UnitId == unitId && string.Equals(g.Name, c[0], StringComparison.OrdinalIgnoreCase)).ToList();
                    if (matches.Count + groups.Count == 1)
                    {
                        nominee = matches.Count == 1
                            ? (new NomineeRef(NomineeKind.Person, matches[0].Id, matches[0].FullName), RecipientKinds.Individual)
                            : (new NomineeRef(NomineeKind.Collective, groups[0].Id, groups[0].Name), groups[0].Kind == CollectiveKind.Household ? RecipientKinds.Household : RecipientKinds.Collective);
                    }
                    else
                    {
                        errors.Add(matches.Count + groups.Count == 0 ? $"không có cá nhân, tập thể \"{c[0]}\" thuộc đơn vị {c[2]}" : $"có {matches.Count + groups.Count} cá nhân, tập thể tên \"{c[0]}\" thuộc đơn vị {c[2]}; hãy ghi số CCCD");
                    }
                }

                var award = awardByName.GetValueOrDefault(c[3]);
                if (award is null)
                {
                    errors.Add(c[3].Length == 0 ? "thiếu danh hiệu, hình thức" : $"không có danh hiệu, hình thức \"{c[3]}\"");
                }
                else if (nominee is { } n && !award.IsFor(n.Recipient))
                {
                    errors.Add($"{award.ShortName} không dành cho {(n.Ref.Kind == NomineeKind.Person ? "cá nhân" : "tập thể")}");
                }
                else if (!award.Allows(dossier.Kind))
                {
                    errors.Add($"{award.ShortName} không áp dụng cho loại hình khen thưởng của hồ sơ");
                }

                if (errors.Count == 0 && nominee is { } found && award is not null)
                {
                    if (dossier.Nominations.Any(x => x.Nominee.Matches(found.Ref) && x.AwardCode == award.Code))
                    {
                        errors.Add("đã có trong hồ sơ với cùng danh hiệu, hình thức");
                    }
                    else if (accepted.FirstOrDefault(a => a.Nominee.Matches(found.Ref) && a.Award.Code == award.Code) is { Nominee: not null } twin)
                    {
                        errors.Add($"trùng với dòng {twin.Index + 2}");
                    }
                    else
                    {
                        accepted.Add((i, found.Ref, award));
                    }
                }

                reports.Add(new RowReport(i + 2, nominee?.Ref.Name ?? c[0], award?.ShortName ?? c[3], errors.Count == 0 ? null : string.Join("; ", errors), null));
            }

            if (accepted.Count != sheet.Rows.Count)
            {
                return new Model(dossier, $"Có {sheet.Rows.Count - accepted.Count} dòng không hợp lệ; chưa nhập dòng nào. Vui lòng sửa và tải lên lại.", reports, 0);
            }

            for (var k = 0; k < accepted.Count; k++)
            {
                var (index, nominee, award) = accepted[k];
                var nomination = dossier.AddNomination(Guid.CreateVersion7(), nominee, award.Code);
                db.Nominations.Add(nomination);
                var earlier = accepted.Take(k).Count(a => a.Award.Code == award.Code);
                var result = await eligibility.EvaluateAsync(nominee, award.Code, dossier.UnitId, dossier.Year, dossier.Kind, nomination.Id, null, cancellationToken, earlier);
                nomination.RecordEligibility(result.Status, result.ToJson());
                reports[index] = reports[index] with { Eligibility = result.Status };
            }

            await db.SaveChangesAsync(cancellationToken);
            return new Model(dossier, null, reports, accepted.Count);
        }
    }
}
