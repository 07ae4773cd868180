using Npgsql;
using NpgsqlTypes;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Domain.Workflow;

namespace ThiDuaKhenThuong.Benchmarks;

/// <summary>
/// Generates one province in one transaction (all or nothing): its units (100–300), five accounts, the default
/// workflow routes and calendar, people with award histories, then its dossiers (<c>TenantLoader.Dossiers.cs</c>).
/// </summary>
internal sealed partial class TenantLoader
{
    private const int BatchSize = 5_000;
    private static readonly DateOnly UnitsSince = new(2021, 1, 1);

    private readonly GeneratorOptions options;
    private readonly TenantPlan plan;
    private readonly IReadOnlyDictionary<string, Guid> roles;
    private readonly string passwordHash;
    private readonly Random random;
    private readonly VietnameseNames names;
    private readonly Guid tenantId;
    private readonly DateTimeOffset now;
    private readonly List<Unit> units = [];
    private readonly Dictionary<Guid, List<(Guid Id, string Name)>> peopleByUnit = [];
    private readonly Dictionary<string, Guid> accounts = new(StringComparer.Ordinal);

    private readonly BulkTable unitTable = new("units", ("tenant_id", NpgsqlDbType.Uuid), ("id", NpgsqlDbType.Uuid), ("code", NpgsqlDbType.Varchar),
        ("name", NpgsqlDbType.Varchar), ("kind", NpgsqlDbType.Varchar), ("parent_id", NpgsqlDbType.Uuid), ("valid_from", NpgsqlDbType.Date));
    private readonly BulkTable unitNames = new("unit_names", ("tenant_id", NpgsqlDbType.Uuid), ("unit_id", NpgsqlDbType.Uuid),
        ("valid_from", NpgsqlDbType.Date), ("name", NpgsqlDbType.Varchar));
    private readonly BulkTable unitParents = new("unit_parents", ("tenant_id", NpgsqlDbType.Uuid), ("unit_id", NpgsqlDbType.Uuid),
        ("valid_from", NpgsqlDbType.Date), ("parent_id", NpgsqlDbType.Uuid));
    private readonly BulkTable users = new("users", ("id", NpgsqlDbType.Uuid), ("tenant_id", NpgsqlDbType.Uuid), ("unit_id", NpgsqlDbType.Uuid),
        ("full_name", NpgsqlDbType.Varchar), ("is_disabled", NpgsqlDbType.Boolean), ("created_at", NpgsqlDbType.TimestampTz),
        ("user_name", NpgsqlDbType.Varchar), ("normalized_user_name", NpgsqlDbType.Varchar), ("email_confirmed", NpgsqlDbType.Boolean),
        ("password_hash", NpgsqlDbType.Text), ("security_stamp", NpgsqlDbType.Text), ("concurrency_stamp", NpgsqlDbType.Text),
        ("phone_number_confirmed", NpgsqlDbType.Boolean), ("two_factor_enabled", NpgsqlDbType.Boolean), ("lockout_enabled", NpgsqlDbType.Boolean),
        ("access_failed_count", NpgsqlDbType.Integer));
    private readonly BulkTable userRoles = new("user_roles", ("user_id", NpgsqlDbType.Uuid), ("role_id", NpgsqlDbType.Uuid));
    private readonly BulkTable definitions = new("workflow_definitions", ("tenant_id", NpgsqlDbType.Uuid), ("id", NpgsqlDbType.Uuid),
        ("code", NpgsqlDbType.Varchar), ("version", NpgsqlDbType.Integer), ("subject_kind", NpgsqlDbType.Varchar), ("name", NpgsqlDbType.Varchar),
        ("definition", NpgsqlDbType.Jsonb), ("created_at", NpgsqlDbType.TimestampTz), ("first_used_at", NpgsqlDbType.TimestampTz));
    private readonly BulkTable calendar = new("calendar_days", ("tenant_id", NpgsqlDbType.Uuid), ("date", NpgsqlDbType.Date),
        ("kind", NpgsqlDbType.Varchar), ("name", NpgsqlDbType.Varchar));
    private readonly BulkTable people = new("people", ("tenant_id", NpgsqlDbType.Uuid), ("id", NpgsqlDbType.Uuid), ("full_name", NpgsqlDbType.Varchar),
        ("gender", NpgsqlDbType.Varchar), ("birth_year", NpgsqlDbType.Integer), ("position", NpgsqlDbType.Varchar), ("unit_id", NpgsqlDbType.Uuid),
        ("is_direct_worker", NpgsqlDbType.Boolean), ("leader_level", NpgsqlDbType.Varchar), ("is_ethnic_minority", NpgsqlDbType.Boolean));
    private readonly BulkTable awards = new("award_history", ("tenant_id", NpgsqlDbType.Uuid), ("id", NpgsqlDbType.Uuid), ("person_id", NpgsqlDbType.Uuid),
        ("award_code", NpgsqlDbType.Varchar), ("year", NpgsqlDbType.Integer), ("decision_number", NpgsqlDbType.Varchar),
        ("decision_date", NpgsqlDbType.Date), ("issuing_authority", NpgsqlDbType.Varchar), ("source", NpgsqlDbType.Varchar));

