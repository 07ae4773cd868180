using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Infrastructure.Documents;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Features.Dossiers;

namespace ThiDuaKhenThuong.Web.Features.DossierDocuments;

/// <summary>The dossier's cover letter (tờ trình) as a Word file, for the unit's head to sign.</summary>
public static class CoverLetter
{
    public sealed record File(byte[] Content, string FileName);

    public sealed class Handler(AppDbContext db)
    {
        private static readonly Dictionary<string, string> AwardNames = NationalCatalog.CreateAwardTypes().ToDictionary(a => a.Code, a => a.Name, StringComparer.Ordinal);

        /// <summary>The letter if this user may see the dossier; otherwise null, which is answered as "not found".</summary>
        public async Task<File?> HandleAsync(DossierViewer viewer, Guid id, CancellationToken cancellationToken)
        {
            var dossier = await db.Dossiers.AsNoTracking().Include(d => d.Nominations).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
            if (dossier is null || !viewer.CanView(dossier))
            {
                return null;
            }

            var unit = await db.Units.AsNoTracking().Where(u => u.Id == dossier.UnitId).Select(u => new { u.Name, u.Code }).FirstOrDefaultAsync(cancellationToken);
            var province = await db.Tenants.AsNoTracking().Where(t => t.Id == dossier.TenantId).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken);
            var nominees = dossier.Nominations
                .OrderBy(n => n.Nominee.Kind).ThenBy(n => n.Nominee.Name, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false))
                .Select(n => new CoverLetterNominee(n.Nominee.Name, n.Nominee.Kind == NomineeKind.Collective, AwardNameOf(n.AwardCode)))
                .ToList();
            var data = new CoverLetterData(unit?.Name ?? string.Empty, unit?.Code ?? string.Empty, PlaceOf(province), dossier.Year, dossier.Title, dossier.Summary, nominees);
            var name = dossier.Number is { } number ? $"to-trinh-{number:D4}-{dossier.Year}.docx" : "to-trinh-du-thao.docx";
            return new File(CoverLetterDocx.Build(data), name);
        }

        private static string AwardNameOf(string code) => AwardNames.TryGetValue(code, out var name) ? name : NationalCatalog.ShortNameOf(code);

        /// <summary>"Tỉnh Thái Bình" is dated "Thái Bình, ngày …".</summary>
        private static string PlaceOf(string? province)
        {
            var place = (province ?? string.Empty).Trim();
            foreach (var prefix in (string[])["Tỉnh ", "Thành phố "])
            {
                if (place.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    return place[prefix.Length..].Trim();
                }
            }

            return place.Length == 0 ? "……" : place;
        }
    }
}
