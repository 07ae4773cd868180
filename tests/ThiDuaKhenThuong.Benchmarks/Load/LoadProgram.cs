using System.Globalization;
using Npgsql;

namespace ThiDuaKhenThuong.Benchmarks.Load;

/// <summary>
/// <c>load votes|transitions|import</c>: write-path load against a running portal, through its real pages. Each scenario
/// signs in real accounts, prepares every form first (antiforgery token, one-time form token, row version), then fires
/// the posts concurrently and prints one <see cref="LoadResult.ToLine"/> line. The owner connection is used to find
/// the data to act on and to check afterwards that what was posted is stored.
/// </summary>
public static partial class LoadProgram
{
    public const string Usage = """
        Đo tải ghi / write-path load
          load votes        --url http://127.0.0.1:5090 --connection <chuỗi kết nối vai trò sở hữu> [--prefix bm] [--rounds 3] [--warmup 1] [--items 3]
          load transitions  --url … --connection … [--prefix bm] [--workers 32] [--seconds 20] [--dossiers 640]
          load import       --url … --connection … [--prefix bm] [--rows 10000] [--year <năm trước>]
        Mật khẩu tài khoản: --password (mặc định ThiDua@2025-bench)
        """;

    private static readonly string[] Choices = ["For", "For", "For", "Against", "Abstain"];

    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public static async Task<int> MainAsync(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0 || args[0] is not ("votes" or "transitions" or "import"))
        {
            await Console.Error.WriteLineAsync(Usage);
            return 2;
        }

        Console.WriteLine(await RunAsync(args));
        return 0;
    }

    /// <summary>Runs one scenario (<c>votes …</c> or <c>transitions …</c>, options as in <see cref="Usage"/>) and returns its RESULT line.</summary>
    public static async Task<string> RunAsync(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        if (args.Count == 0 || args[0] is not ("votes" or "transitions" or "import"))
        {
            throw new ArgumentException(Usage, nameof(args));
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 1; i + 1 < args.Count; i += 2)
        {
            values[args[i].TrimStart('-')] = args[i + 1];
        }

        int Int(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        var options = new LoadOptions(
            new Uri(values.GetValueOrDefault("url") ?? "http://127.0.0.1:5090"),
            values.GetValueOrDefault("connection") ?? Environment.GetEnvironmentVariable("ConnectionStrings__Migrations") ?? throw new ArgumentException("Thiếu --connection."),
            values.GetValueOrDefault("province") ?? Provinces.At(values.GetValueOrDefault("prefix") ?? "bm", 0).Code,
            values.GetValueOrDefault("password") ?? "ThiDua@2025-bench");
        using var cancel = new CancellationTokenSource(TimeSpan.FromMinutes(10));
        var result = args[0] switch
        {
            "votes" => await VotesAsync(options, Int("rounds", 3), Int("warmup", 1), Int("items", 3), cancel.Token),
            "import" => await ImportAsync(options, Int("rows", 10_000), Int("year", TimeProvider.System.GetUtcNow().Year - 1), cancel.Token),
            _ => await TransitionsAsync(options, Int("workers", 32), TimeSpan.FromSeconds(Int("seconds", 20)), Int("dossiers", 640), cancel.Token),
        };
        return result.ToLine();
    }

    private sealed record LoadOptions(Uri Url, string Connection, string Province, string Password)
    {
        public string Account(string suffix) => $"{Province}.{suffix}";
    }

    private static async Task<NpgsqlConnection> OpenAsync(NpgsqlDataSource db, Guid? tenantId, CancellationToken cancellationToken)
    {
        var connection = await db.OpenConnectionAsync(cancellationToken);
        if (tenantId is { } id)
        {
            await using var set = new NpgsqlCommand("SELECT set_config('app.tenant_id', $1, false)", connection);
            set.Parameters.AddWithValue(id.ToString());
            await set.ExecuteNonQueryAsync(cancellationToken);
        }

        return connection;
    }

    private static async Task<T> ScalarAsync<T>(NpgsqlDataSource db, Guid? tenantId, string sql, CancellationToken cancellationToken, params object[] values)
    {
        await using var connection = await OpenAsync(db, tenantId, cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.AddWithValue(value);
        }

        var result = await command.ExecuteScalarAsync(cancellationToken);
        return result is T typed ? typed : throw new InvalidOperationException($"Không tìm thấy dữ liệu đo hiệu năng ({sql}). Hãy chạy trình sinh dữ liệu trước.");
    }

    private static async Task<List<Guid>> ListAsync(NpgsqlDataSource db, Guid tenantId, string sql, CancellationToken cancellationToken, params object[] values)
    {
        await using var connection = await OpenAsync(db, tenantId, cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.AddWithValue(value);
        }

        var ids = new List<Guid>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetGuid(0));
        }

        return ids;
    }
}