    private sealed record Unit(Guid Id, string Code, string Name, string Kind);

    public TenantLoader(GeneratorOptions options, TenantPlan plan, IReadOnlyDictionary<string, Guid> roles, string passwordHash)
    {
        this.options = options;
        this.plan = plan;
        this.roles = roles;
        this.passwordHash = passwordHash;
        var seed = unchecked((options.Seed * 7919) + plan.Index);
        random = new Random(seed);
        names = new VietnameseNames(seed);
        now = new DateTimeOffset(options.Today.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);
        tenantId = NewId(new DateTimeOffset(2025, 7, 1, 0, 0, 0, TimeSpan.Zero));
        InitDossierTables(out dossiers, out instances, out nominations, out history);
    }

    private IEnumerable<BulkTable> Tables =>
        [unitTable, unitNames, unitParents, users, userRoles, definitions, calendar, people, awards, dossiers, instances, nominations, history, .. ReportTables];

    public async Task<long> LoadAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        foreach (var table in Tables)
        {
            await table.PrepareAsync(connection, cancellationToken);
        }

        await ExecuteAsync(connection, "INSERT INTO tenants (id, code, name, status, created_at) VALUES ($1, $2, $3, 'Active', $4)", cancellationToken,
            tenantId, plan.Province.Code, plan.Province.Name, now.AddYears(-1));
        // Row security admits this province's rows only, for the rest of the transaction.
        await ExecuteAsync(connection, "SELECT set_config('app.tenant_id', $1, true)", cancellationToken, tenantId.ToString());

