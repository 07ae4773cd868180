using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace ThiDuaKhenThuong.Domain.Workflow;

/// <summary>
/// Stores a definition as JSON (a text or jsonb column), so a tenant's route is data and can change without a release.
/// </summary>
public static class WorkflowDefinitionJson
{
    /// <summary>
    /// camelCase names, enums as strings (attributes on the enums), Vietnamese letters left readable rather than
    /// escaped, so an administrator reading the stored text sees "Gửi hồ sơ".
    /// </summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        WriteIndented = true,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static string Serialize(WorkflowDefinition definition) => JsonSerializer.Serialize(definition, Options);

    /// <summary>Reads a stored definition; throws <see cref="JsonException"/> on malformed text (a data error, not a user error).</summary>
    public static WorkflowDefinition Deserialize(string json) =>
        JsonSerializer.Deserialize<WorkflowDefinition>(json, Options)
        ?? throw new JsonException("Nội dung quy trình trống.");
}
