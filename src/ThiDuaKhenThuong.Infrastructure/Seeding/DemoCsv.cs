using ThiDuaKhenThuong.Domain.Organisation;

namespace ThiDuaKhenThuong.Infrastructure.Seeding;

public sealed record DemoUnitRow(string Code, string Name, UnitKind Kind, string? ParentCode, string? GroupCode);

public sealed record DemoGroupRow(string Code, string Name, EmulationGroupKind Kind);

/// <summary>Reads the demo province's CSV files (embedded copies of shared/data/demo).</summary>
internal static class DemoCsv
{
    public static IReadOnlyList<DemoUnitRow> ReadUnits(string file) =>
        Read(file).Select(f => new DemoUnitRow(f[0], f[1], ParseKind(f[2]), Blank(f[3]), Blank(f[4]))).ToList();

    public static IReadOnlyList<DemoGroupRow> ReadGroups(string file) =>
        Read(file).Select(f => new DemoGroupRow(f[0], f[1], f[2] == "cluster" ? EmulationGroupKind.Cluster : EmulationGroupKind.Block)).ToList();

    private static string? Blank(string value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static UnitKind ParseKind(string kind) => kind switch
    {
        "province_government" => UnitKind.ProvinceGovernment,
        "standing_agency" => UnitKind.StandingAgency,
        "department" => UnitKind.Department,
        "media" => UnitKind.Media,
        "central_in_province" => UnitKind.CentralInProvince,
        "mass_organisation" => UnitKind.MassOrganisation,
        "locality" => UnitKind.Locality,
        "school" => UnitKind.School,
        "hospital" => UnitKind.Hospital,
        _ => UnitKind.Other,
    };

    private static List<string[]> Read(string file)
    {
        using var stream = typeof(DemoCsv).Assembly.GetManifestResourceStream("ThiDuaKhenThuong.Infrastructure.Seeding." + file)
            ?? throw new InvalidOperationException($"{file} is not embedded.");
        using var reader = new StreamReader(stream);
        reader.ReadLine();
        var rows = new List<string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                rows.Add(SplitCsvLine(line));
            }
        }

        return rows;
    }

    /// <summary>RFC 4180 fields: commas inside double quotes belong to the field.</summary>
    internal static string[] SplitCsvLine(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        while (fields.Count < 5)
        {
            fields.Add(string.Empty);
        }

        return [.. fields];
    }
}
