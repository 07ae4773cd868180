using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Decisions;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Tenancy;
using ThiDuaKhenThuong.Web.Features.Catalog;

namespace ThiDuaKhenThuong.Web.Features.PublicDecisions;

/// <summary>
/// The province's public list of recorded award decisions, without sign-in: number, date, award and the awardees'
/// names and units — nothing else about them. The province comes from the route's code, looked up among active
/// provinces; the reads then run under that province's scope, so row-level security still applies.
/// </summary>
[AllowAnonymous]
public sealed class PublicDecisionsController(AppDbContext db, ITenantContext tenant, ReadCatalog.Handler catalog) : Controller
{
    public sealed record Awardee(string Name, string UnitName, bool Revoked);

    public sealed record Entry(string Number, DateOnly Date, string Subject, string AwardName, string Authority, IReadOnlyList<Awardee> Awardees);

    public sealed record Model(string TenantCode, string ProvinceName, int? Year, IReadOnlyList<int> Years, IReadOnlyList<Entry> Decisions);

    [HttpGet("/cong-khai/{tenantCode}/quyet-dinh")]
    public async Task<IActionResult> Index(string tenantCode, [FromQuery(Name = "nam")] int? year)
    {
        var ct = HttpContext.RequestAborted;
        var province = await db.Tenants.AsNoTracking().FirstOrDefaultAsync(t => t.Code == tenantCode, ct);
        if (province is null || !province.IsActive)
        {
            return NotFound();
        }

        using var scope = tenant.Use(province.Id);
        var data = await catalog.HandleAsync(ct);
        var published = db.AwardDecisions.AsNoTracking()
            .Where(d => d.Status == DecisionStatus.Recorded
                && (d.Kind == DecisionKind.Award || (d.Kind == DecisionKind.CentralSubmission && d.CentralRecordedAt != null)));
        var years = await published.Select(d => d.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
        if (year is { } y)
        {
            published = published.Where(d => d.Year == y);
        }

        var decisions = await published.Include(d => d.Items).OrderByDescending(d => d.DecisionDate).ThenByDescending(d => d.Number).Take(200).ToListAsync(ct);
        var ids = decisions.SelectMany(d => d.Items).Select(i => i.NominationId).ToList();
        var revoked = (await db.Nominations.AsNoTracking().Where(n => ids.Contains(n.Id) && n.Outcome == NominationOutcome.Revoked).Select(n => n.Id).ToListAsync(ct)).ToHashSet();
        var entries = decisions.Select(d => new Entry(
                d.Kind == DecisionKind.CentralSubmission ? d.CentralNumber! : d.NumberAndSymbol,
                d.Kind == DecisionKind.CentralSubmission ? d.CentralDate!.Value : d.DecisionDate,
                d.Subject,
                data.Award(d.AwardCode)?.Name ?? d.AwardCode,
                d.Kind == DecisionKind.CentralSubmission ? d.CentralAuthority! : d.IssuingAuthority,
                d.Items.OrderBy(i => i.UnitName).ThenBy(i => i.NomineeName).Select(i => new Awardee(i.NomineeName, i.UnitName, revoked.Contains(i.NominationId))).ToList()))
            .ToList();
        return View("~/Features/PublicDecisions/Index.cshtml", new Model(province.Code, province.Name, year, years, entries));
    }
}
