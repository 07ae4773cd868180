using System.Globalization;

namespace ThiDuaKhenThuong.Benchmarks;

/// <summary>What to generate. Every figure is reproducible from <see cref="Seed"/> and <see cref="Today"/>.</summary>
public sealed record GeneratorOptions
{
    /// <summary>The owner (migration) role's connection string: loading obeys row security like any other write.</summary>
    public required string Connection { get; init; }

    public int Tenants { get; init; } = 34;

    public int Dossiers { get; init; } = 1_000_000;

    public int Seed { get; init; } = 20251124;

    /// <summary>Prefix of the generated provinces' codes and account names, so they never meet the demo provinces.</summary>
    public string Prefix { get; init; } = "bm";

    /// <summary>The day the data is "as of": deadlines before it are overdue.</summary>
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);

    /// <summary>Password of every generated account.</summary>
    public string Password { get; init; } = "ThiDua@2025-bench";

    /// <summary>Provinces loaded at the same time (one connection each).</summary>
    public int Parallelism { get; init; } = 2;

    /// <summary>
    /// With a value above 0, only the report province is generated (<c>&lt;prefix&gt;r-bao-cao</c>, kept apart from the
    /// numbered provinces): <see cref="ReportUnits"/> units and at least this many awards decided in the last full year.
    /// </summary>
    public int ReportAwards { get; init; }

    public int ReportUnits { get; init; } = 300;

    /// <summary>Dossiers of the report province (for the dashboard's dossier figures).</summary>
    public int ReportDossiers { get; init; } = 3_000;

    public const string Usage = """
        Sinh dữ liệu đo hiệu năng / benchmark data generator
          --connection <chuỗi kết nối vai trò sở hữu>   (hoặc biến ConnectionStrings__Migrations)
          --tenants 34  --dossiers 1000000  --seed 20251124  --prefix bm  --today yyyy-MM-dd  --parallel 2
          --report-awards 20000 [--report-units 300] [--report-dossiers 3000]   chỉ sinh tỉnh báo cáo <prefix>r-bao-cao
        Tài khoản: <prefix>-<tỉnh>.chuyenvien (StandingOfficer), .truongban, .canbo, .thutruong, .lanhdao; mật khẩu ThiDua@2025-bench
        """;

    public static GeneratorOptions Parse(IReadOnlyList<string> args, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new ArgumentException($"Tham số không hợp lệ: {args[i]}\n{Usage}");
            }

            values[args[i][2..]] = args[++i];
        }

        int Int(string name, int fallback, int min, int max)
        {
            if (!values.TryGetValue(name, out var text))
            {
                return fallback;
            }

            return int.TryParse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max
                ? value
                : throw new ArgumentException($"--{name} phải là số nguyên từ {min} đến {max}.");
        }

        var connection = values.GetValueOrDefault("connection") ?? environment("ConnectionStrings__Migrations")
            ?? throw new ArgumentException($"Thiếu --connection.\n{Usage}");
        var options = new GeneratorOptions
        {
            Connection = connection,
            Tenants = Int("tenants", 34, 1, 500),
            Dossiers = Int("dossiers", 1_000_000, 1, 50_000_000),
            Seed = Int("seed", 20251124, int.MinValue, int.MaxValue),
            Parallelism = Int("parallel", 2, 1, 16),
            Prefix = values.GetValueOrDefault("prefix") ?? "bm",
            ReportAwards = Int("report-awards", 0, 0, 5_000_000),
            ReportUnits = Int("report-units", 300, 30, 5_000),
            ReportDossiers = Int("report-dossiers", 3_000, 0, 1_000_000),
        };
        if (values.TryGetValue("today", out var today))
        {
            options = options with
            {
                Today = DateOnly.TryParseExact(today, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
                    ? day
                    : throw new ArgumentException("--today phải có dạng yyyy-MM-dd."),
            };
        }

        return options;
    }
}
