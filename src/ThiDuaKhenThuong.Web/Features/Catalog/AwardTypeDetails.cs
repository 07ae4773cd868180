using ThiDuaKhenThuong.Domain.Catalog;

namespace ThiDuaKhenThuong.Web.Features.Catalog;

/// <summary>One title or form of award with the rules of the chosen rule set (by default the one in force today).</summary>
public static class AwardTypeDetails
{
    public sealed record Model(AwardType Award, RuleSet? Set, IReadOnlyList<AwardRule> Rules, IReadOnlyList<RuleSet> Sets, bool InForceToday);

    public sealed class Handler(ReadCatalog.Handler catalog, TimeProvider clock)
    {
        public async Task<Model?> HandleAsync(string code, string? setCode, CancellationToken cancellationToken)
        {
            var data = await catalog.HandleAsync(cancellationToken);
            var award = data.Award(code);
            if (award is null)
            {
                return null;
            }

            var inForce = data.InForce(DateOnly.FromDateTime(clock.GetLocalNow().DateTime));
            var set = setCode is null ? inForce : data.Set(setCode);
            return new Model(award, set, set?.RulesFor(code) ?? [], data.RuleSets, set is not null && set == inForce);
        }
    }
}
