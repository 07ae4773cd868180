using Npgsql;
using ThiDuaKhenThuong.Domain.Identity;

namespace ThiDuaKhenThuong.Benchmarks;

/// <summary>
/// The council of the first generated province, for the vote burst (QUALITY.md: 31 members voting at once): a term
/// covering the generator's day and 31 seats, each linked to an account <c>&lt;province&gt;.hoidong01</c> …
/// <c>hoidong31</c> (CouncilMember, the generator's password). The province's dossiers awaiting the council provide the
/// agenda. Added once, in one transaction; a database that has it is left alone, so it also completes an older dataset.
/// </summary>
public static class BenchCouncil
{
    public const int Seats = 31;

    public const string TermName = "Nhiệm kỳ 2024 – 2029 (đo hiệu năng)";

    public static string Account(string provinceCode, int seat) => $"{provinceCode}.hoidong{seat:D2}";

    internal static async Task<bool> EnsureAsync(NpgsqlDataSource dataSource, GeneratorOptions options, IReadOnlyDictionary<string, Guid> roles, string passwordHash, CancellationToken cancellationToken)
    {
        var code = Provinces.At(options.Prefix, 0).Code;
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var tenantId = await ScalarAsync<Guid?>(connection, "SELECT id FROM tenants WHERE code = $1", cancellationToken, code);
        if (tenantId is null)
        {
            return false;
        }

        await ScalarAsync<string>(connection, "SELECT set_config('app.tenant_id', $1, true)", cancellationToken, tenantId.Value.ToString());
        if (await ScalarAsync<long>(connection, "SELECT count(*) FROM council_terms WHERE name = $1", cancellationToken, TermName) > 0)
        {
            return false;
        }

        var agency = await ScalarAsync<Guid>(connection, "SELECT id FROM units WHERE code = 'BTDKT'", cancellationToken);
        var names = new VietnameseNames(options.Seed);
        var random = new Random(options.Seed);
        var termId = Guid.CreateVersion7();
        var starts = new DateOnly(options.Today.Year - 1, 7, 1);
        await ExecuteAsync(connection, "INSERT INTO council_terms (tenant_id, id, name, starts_on, ends_on, decision_number) VALUES ($1, $2, $3, $4, $5, $6)",
            cancellationToken, tenantId.Value, termId, TermName, starts, starts.AddYears(5).AddDays(-1), "2024/QĐ-UBND");
        for (var seat = 1; seat <= Seats; seat++)
        {
            var userId = Guid.CreateVersion7();
            var userName = Account(code, seat);
            var fullName = names.Next(random.Next(2) == 0);
            await ExecuteAsync(connection,
                """
                INSERT INTO users (id, tenant_id, unit_id, full_name, is_disabled, created_at, user_name, normalized_user_name, email_confirmed,
                                   password_hash, security_stamp, concurrency_stamp, phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count)
                VALUES ($1, $2, $3, $4, false, now(), $5, $6, false, $7, $8, $9, false, false, true, 0)
                """,
                cancellationToken, userId, tenantId.Value, agency, fullName, userName, userName.ToUpperInvariant(), passwordHash,
                Guid.NewGuid().ToString("N").ToUpperInvariant(), Guid.NewGuid().ToString());
            await ExecuteAsync(connection, "INSERT INTO user_roles (user_id, role_id) VALUES ($1, $2)", cancellationToken, userId, roles[Roles.CouncilMember]);
            var (role, position) = seat switch
            {
                1 => ("ChairMan", "Chủ tịch UBND tỉnh"),
                2 => ("StandingViceChair", "Giám đốc Sở Nội vụ"),
                3 or 4 => ("ViceChair", "Phó Chủ tịch UBND tỉnh"),
                _ => ("Member", "Ủy viên Hội đồng"),
            };
            await ExecuteAsync(connection,
                "INSERT INTO council_members (tenant_id, id, term_id, full_name, position, role, unit_id, user_id, person_id, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5, $6, NULL, $7, NULL, $8, NULL)",
                cancellationToken, tenantId.Value, Guid.CreateVersion7(), termId, fullName, position, role, userId, starts);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlConnection connection, string sql, CancellationToken cancellationToken, params object[] values)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.AddWithValue(value);
        }

        var result = await command.ExecuteScalarAsync(cancellationToken);
        return result is null or DBNull ? default! : (T)result;
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
}
