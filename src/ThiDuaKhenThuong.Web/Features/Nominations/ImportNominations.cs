using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using ThiDuaKhenThuong.Domain.Auditing;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.People;
using ThiDuaKhenThuong.Infrastructure.Auditing;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Features.Catalog;

namespace ThiDuaKhenThuong.Web.Features.Nominations;

/// <summary>
/// Imports nominations into a draft dossier from Excel (up to <see cref="NominationSheet.MaxRows"/> rows), all or
/// nothing: each row is checked and reported, one bad row means nothing is saved. A person is found by CCCD, or by name
/// within the unit code (a collective by name and unit code); the award by its code, short name ("CSTĐCS") or full
/// name. Each imported nomination is checked at once. What the rows need is read once for the whole file (the people
/// named by CCCD, the people and collectives of the units named, the catalog, the eligibility facts), and the rows are
/// written in one transaction with one statement per table.
/// </summary>
public static class ImportNominations
{
    public sealed record RowReport(int Row, string Name, string Award, string? Error, EligibilityStatus? Eligibility);

    public sealed record Model(Dossier Dossier, string? Error, IReadOnlyList<RowReport> Rows, int Imported);

    public sealed class Handler(AppDbContext db, ReadCatalog.Handler catalog, NominationEligibility.Handler eligibility, ChangeLogInterceptor changeLog)
    {
        private sealed record Candidate(Guid Id, string Name, Guid UnitId, RecipientKinds Recipient, NomineeKind Kind);

