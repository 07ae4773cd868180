using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Caching;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Features.Shared;

namespace ThiDuaKhenThuong.Web.Features.Dossiers;

/// <summary>
/// The dossiers a user may see: a unit's own (numbered pages), or — for the Standing Agency — the province's inbox
/// (see <c>ListDossiers.Inbox.cs</c>, keyset pages); leaders see every dossier sent, on numbered pages.
/// </summary>
public static partial class ListDossiers
{
    public const int PageSize = 25;

    public sealed class Query
    {
        public string? Q { get; set; }

        public int? Year { get; set; }

        public AwardKinds? Kind { get; set; }

        public Guid? UnitId { get; set; }

        public string? Sort { get; set; }

        public int Page { get; set; } = 1;

        /// <summary>Inbox only: a workflow state code.</summary>
        public string? State { get; set; }

        /// <summary>Inbox only: "overdue" or "soon".</summary>
        public string? Due { get; set; }

        /// <summary>Inbox only: "mine" (assigned to me) or "none" (not assigned yet).</summary>
        public string? Assigned { get; set; }

        /// <summary>Inbox only: the key of the last row of the previous page.</summary>
        public string? After { get; set; }

        /// <summary>Inbox only: rows per page (clamped).</summary>
        public int? Size { get; set; }
    }

    public sealed record Row(
        Guid Id, string NumberLabel, string Title, string UnitName, int Year, AwardKinds Kind, int NominationCount, string StateLabel, DateOnly? Deadline, DateTimeOffset CreatedAt, string? AssignedOfficer);

    public sealed record Model(Query Query, Paged<Row> Dossiers, IReadOnlyList<(Guid Id, string Name)> Units, bool CanCreate, DateOnly Today, InboxModel? Inbox = null);

