using Npgsql;
using NpgsqlTypes;

namespace ThiDuaKhenThuong.Benchmarks;

/// <summary>
/// The report province's awards (QUALITY.md: "the annual report for a tenant with 20,000 awards and 300 units"): on
/// top of the usual people and dossiers, more people and collectives in every unit and
/// <see cref="TenantPlan.ReportAwards"/> awards decided in the last full year — unit, provincial and state levels,
/// individuals and collectives — in <c>award_history</c>, the table every award figure of the reports reads.
/// </summary>
internal sealed partial class TenantLoader
{
    private readonly BulkTable collectives = new("collectives", ("tenant_id", NpgsqlDbType.Uuid), ("id", NpgsqlDbType.Uuid),
        ("name", NpgsqlDbType.Varchar), ("unit_id", NpgsqlDbType.Uuid), ("kind", NpgsqlDbType.Varchar));
    private readonly BulkTable collectiveAwards = new("award_history", ("tenant_id", NpgsqlDbType.Uuid), ("id", NpgsqlDbType.Uuid),
        ("collective_id", NpgsqlDbType.Uuid), ("award_code", NpgsqlDbType.Varchar), ("year", NpgsqlDbType.Integer),
        ("decision_number", NpgsqlDbType.Varchar), ("decision_date", NpgsqlDbType.Date), ("issuing_authority", NpgsqlDbType.Varchar),
        ("source", NpgsqlDbType.Varchar));

    /// <summary>Award codes of individuals and of collectives, with their weight in a hundred.</summary>
    private static readonly (string Code, int Weight)[] PersonCodes =
    [
        ("AdvancedWorker", 50), ("GrassrootsEmulationFighter", 15), ("MeritCertificate", 10), ("ProvincialCertificate", 15),
        ("ProvincialEmulationFighter", 5), ("PrimeMinisterCertificate", 3), ("StateOrderOrMedal", 2),
    ];

    private static readonly (string Code, int Weight)[] CollectiveCodes =
    [
        ("AdvancedCollective", 45), ("ExcellentCollective", 25), ("ProvincialCertificate", 15), ("ProvincialFlag", 10),
        ("PrimeMinisterCertificate", 3), ("GovernmentFlag", 2),
    ];

    private IEnumerable<BulkTable> ReportTables => [collectives, collectiveAwards];

    private async Task AddReportAwardsAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var year = options.Today.Year - 1;
        const int PeoplePerUnit = 30;
        const int CollectivesPerUnit = 4;
        var holders = new List<(Unit Unit, Guid Id, bool Collective)>();
        foreach (var unit in units)
        {
            for (var i = 0; i < PeoplePerUnit; i++)
            {
                var female = random.Next(100) < 48;
                var id = NewId(UnitsSince.ToDateTime(TimeOnly.MinValue));
                var leader = i == 0 ? "DivisionDeputyOrAbove" : "None";
                people.Add(tenantId, id, names.Next(female), female ? "Female" : "Male", random.Next(1965, 2001), i == 0 ? "Trưởng phòng" : "Chuyên viên",
                    unit.Id, random.Next(3) == 0, leader, random.Next(12) == 0);
                holders.Add((unit, id, false));
            }

            for (var i = 0; i < CollectivesPerUnit; i++)
            {
                var id = NewId(UnitsSince.ToDateTime(TimeOnly.MinValue));
                var kind = unit.Kind == "Commune" && i == 3 ? "Household" : unit.Kind == "Enterprise" && i == 0 ? "Enterprise" : "Collective";
                var name = kind == "Household" ? "Hộ gia đình " + names.Next(false) : $"Phòng {i + 1} - {unit.Name}";
                collectives.Add(tenantId, id, name.Length > 300 ? name[..300] : name, unit.Id, kind);
                holders.Add((unit, id, true));
            }
        }

        await FlushAsync(connection, cancellationToken, people, collectives);
        var first = new DateOnly(year, 1, 1);
        for (var n = 0; n < plan.ReportAwards; n++)
        {
            // Mostly individuals, as in life: about one award in seven goes to a collective.
            var collective = random.Next(7) == 0;
            (Unit Unit, Guid Id, bool Collective) holder;
            do
            {
                holder = holders[random.Next(holders.Count)];
            }
            while (holder.Collective != collective);

            var code = PickWeighted(collective ? CollectiveCodes : PersonCodes);
            var decided = first.AddDays(random.Next(365));
            var provincial = code is not ("AdvancedWorker" or "GrassrootsEmulationFighter" or "AdvancedCollective" or "MeritCertificate");
            var number = provincial ? $"{random.Next(1, 3000)}/QĐ-UBND" : $"{random.Next(1, 999)}/QĐ-{holder.Unit.Code}";
            var authority = provincial ? "Chủ tịch UBND tỉnh" : "Thủ trưởng " + holder.Unit.Name;
            var id = NewId(decided.ToDateTime(TimeOnly.MinValue));
            var source = random.Next(4) == 0 ? "Manual" : "Imported";
            if (collective)
            {
                collectiveAwards.Add(tenantId, id, holder.Id, code, year, number, decided, authority.Length > 300 ? authority[..300] : authority, source);
            }
            else
            {
                awards.Add(tenantId, id, holder.Id, code, year, number, decided, authority.Length > 300 ? authority[..300] : authority, source);
            }

            if (awards.Pending + collectiveAwards.Pending >= BatchSize)
            {
                await FlushAsync(connection, cancellationToken, awards, collectiveAwards);
            }
        }

        await FlushAsync(connection, cancellationToken, awards, collectiveAwards);
    }

    private string PickWeighted((string Code, int Weight)[] codes)
    {
        var roll = random.Next(codes.Sum(c => c.Weight));
        foreach (var (code, weight) in codes)
        {
            if (roll < weight)
            {
                return code;
            }

            roll -= weight;
        }

        return codes[^1].Code;
    }
}
