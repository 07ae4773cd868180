using System.Text.Json;
using System.Text.Json.Serialization;

namespace ThiDuaKhenThuong.Domain.Catalog;

/// <summary>
/// One eligibility rule as data: its kind and typed parameters. Serialises as
/// <c>{"Kind":"MaxShareOf","Parameters":{"Title":…,"Percent":15,…}}</c>; the kind is read first whatever the key order,
/// because PostgreSQL <c>jsonb</c> does not keep the order in which keys were written.
/// </summary>
[JsonConverter(typeof(RuleDefinitionJsonConverter))]
public sealed record RuleDefinition
{
    public RuleDefinition(RuleKind kind, RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        if (parameters.Kind != kind)
        {
            throw new ArgumentException($"Tham số thuộc loại quy tắc {parameters.Kind}, không phải {kind}.", nameof(parameters));
        }

        parameters.Validate();
        Kind = kind;
        Parameters = parameters;
    }

    public RuleKind Kind { get; }

    public RuleParameters Parameters { get; }

    public static RuleDefinition Of(RuleParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        return new RuleDefinition(parameters.Kind, parameters);
    }

    /// <summary>The parameters alone as JSON, for a store that keeps <see cref="Kind"/> in its own column.</summary>
    public string ParametersJson() => JsonSerializer.Serialize(Parameters, RuleKinds.ParametersType(Kind));

    /// <summary>The inverse of <see cref="ParametersJson"/>.</summary>
    public static RuleDefinition FromParametersJson(RuleKind kind, string json)
    {
        var parameters = (RuleParameters?)JsonSerializer.Deserialize(json, RuleKinds.ParametersType(kind))
            ?? throw new JsonException($"Tham số của quy tắc {kind} bị trống.");
        return new RuleDefinition(kind, parameters);
    }
}

public static class RuleKinds
{
    private static readonly Dictionary<Type, RuleKind> KindsByType =
        Enum.GetValues<RuleKind>().ToDictionary(ParametersType);

    /// <summary>The one place that maps a kind to its parameter record: add a line here when adding a kind.</summary>
    public static Type ParametersType(RuleKind kind) => kind switch
    {
        RuleKind.PriorTitleConsecutiveYears => typeof(PriorTitleConsecutiveYearsRule),
        RuleKind.HoldsTitleInYear => typeof(HoldsTitleInYearRule),
        RuleKind.HoldsTitleBefore => typeof(HoldsTitleBeforeRule),
        RuleKind.RequiresInitiative => typeof(RequiresInitiativeRule),
        RuleKind.MaxShareOf => typeof(MaxShareOfRule),
        RuleKind.MinShareOf => typeof(MinShareOfRule),
        RuleKind.MinCountOf => typeof(MinCountOfRule),
        RuleKind.MaxCountOf => typeof(MaxCountOfRule),
        RuleKind.MinYearsSinceSame => typeof(MinYearsSinceSameRule),
        RuleKind.NoDiscipline => typeof(NoDisciplineRule),
        RuleKind.LeadsEmulationGroup => typeof(LeadsEmulationGroupRule),
        RuleKind.NotAlreadyAwardedForSameAchievement => typeof(NotAlreadyAwardedForSameAchievementRule),
        RuleKind.MinPerformanceRating => typeof(MinPerformanceRatingRule),
        RuleKind.MinServiceMonths => typeof(MinServiceMonthsRule),
        RuleKind.MaxAbsenceDays => typeof(MaxAbsenceDaysRule),
    };

    public static RuleKind KindOf(Type parametersType) =>
        KindsByType.TryGetValue(parametersType, out var kind)
            ? kind
            : throw new ArgumentException($"{parametersType.Name} không phải tham số của loại quy tắc nào.", nameof(parametersType));
}

internal sealed class RuleDefinitionJsonConverter : JsonConverter<RuleDefinition>
{
    private const string KindName = nameof(RuleDefinition.Kind);
    private const string ParametersName = nameof(RuleDefinition.Parameters);

    public override RuleDefinition Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // Buffer the object so "Kind" may come after "Parameters".
        using var document = JsonDocument.ParseValue(ref reader);
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Object
            || !TryGet(root, KindName, out var kindElement)
            || !TryGet(root, ParametersName, out var parametersElement))
        {
            throw new JsonException("Quy tắc phải có \"Kind\" và \"Parameters\".");
        }

        if (kindElement.ValueKind != JsonValueKind.String
            || !Enum.TryParse<RuleKind>(kindElement.GetString(), ignoreCase: false, out var kind) || !Enum.IsDefined(kind))
        {
            throw new JsonException($"Loại quy tắc không xác định: {kindElement.GetRawText()}.");
        }

        var parameters = (RuleParameters?)parametersElement.Deserialize(RuleKinds.ParametersType(kind), options)
            ?? throw new JsonException($"Tham số của quy tắc {kind} bị trống.");
        return new RuleDefinition(kind, parameters);
    }

    public override void Write(Utf8JsonWriter writer, RuleDefinition value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString(KindName, value.Kind.ToString());
        writer.WritePropertyName(ParametersName);
        JsonSerializer.Serialize(writer, value.Parameters, RuleKinds.ParametersType(value.Kind), options);
        writer.WriteEndObject();
    }

    private static bool TryGet(JsonElement root, string name, out JsonElement value)
    {
        foreach (var property in root.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return true;
            }
        }

        value = default;
        return false;
    }
}
