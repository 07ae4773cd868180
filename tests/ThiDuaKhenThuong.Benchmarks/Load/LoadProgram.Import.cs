using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using MiniExcelLibs;
using Npgsql;
using NpgsqlTypes;

namespace ThiDuaKhenThuong.Benchmarks.Load;

/// <summary>
/// <c>load import</c>: the nomination import at its largest. The unit of the province's staff account gets enough
/// people with a CCCD (added once, reused by later runs), a workbook of <c>--rows</c> nominees in the template's
/// columns is generated (Vietnamese names, CCCD typed as numbers the way Excel keeps them, one in ten by name and unit
/// code, awards of the catalog by their usual names), then the staff member signs in, creates a draft dossier and
/// uploads the file through the import page. The upload is timed from the first byte sent to the last byte of the
/// answer (the page with its row report); the stored nominations of the new dossier are counted afterwards.
/// </summary>
public static partial class LoadProgram
{
    /// <summary>The bench's CCCDs start with 098, so that they never meet another generated or seeded one.</summary>
    private const string NationalIdPrefix = "098";

    private static readonly (string Name, int Weight)[] ImportAwards =
        [("Lao động tiên tiến", 60), ("CSTĐCS", 25), ("Bằng khen UBND tỉnh", 12), ("CSTĐ cấp tỉnh", 3)];

    private static async Task<LoadResult> ImportAsync(LoadOptions options, int rows, int year, CancellationToken cancellationToken)
    {
        await using var db = NpgsqlDataSource.Create(options.Connection);
        var tenantId = await ScalarAsync<Guid>(db, null, "SELECT id FROM tenants WHERE code = $1", cancellationToken, options.Province);
        var unitId = await ScalarAsync<Guid>(db, tenantId, "SELECT unit_id FROM users WHERE user_name = $1", cancellationToken, options.Account("canbo"));
        var unitCode = await ScalarAsync<string>(db, tenantId, "SELECT code FROM units WHERE id = $1", cancellationToken, unitId);
        var prepared = Stopwatch.StartNew();
        var people = await ImportPeopleAsync(db, tenantId, unitId, rows, cancellationToken);
        var file = ImportWorkbook(people, await UniqueNamesAsync(db, tenantId, unitId, cancellationToken), unitCode, rows);
        prepared.Stop();

        using var staff = new PortalSession(options.Url);
        await staff.SignInAsync(options.Account("canbo"), options.Password, cancellationToken);
        var created = await staff.SubmitAsync("/Dossiers/Create", "/Dossiers/Create",
        [
            new("Year", year.ToString(CultureInfo.InvariantCulture)), new("Kind", "Annual"),
            new("Title", string.Create(CultureInfo.InvariantCulture, $"Đo hiệu năng: nhập {rows} đề nghị từ Excel")), new("Summary", "Thành tích năm " + year),
        ], cancellationToken) ?? throw new InvalidOperationException("Tạo hồ sơ không trả về địa chỉ.");
        var dossierId = Guid.Parse(created.ToString().Split('/').Last());
        var token = PortalSession.Token(await staff.GetStringAsync($"/Nominations/Import/{dossierId}", cancellationToken));

        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        var part = new ByteArrayContent(file);
        part.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        content.Add(part, "file", "de-nghi-khen-thuong.xlsx");
        var watch = Stopwatch.StartNew();
        using var response = await staff.PostAsync($"/Nominations/Import/{dossierId}", content, cancellationToken);
        var page = await response.Content.ReadAsStringAsync(cancellationToken);
        watch.Stop();

        var stored = await ScalarAsync<long>(db, tenantId, "SELECT count(*) FROM nominations WHERE dossier_id = $1", cancellationToken, dossierId);
        var checkedRows = await ScalarAsync<long>(db, tenantId, "SELECT count(*) FROM nominations WHERE dossier_id = $1 AND eligibility_report IS NOT NULL", cancellationToken, dossierId);
        var logged = await ScalarAsync<long>(db, tenantId, "SELECT count(*) FROM change_log c JOIN nominations n ON n.tenant_id = c.tenant_id AND c.entity_type = 'Nomination' AND c.entity_id = n.id::text WHERE n.dossier_id = $1", cancellationToken, dossierId);
        var done = string.Create(CultureInfo.GetCultureInfo("vi-VN"), $"Đã nhập {rows:N0} đề nghị");
        var errors = (response.StatusCode == HttpStatusCode.OK && page.Contains(done, StringComparison.Ordinal) ? 0 : 1) + (stored == rows ? 0 : 1);
        var problem = errors == 0 ? string.Empty : $", page: HTTP {(int)response.StatusCode} {PortalSession.Problem(page)}";
        return new LoadResult("import", [watch.Elapsed.TotalMilliseconds], watch.Elapsed, errors, string.Create(CultureInfo.InvariantCulture,
            $"{rows} rows, {file.Length / 1024} KiB file, {stored} nominations stored, {checkedRows} with an eligibility report, {logged} change-log rows, answer {page.Length / 1024} KiB, unit {unitCode}, preparation {prepared.Elapsed.TotalSeconds:0.0} s{problem}"));
    }

