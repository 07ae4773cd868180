using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Features.Catalog;
using ThiDuaKhenThuong.Web.Features.Shared;

namespace ThiDuaKhenThuong.Web.Features.Registrations;

/// <summary>
/// The Standing Agency's consolidation of a year's registrations: per award (individuals, collectives, units), and per
/// cluster/block of that year (its member units, how many registered, the counts); exported to Excel as two sheets.
/// </summary>
public static class ConsolidateRegistrations
{
    public sealed record AwardRow(string AwardCode, string AwardName, int Individuals, int Collectives, int Units);

    public sealed record GroupRow(string Code, string Name, EmulationGroupKind Kind, int MemberUnits, int RegisteredUnits, int Individuals, int Collectives);

    public sealed record Model(int Year, IReadOnlyList<AwardRow> Awards, IReadOnlyList<GroupRow> Groups, int Total, int Units);

    public sealed class Handler(AppDbContext db, ReadCatalog.Handler catalog)
    {
        public async Task<Model> HandleAsync(int year, CancellationToken cancellationToken)
        {
            var names = (await catalog.HandleAsync(cancellationToken)).AwardTypes.ToDictionary(a => a.Code, a => a.ShortName);
            var byAward = await db.TitleRegistrations.AsNoTracking().Where(r => r.Year == year)
                .GroupBy(r => r.AwardCode)
                .Select(g => new
                {
                    Code = g.Key,
                    Individuals = g.Count(r => r.NomineeKind == NomineeKind.Person),
                    Collectives = g.Count(r => r.NomineeKind == NomineeKind.Collective),
                    Units = g.Select(r => r.UnitId).Distinct().Count(),
                })
                .ToListAsync(cancellationToken);
            var byUnit = await db.TitleRegistrations.AsNoTracking().Where(r => r.Year == year)
                .GroupBy(r => r.UnitId)
                .Select(g => new { UnitId = g.Key, Individuals = g.Count(r => r.NomineeKind == NomineeKind.Person), Collectives = g.Count(r => r.NomineeKind == NomineeKind.Collective) })
                .ToDictionaryAsync(x => x.UnitId, cancellationToken);
            var groups = await YearGroups.LoadAsync(db, year, cancellationToken);
            var groupRows = groups.Select(g => new GroupRow(
                g.Code, g.Name, g.Kind, g.UnitIds.Count, g.UnitIds.Count(byUnit.ContainsKey),
                g.UnitIds.Sum(u => byUnit.TryGetValue(u, out var x) ? x.Individuals : 0),
                g.UnitIds.Sum(u => byUnit.TryGetValue(u, out var x) ? x.Collectives : 0))).ToList();
            var awardRows = byAward.Select(a => new AwardRow(a.Code, names.GetValueOrDefault(a.Code, a.Code), a.Individuals, a.Collectives, a.Units))
                .OrderByDescending(a => a.Individuals + a.Collectives).ThenBy(a => a.AwardName).ToList();
            return new Model(year, awardRows, groupRows, awardRows.Sum(a => a.Individuals + a.Collectives), byUnit.Count);
        }

        public async Task<byte[]> ExportAsync(int year, CancellationToken cancellationToken)
        {
            var model = await HandleAsync(year, cancellationToken);
            var sheets = new Dictionary<string, object>
            {
                ["Theo danh hiệu"] = model.Awards.Select(a => new Dictionary<string, object>
                {
                    ["Danh hiệu, hình thức"] = a.AwardName, ["Mã"] = a.AwardCode, ["Cá nhân"] = a.Individuals, ["Tập thể"] = a.Collectives, ["Số đơn vị đăng ký"] = a.Units,
                }).ToList(),
                ["Theo cụm, khối"] = model.Groups.Select(g => new Dictionary<string, object>
                {
                    ["Cụm, khối"] = g.Name, ["Mã"] = g.Code, ["Loại"] = g.Kind.Label(), ["Số đơn vị"] = g.MemberUnits, ["Đơn vị đã đăng ký"] = g.RegisteredUnits,
                    ["Cá nhân"] = g.Individuals, ["Tập thể"] = g.Collectives,
                }).ToList(),
            };
            using var stream = new MemoryStream();
            await stream.SaveAsAsync(sheets, cancellationToken: cancellationToken);
            return stream.ToArray();
        }
    }
}
