using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Decisions;

/// <summary>
/// On the dossier page: what became of each nomination (awaiting decision, awarded, not passed, …) with the reason and
/// the number of the decision that granted or forwarded it. The caller has already checked the dossier is visible.
/// </summary>
public sealed class NominationOutcomesViewComponent(AppDbContext db) : ViewComponent
{
    public sealed record Row(string NomineeName, string Outcome, string? Reason, string? DecisionNumber, Guid? DecisionId);

    public async Task<IViewComponentResult> InvokeAsync(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var ids = dossier.Nominations.Select(n => n.Id).ToList();
        var decisionIds = dossier.Nominations.Where(n => n.DecisionId is not null).Select(n => n.DecisionId!.Value).Distinct().ToList();
        var decisions = decisionIds.Count == 0
            ? []
            : await db.AwardDecisions.AsNoTracking().Where(d => decisionIds.Contains(d.Id))
                .Select(d => new { d.Id, d.Number, d.Symbol, d.CentralNumber }).ToDictionaryAsync(d => d.Id, HttpContext.RequestAborted);
        var rows = dossier.Nominations.OrderBy(n => n.Nominee.Name).Select(n =>
        {
            var decision = n.DecisionId is { } id && decisions.TryGetValue(id, out var found) ? found : null;
            var number = decision is null ? null : decision.CentralNumber ?? $"{decision.Number}/{decision.Symbol}";
            return new Row(n.Nominee.Name, NominationOutcomeLabels.Label(n.Outcome), n.OutcomeReason, number, decision?.Id);
        }).ToList();
        return View("~/Features/Decisions/_NominationOutcomes.cshtml", rows);
    }
}