        public async Task<Model> HandleAsync(Dossier dossier, Stream content, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(dossier);
            var sheet = NominationSheet.Read(content);
            if (sheet.Error is not null)
            {
                return new Model(dossier, sheet.Error, [], 0);
            }

            // Everything the rows need, read once: the units and awards, the people named by CCCD, and the people and
            // collectives of the units named in the file (matched by name in memory).
            var units = await db.Units.AsNoTracking().Select(u => new { u.Code, u.Id })
                .ToDictionaryAsync(u => u.Code, u => u.Id, StringComparer.OrdinalIgnoreCase, cancellationToken);
            var nationalIds = sheet.Rows.Select(r => NationalId(r[1])).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
            var unitIds = sheet.Rows.Where(r => NationalId(r[1]).Length == 0 && units.ContainsKey(r[2])).Select(r => units[r[2]]).Distinct().ToArray();
            var byNationalId = nationalIds.Length == 0 ? [] : await db.People.AsNoTracking()
                .Where(p => p.NationalId != null && nationalIds.Contains(p.NationalId))
                .Select(p => new { p.NationalId, p.Id, p.FullName })
                .ToDictionaryAsync(p => p.NationalId!, p => new Candidate(p.Id, p.FullName, Guid.Empty, RecipientKinds.Individual, NomineeKind.Person), StringComparer.Ordinal, cancellationToken);
            var named = new List<Candidate>();
            if (unitIds.Length > 0)
            {
                named.AddRange(await db.People.AsNoTracking().Where(p => unitIds.Contains(p.UnitId))
                    .Select(p => new Candidate(p.Id, p.FullName, p.UnitId, RecipientKinds.Individual, NomineeKind.Person)).ToListAsync(cancellationToken));
                named.AddRange((await db.Collectives.AsNoTracking().Where(c => unitIds.Contains(c.UnitId)).Select(c => new { c.Id, c.Name, c.UnitId, c.Kind }).ToListAsync(cancellationToken))
                    .Select(c => new Candidate(c.Id, c.Name, c.UnitId, c.Kind == CollectiveKind.Household ? RecipientKinds.Household : RecipientKinds.Collective, NomineeKind.Collective)));
            }

            var byUnitAndName = named.GroupBy(c => (c.UnitId, Name: c.Name.ToUpperInvariant())).ToDictionary(g => g.Key, g => g.ToList());
            var awards = (await catalog.HandleAsync(cancellationToken)).AwardTypes;
            var awardByName = awards.SelectMany(a => new[] { (Key: a.Code, Award: a), (Key: a.ShortName, Award: a), (Key: a.Name, Award: a), (Key: NationalCatalog.ShortNameOf(a.Code), Award: a) })
                .Where(k => !string.IsNullOrWhiteSpace(k.Key))
                .DistinctBy(k => k.Key, StringComparer.OrdinalIgnoreCase).ToDictionary(k => k.Key, k => k.Award, StringComparer.OrdinalIgnoreCase);
            var inDossier = dossier.Nominations.Select(n => (n.Nominee.Kind, n.Nominee.Id, n.AwardCode)).ToHashSet();

            var reports = new List<RowReport>(sheet.Rows.Count);
            var accepted = new List<(int Index, NomineeRef Nominee, AwardType Award)>(sheet.Rows.Count);
            var firstRow = new Dictionary<(NomineeKind, Guid, string), int>();
            for (var i = 0; i < sheet.Rows.Count; i++)
            {
                var c = sheet.Rows[i];
                var errors = new List<string>();
                (NomineeRef Ref, RecipientKinds Recipient)? nominee = null;
                var nationalId = NationalId(c[1]);
                if (c[0].Length == 0 && nationalId.Length == 0)
                {
                    errors.Add("thiếu họ và tên hoặc số CCCD");
                }
                else if (nationalId.Length > 0)
                {
                    nominee = byNationalId.TryGetValue(nationalId, out var p) ? (new NomineeRef(NomineeKind.Person, p.Id, p.Name), RecipientKinds.Individual) : null;
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
                    var matches = byUnitAndName.GetValueOrDefault((unitId, c[0].ToUpperInvariant())) ?? [];
                    if (matches.Count == 1)
                    {
                        nominee = (new NomineeRef(matches[0].Kind, matches[0].Id, matches[0].Name), matches[0].Recipient);
                    }
                    else
                    {
                        errors.Add(matches.Count == 0 ? $"không có cá nhân, tập thể \"{c[0]}\" thuộc đơn vị {c[2]}" : $"có {matches.Count} cá nhân, tập thể tên \"{c[0]}\" thuộc đơn vị {c[2]}; hãy ghi số CCCD");
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
                    var key = (found.Ref.Kind, found.Ref.Id, award.Code);
                    if (inDossier.Contains(key))
                    {
                        errors.Add("đã có trong hồ sơ với cùng danh hiệu, hình thức");
                    }
                    else if (firstRow.TryGetValue(key, out var twin))
                    {
                        errors.Add($"trùng với dòng {twin + 2}");
                    }
                    else
                    {
                        firstRow[key] = i;
                        accepted.Add((i, found.Ref, award));
                    }
                }

                reports.Add(new RowReport(i + 2, nominee?.Ref.Name ?? c[0], award?.ShortName ?? c[3], errors.Count == 0 ? null : string.Join("; ", errors), null));
            }

            if (accepted.Count != sheet.Rows.Count)
            {
                return new Model(dossier, $"Có {sheet.Rows.Count - accepted.Count} dòng không hợp lệ; chưa nhập dòng nào. Vui lòng sửa và tải lên lại.", reports, 0);
            }

            // Every row is checked as adding it alone would be, with the rows above it counted in the unit's quotas.
            var results = await eligibility.EvaluateManyAsync([.. accepted.Select(a => (a.Nominee, a.Award.Code))], dossier.UnitId, dossier.Year, dossier.Kind, cancellationToken);
            var added = dossier.AddNominations([.. accepted.Select(a => (Guid.CreateVersion7(), a.Nominee, a.Award.Code))]);
            for (var k = 0; k < added.Count; k++)
            {
                added[k].RecordEligibility(results[k].Status, results[k].ToJson());
                reports[accepted[k].Index] = reports[accepted[k].Index] with { Eligibility = results[k].Status };
            }

            // One transaction, one statement per table: the nominations (their search terms kept by a statement trigger)
            // and their change log rows, described as SaveChanges would describe them.
            var tracking = db.ChangeTracker.AutoDetectChangesEnabled;
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            try
            {
                db.Nominations.AddRange(added);
                var rows = added.Select(n => (EntityEntry)db.Entry(n)).ToList();
                var logged = rows.Select(changeLog.Describe).OfType<ChangeLogEntry>().ToList();
                db.ChangeLog.AddRange(logged);
                var logRows = logged.Select(l => (EntityEntry)db.Entry(l)).ToList();
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
                await BulkInsert.InsertAsync(db, rows, cancellationToken);
                await BulkInsert.InsertAsync(db, logRows, cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                rows.Concat(logRows).ToList().ForEach(e => e.State = EntityState.Unchanged);
            }
            finally
            {
                db.ChangeTracker.AutoDetectChangesEnabled = tracking;
            }

            return new Model(dossier, null, reports, accepted.Count);
        }

        /// <summary>A CCCD as typed: Excel drops leading zeros of a number, so a short all-digit value is padded to 12.</summary>
        private static string NationalId(string cell) => cell.Length is > 0 and < 12 && cell.All(char.IsAsciiDigit) ? cell.PadLeft(12, '0') : cell;
    }
}