    /// <summary>The unit's bench people with a CCCD, at least <paramref name="count"/> of them (the missing ones added in one statement).</summary>
    private static async Task<List<(string Name, string NationalId)>> ImportPeopleAsync(NpgsqlDataSource db, Guid tenantId, Guid unitId, int count, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(db, tenantId, cancellationToken);
        var people = await PeopleAsync(connection, unitId, cancellationToken);
        if (people.Count < count)
        {
            var names = new VietnameseNames(20251124 + people.Count);
            var random = new Random(people.Count);
            var missing = count - people.Count;
            var female = Enumerable.Range(0, missing).Select(_ => random.Next(100) < 48).ToArray();
            await using var insert = new NpgsqlCommand("""
                INSERT INTO people (tenant_id, id, full_name, gender, birth_year, national_id, position, unit_id, is_direct_worker, leader_level, is_ethnic_minority)
                SELECT $1, gen_random_uuid(), n, g, y, c, 'Chuyên viên', $2, false, 'None', false
                FROM unnest($3::text[], $4::text[], $5::int[], $6::text[]) AS u(n, g, y, c)
                """, connection);
            insert.Parameters.AddWithValue(tenantId);
            insert.Parameters.AddWithValue(unitId);
            insert.Parameters.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Text, female.Select(names.Next).ToArray());
            insert.Parameters.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Text, female.Select(f => f ? "Female" : "Male").ToArray());
            insert.Parameters.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Integer, female.Select(_ => random.Next(1965, 2001)).ToArray());
            insert.Parameters.AddWithValue(NpgsqlDbType.Array | NpgsqlDbType.Text,
                Enumerable.Range(people.Count, missing).Select(i => NationalIdPrefix + i.ToString("000000000", CultureInfo.InvariantCulture)).ToArray());
            await insert.ExecuteNonQueryAsync(cancellationToken);
            people = await PeopleAsync(connection, unitId, cancellationToken);
        }

        return people;
    }

    private static async Task<List<(string Name, string NationalId)>> PeopleAsync(NpgsqlConnection connection, Guid unitId, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT full_name, national_id FROM people WHERE unit_id = $1 AND national_id LIKE $2 ORDER BY national_id", connection);
        command.Parameters.AddWithValue(unitId);
        command.Parameters.AddWithValue(NationalIdPrefix + "%");
        var people = new List<(string, string)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            people.Add((reader.GetString(0), reader.GetString(1)));
        }

        return people;
    }

    /// <summary>
    /// The names borne by one person or collective only in the unit (its generated people included): a row by name and
    /// unit code finds exactly one nominee.
    /// </summary>
    private static async Task<HashSet<string>> UniqueNamesAsync(NpgsqlDataSource db, Guid tenantId, Guid unitId, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(db, tenantId, cancellationToken);
        await using var command = new NpgsqlCommand("""
            SELECT min(name) FROM (
                SELECT full_name AS name FROM people WHERE unit_id = $1
                UNION ALL SELECT name FROM collectives WHERE unit_id = $1) AS n
            GROUP BY lower(name) HAVING count(*) = 1
            """, connection);
        command.Parameters.AddWithValue(unitId);
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }

    /// <summary>
    /// The workbook in the template's columns, one nominee per row: the CCCD as the number Excel keeps (its leading
    /// zero dropped); every tenth row instead by name and unit code, when the name is unique in the unit.
    /// </summary>
    private static byte[] ImportWorkbook(List<(string Name, string NationalId)> people, HashSet<string> unique, string unitCode, int rows)
    {
        var random = new Random(rows);
        var total = ImportAwards.Sum(a => a.Weight);
        string Award()
        {
            var pick = random.Next(total);
            foreach (var (name, weight) in ImportAwards)
            {
                if ((pick -= weight) < 0)
                {
                    return name;
                }
            }

            return ImportAwards[0].Name;
        }

        var sheet = people.Take(rows).Select((p, i) => i % 10 == 9 && unique.Contains(p.Name)
            ? new Dictionary<string, object> { ["Họ và tên"] = p.Name, ["Số CCCD"] = string.Empty, ["Mã đơn vị"] = unitCode, ["Danh hiệu, hình thức"] = Award() }
            : new Dictionary<string, object> { ["Họ và tên"] = p.Name, ["Số CCCD"] = long.Parse(p.NationalId, CultureInfo.InvariantCulture), ["Mã đơn vị"] = string.Empty, ["Danh hiệu, hình thức"] = Award() });
        using var stream = new MemoryStream();
        stream.SaveAs(sheet);
        return stream.ToArray();
    }
}