        AddUnits();
        await FlushAsync(connection, cancellationToken, unitTable, unitNames, unitParents);
        AddAccounts();
        AddRoutesAndCalendar();
        await FlushAsync(connection, cancellationToken, users, userRoles, definitions, calendar);
        await AddPeopleAsync(connection, cancellationToken);
        await AddDossiersAsync(connection, cancellationToken);
        if (plan.ReportAwards > 0)
        {
            await AddReportAwardsAsync(connection, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return Tables.Sum(t => t.Written) + 1;
    }

    private void AddUnits()
    {
        var count = random.Next(100, 301);
        if (plan.ReportAwards > 0)
        {
            count = options.ReportUnits;
        }

        var province = plan.Province.Name;
        var government = AddUnit(null, "UBND", $"Ủy ban nhân dân {char.ToLowerInvariant(province[0])}{province[1..]}", "ProvinceGovernment");
        AddUnit(null, "BTDKT", "Ban Thi đua - Khen thưởng tỉnh", "StandingAgency");
        foreach (var (name, i) in Provinces.Departments.Select((n, i) => (n, i)))
        {
            AddUnit(government.Id, $"S{i + 1:D2}", name, name.StartsWith("Hội", StringComparison.Ordinal) || name.StartsWith("Liên", StringComparison.Ordinal) ? "MassOrganisation" : "Department");
        }

        var n = 0;
        while (units.Count < count)
        {
            n++;
            var place = $"{Provinces.PlaceWords[random.Next(Provinces.PlaceWords.Length)]} {Provinces.PlaceWords[random.Next(Provinces.PlaceWords.Length)]}";
            var (prefix, kind) = random.Next(10) switch
            {
                < 5 => ("Ủy ban nhân dân xã", "Commune"),
                < 7 => ("Trường Trung học phổ thông", "School"),
                < 8 => ("Bệnh viện Đa khoa khu vực", "Hospital"),
                < 9 => ("Ủy ban nhân dân phường", "Commune"),
                _ => ("Công ty Cổ phần", "Enterprise"),
            };
            AddUnit(kind == "Commune" ? government.Id : null, $"DV{n:D3}", $"{prefix} {place}", kind);
        }
    }

    private Unit AddUnit(Guid? parent, string code, string name, string kind)
    {
        var unit = new Unit(NewId(new DateTimeOffset(2021, 1, 1, 0, 0, 0, TimeSpan.Zero)), code, name, kind);
        units.Add(unit);
        unitTable.Add(tenantId, unit.Id, code, name, kind, parent, UnitsSince);
        unitNames.Add(tenantId, unit.Id, UnitsSince, name);
        unitParents.Add(tenantId, unit.Id, UnitsSince, parent);
        return unit;
    }

    private void AddAccounts()
    {
        var agency = units[1].Id;
        var department = units[2 + 5].Id; // Sở Y tế
        AddAccount("chuyenvien", Roles.StandingOfficer, agency);
        AddAccount("truongban", Roles.StandingHead, agency);
        AddAccount("canbo", Roles.UnitStaff, department);
        AddAccount("thutruong", Roles.UnitLeader, department);
        AddAccount("lanhdao", Roles.Leader, units[0].Id);
    }

    private void AddAccount(string suffix, string role, Guid unitId)
    {
        var id = NewId(now.AddYears(-1));
        var userName = $"{plan.Province.Code}.{suffix}";
        accounts[role] = id;
        users.Add(id, tenantId, unitId, names.Next(random.Next(2) == 0), false, now.AddYears(-1), userName, userName.ToUpperInvariant(), false,
            passwordHash, Guid.NewGuid().ToString("N").ToUpperInvariant(), Guid.NewGuid().ToString(), false, false, true, 0);
        userRoles.Add(id, roles[role]);
    }

    private void AddRoutesAndCalendar()
    {
        foreach (var definition in DefaultWorkflows.All)
        {
            var used = definition.Code == DefaultWorkflows.ProvincialNominationCode ? now.AddYears(-3) : (DateTimeOffset?)null;
            definitions.Add(tenantId, NewId(now.AddYears(-3)), definition.Code, definition.Version, definition.SubjectKind, definition.Name,
                WorkflowDefinitionJson.Serialize(definition), now.AddYears(-3), used);
        }

        foreach (var day in VietnameseHolidays.All)
        {
            calendar.Add(tenantId, day.Date, day.Kind.ToString(), day.Name);
        }
    }

    private async Task AddPeopleAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        // About one person for every three dossiers, at least eight per unit, so nominees repeat across years as in life.
        var perUnit = Math.Max(8, plan.Dossiers / 3 / units.Count);
        foreach (var unit in units)
        {
            var list = new List<(Guid, string)>(perUnit);
            peopleByUnit[unit.Id] = list;
            for (var i = 0; i < perUnit; i++)
            {
                var female = random.Next(100) < 48;
                var id = NewId(UnitsSince.ToDateTime(TimeOnly.MinValue));
                var name = names.Next(female);
                list.Add((id, name));
                var leader = i == 0 ? "DepartmentLevel" : i < 3 ? "DivisionDeputyOrAbove" : "None";
                var position = i == 0 ? "Giám đốc" : i < 3 ? "Phó Giám đốc" : random.Next(4) == 0 ? "Trưởng phòng" : "Chuyên viên";
                people.Add(tenantId, id, name, female ? "Female" : "Male", random.Next(1965, 2001), position, unit.Id, random.Next(5) == 0, leader, random.Next(12) == 0);
                AddAwardHistory(unit, id);
            }

            if (people.Pending >= BatchSize)
            {
                await FlushAsync(connection, cancellationToken, people, awards);
            }
        }

        await FlushAsync(connection, cancellationToken, people, awards);
    }

    private void AddAwardHistory(Unit unit, Guid personId)
    {
        for (var year = options.Today.Year - 4; year < options.Today.Year; year++)
        {
            var roll = random.Next(100);
            if (roll >= 70)
            {
                continue;
            }

            var (code, authority) = roll < 10 ? ("GrassrootsEmulationFighter", "Thủ trưởng " + unit.Name) : ("AdvancedWorker", "Thủ trưởng " + unit.Name);
            awards.Add(tenantId, NewId(new DateTimeOffset(year, 12, 15, 0, 0, 0, TimeSpan.Zero)), personId, code, year,
                $"{random.Next(1, 999)}/QĐ-{unit.Code}", new DateOnly(year, 12, random.Next(10, 29)), authority, "Imported");
        }
    }

    private static async Task FlushAsync(NpgsqlConnection connection, CancellationToken cancellationToken, params BulkTable[] tables)
    {
        foreach (var table in tables)
        {
            await table.FlushAsync(connection, cancellationToken);
        }
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params object[] values)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.AddWithValue(value);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>A version-7 shaped id (time-ordered) from the seeded random source, so a seed gives the same ids.</summary>
    private Guid NewId(DateTimeOffset at)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        var ms = at.ToUnixTimeMilliseconds();
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(ms >> (8 * (5 - i)));
        }

        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }

    private Guid NewId(DateTime at) => NewId(new DateTimeOffset(at, TimeSpan.Zero));
}