    public sealed class Handler(AppDbContext db, TimeProvider clock, ReferenceDataCache cache)
    {
        public async Task<Model> HandleAsync(DossierViewer viewer, Query query, CancellationToken cancellationToken)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
            var dossiers = Filter(db, Visible(db.Dossiers.AsNoTracking(), viewer), query);
            dossiers = query.Sort switch
            {
                "title" => dossiers.OrderBy(d => d.Title),
                "number" => dossiers.OrderBy(d => d.Year).ThenBy(d => d.Number),
                _ => dossiers.OrderByDescending(d => d.CreatedAt),
            };
            var total = await dossiers.CountAsync(cancellationToken);
            var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
            query.Page = page;
            var rows = await ToRowsAsync(db, dossiers.Skip((page - 1) * PageSize).Take(PageSize), cancellationToken);
            var units = viewer.IsProvinceUser ? await UnitsAsync(db, cache, cancellationToken) : [];
            return new Model(query, new Paged<Row>(rows, page, PageSize, total), units, viewer.CanCreate, Today(clock));
        }
    }

    internal static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>What a user may list: a unit its own dossiers; the Standing Agency and leaders every dossier once sent.</summary>
    internal static IQueryable<Dossier> Visible(IQueryable<Dossier> dossiers, DossierViewer viewer)
        => viewer.IsProvinceUser
            ? dossiers.Where(d => d.SentAt != null || (viewer.IsUnitUser && d.UnitId == viewer.UnitId))
            : dossiers.Where(d => viewer.IsUnitUser && d.UnitId == viewer.UnitId);

    /// <summary>The filters both lists share: number or text (title or nominee, accents ignored), year, kind and unit.</summary>
    internal static IQueryable<Dossier> Filter(AppDbContext db, IQueryable<Dossier> dossiers, Query query)
    {
        if (DossierNumber.TryParse(query.Q) is { } number)
        {
            // "12", "0012/2025" or "0012/2025/HS-TĐKT": the dossier with that number (of that year, when given).
            var (value, numberYear) = number;
            dossiers = dossiers.Where(d => d.Number == value && (numberYear == null || d.Year == numberYear));
        }
        else if (query.Q is { } text && text.Any(char.IsLetterOrDigit))
        {
            // Words in order, starting at any word of the title or of a nominee's name, the last one possibly unfinished,
            // accents and case ignored ("nguyen van a", "van an", "tim theo so b"). Row security admits only leakproof
            // operators into index conditions, so this compares normalised text with >=, < and = (migration
            // SearchAtScale, docs/decisions/ADR-007-search-under-row-security.md); ILIKE would filter every row of the
            // province.
            var matches = db.Database.SqlQuery<Guid>($"""
                SELECT d.id AS "Value" FROM dossiers d
                WHERE d.tenant_id = {db.CurrentTenantId} AND d.search_title IN (
                    SELECT t.phrase FROM search_terms t
                    WHERE t.tenant_id = {db.CurrentTenantId} AND t.term >= search_text({text}) AND t.term < search_text({text}) || U&'\+10FFFF')
                UNION
                SELECT n.dossier_id FROM nominations n
                WHERE n.tenant_id = {db.CurrentTenantId} AND n.search_name IN (
                    SELECT t.phrase FROM search_terms t
                    WHERE t.tenant_id = {db.CurrentTenantId} AND t.term >= search_text({text}) AND t.term < search_text({text}) || U&'\+10FFFF')
                """);
            dossiers = dossiers.Where(d => matches.Contains(d.Id));
        }

        if (query.Year is { } year)
        {
            dossiers = dossiers.Where(d => d.Year == year);
        }

        if (query.Kind is { } kind)
        {
            dossiers = dossiers.Where(d => d.Kind == kind);
        }

        if (query.UnitId is { } unitId)
        {
            dossiers = dossiers.Where(d => d.UnitId == unitId);
        }

        return dossiers;
    }

    /// <summary>Reads a dossier number as users type it: "12", "0012/2025", "0012/2025/HS-TĐKT", "số 12".</summary>
    internal static partial class DossierNumber
    {
        public static (int Number, int? Year)? TryParse(string? text)
        {
            var match = text is null ? Match.Empty : Pattern().Match(text);
            if (!match.Success
                || !int.TryParse(match.Groups["n"].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
                || number <= 0)
            {
                return null;
            }

            int? year = match.Groups["y"].Success ? int.Parse(match.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
            return (number, year);
        }

        [GeneratedRegex(@"^\s*(?:số\s*)?(?<n>\d{1,6})\s*(?:/\s*(?<y>\d{4})\s*(?:/\s*HS-TĐKT)?)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, 200)]
        private static partial Regex Pattern();
    }

    /// <summary>The province's units for the unit filter, kept in memory for a minute (a province has hundreds).</summary>
    internal static Task<IReadOnlyList<(Guid Id, string Name)>> UnitsAsync(AppDbContext db, ReferenceDataCache cache, CancellationToken cancellationToken)
        => cache.GetOrLoadAsync<IReadOnlyList<(Guid Id, string Name)>>(ReferenceData.Units, db.CurrentTenantId, async () =>
            (await db.Units.OrderBy(u => u.Name).Select(u => new { u.Id, u.Name }).ToListAsync(cancellationToken)).Select(u => (u.Id, u.Name)).ToList());

    /// <summary>Runs an ordered, paged query and shapes its rows (unit, state, deadline and assigned officer by subquery).</summary>
    internal static async Task<List<Row>> ToRowsAsync(AppDbContext db, IQueryable<Dossier> page, CancellationToken cancellationToken)
    {
        var rows = await page
            .Select(d => new
            {
                d.Id, d.Number, d.Year, d.Title, d.Kind, d.IsEditable, d.CreatedAt,
                UnitName = db.Units.Where(u => u.Id == d.UnitId).Select(u => u.Name).FirstOrDefault(),
                Count = d.Nominations.Count,
                // Two scalar subqueries on the unique (tenant, kind, subject) index; a whole-row FirstOrDefault would number every instance of the province.
                State = db.WorkflowInstances.Where(i => i.SubjectKind == SubjectKinds.NominationDossier && i.SubjectId == d.Id).Select(i => i.State).FirstOrDefault(),
                DeadlineAt = db.WorkflowInstances.Where(i => i.SubjectKind == SubjectKinds.NominationDossier && i.SubjectId == d.Id).Select(i => i.DeadlineAt).FirstOrDefault(),
                Officer = db.Users.Where(u => u.Id == d.AssignedOfficerId).Select(u => u.FullName).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new Row(
            r.Id, r.Number is { } n ? $"{n:D4}/{r.Year}/HS-TĐKT" : "—", r.Title, r.UnitName ?? string.Empty, r.Year, r.Kind, r.Count,
            r.State is null ? "—" : DefaultWorkflows.ProvincialNomination.LabelOf(r.State), r.DeadlineAt, r.CreatedAt, r.Officer)).ToList();
    }
}
