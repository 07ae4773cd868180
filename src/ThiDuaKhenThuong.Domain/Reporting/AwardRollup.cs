using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.People;

namespace ThiDuaKhenThuong.Domain.Reporting;

/// <summary>Rolls the award cube (already aggregated by the database) up into the report's tables.</summary>
public static class AwardRollup
{
    public const string NoGroup = "Không thuộc cụm, khối";

    /// <summary>The kinds a report lists, in the order of the circular's rows.</summary>
    public static readonly AwardKinds[] Kinds =
        [AwardKinds.Annual, AwardKinds.Thematic, AwardKinds.AdHoc, AwardKinds.Foreign, AwardKinds.LongService, AwardKinds.Seniority, AwardKinds.Resistance];

    public static AwardFigures From(IReadOnlyCollection<AwardCubeRow> cube)
    {
        ArgumentNullException.ThrowIfNull(cube);
        var individuals = cube.Where(c => c.Recipient == RecipientClass.Individual).ToList();
        return new AwardFigures
        {
            Total = cube.Sum(c => c.Count),
            Individuals = individuals.Sum(c => c.Count),
            Leaders = individuals.Where(c => c.LeaderLevel != LeaderLevel.None).Sum(c => c.Count),
            ProvinceLeaders = individuals.Where(c => c.LeaderLevel == LeaderLevel.ProvinceLevel).Sum(c => c.Count),
            DepartmentLeaders = individuals.Where(c => c.LeaderLevel == LeaderLevel.DepartmentLevel).Sum(c => c.Count),
            DivisionLeaders = individuals.Where(c => c.LeaderLevel == LeaderLevel.DivisionDeputyOrAbove).Sum(c => c.Count),
            DirectWorkers = individuals.Where(c => c.IsDirectWorker).Sum(c => c.Count),
            Collectives = cube.Sum(c => c.Collectives),
            Enterprises = cube.Where(c => c.Recipient == RecipientClass.Enterprise).Sum(c => c.Count),
            Households = cube.Sum(c => c.Households),
            ByForm = cube.GroupBy(c => (c.AwardCode, c.AwardName, c.Level))
                .Select(g => new AwardFormRow(g.Key.AwardCode, g.Key.AwardName, g.Key.Level, g.Sum(c => c.Individuals), g.Sum(c => c.Collectives), g.Sum(c => c.Households)))
                .OrderByDescending(r => r.Level).ThenByDescending(r => r.Total).ThenBy(r => r.Name, StringComparer.Ordinal).ToList(),
            ByLevel = [.. new[] { AwardLevel.Central, AwardLevel.Province, AwardLevel.Unit }.Select(level => Row(level.ToString(), level.Label(), cube.Where(c => c.Level == level)))],
            ByKind = [.. Kinds.Select(kind => Row(kind.ToString(), kind.Label(), cube.Where(c => c.Kind == kind)))],
            ByUnit = cube.GroupBy(c => (c.UnitId, c.UnitName)).Select(g => Row(g.Key.UnitId.ToString(), g.Key.UnitName, g))
                .OrderByDescending(r => r.Total).ThenBy(r => r.Label, StringComparer.Ordinal).ToList(),
            ByGroup = cube.GroupBy(c => c.GroupName ?? NoGroup).Select(g => Row(g.Key, g.Key, g))
                .OrderBy(r => r.Label == NoGroup).ThenByDescending(r => r.Total).ThenBy(r => r.Label, StringComparer.Ordinal).ToList(),
        };
    }

    private static AwardCountRow Row(string key, string label, IEnumerable<AwardCubeRow> cells)
    {
        var list = cells as IReadOnlyCollection<AwardCubeRow> ?? [.. cells];
        return new AwardCountRow(key, label, list.Sum(c => c.Individuals), list.Sum(c => c.Collectives), list.Sum(c => c.Households));
    }
}
