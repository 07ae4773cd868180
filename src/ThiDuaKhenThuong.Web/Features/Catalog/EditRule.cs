using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Infrastructure.Catalog;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Catalog;

/// <summary>Changes the parameters of one rule of the province's own rule set (e.g. the CSTĐCS cap 15 % → 20 %).
/// Numbers and yes/no values are editable; award codes and scopes are shown, not changed.</summary>
public static class EditRule
{
    public sealed class Command
    {
        public string Set { get; set; } = string.Empty;

        public string Award { get; set; } = string.Empty;

        public int Index { get; set; }

        public Dictionary<string, string?> Values { get; set; } = [];
    }

    public sealed record Field(string Name, string Label, string Value, bool Editable, bool IsBool);

    public sealed record Model(Command Command, string SetName, string AwardName, string Description, IReadOnlyList<Field> Fields);

    public sealed class Handler(AppDbContext db, ReadCatalog.Handler catalog)
    {
        public async Task<Model?> FormAsync(Command command, CancellationToken cancellationToken)
        {
            var record = await db.TenantRuleSets.AsNoTracking().FirstOrDefaultAsync(s => s.Code == command.Set, cancellationToken);
            var rule = record is null ? null : RuleAt(record.ToDomain(), command);
            if (record is null || rule is null)
            {
                return null;
            }

            var award = (await catalog.HandleAsync(cancellationToken)).Award(command.Award);
            var fields = JsonNode.Parse(rule.ParametersJson())!.AsObject().Select(p =>
            {
                var value = p.Value?.ToJsonString().Trim('"') ?? string.Empty;
                var posted = command.Values.TryGetValue(p.Key, out var v) ? v : null;
                var kind = p.Value?.GetValueKind();
                var editable = kind is System.Text.Json.JsonValueKind.Number or System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False;
                var isBool = kind is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False;
                var shown = editable && posted is not null ? posted : editable ? value : DisplayValue(value);
                return new Field(p.Key, RuleParameterLabels.Label(p.Key), shown, editable, isBool);
            }).ToList();
            return new Model(command, record.Name, award?.Name ?? command.Award, rule.Describe(), fields);
        }

        /// <summary>Returns the error to show, or null when saved.</summary>
        public async Task<string?> SaveAsync(Command command, CancellationToken cancellationToken)
        {
            var record = await db.TenantRuleSets.FirstOrDefaultAsync(s => s.Code == command.Set, cancellationToken);
            var set = record?.ToDomain();
            var rule = set is null ? null : RuleAt(set, command);
            if (record is null || set is null || rule is null)
            {
                return "Không tìm thấy quy tắc.";
            }

            var parameters = JsonNode.Parse(rule.ParametersJson())!.AsObject();
            foreach (var (name, node) in parameters.ToList())
            {
                var kind = node?.GetValueKind();
                var posted = command.Values.GetValueOrDefault(name);
                if (kind == System.Text.Json.JsonValueKind.Number)
                {
                    if (!int.TryParse(posted, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
                    {
                        return $"{RuleParameterLabels.Label(name)} phải là một số nguyên.";
                    }

                    parameters[name] = number;
                }
                else if (kind is System.Text.Json.JsonValueKind.True or System.Text.Json.JsonValueKind.False)
                {
                    parameters[name] = posted is "true" or "on";
                }
            }

            RuleDefinition replacement;
            try
            {
                replacement = RuleDefinition.FromParametersJson(rule.Kind, parameters.ToJsonString());
            }
            catch (ArgumentException ex)
            {
                // The domain's messages are Vietnamese; drop the framework's "(Parameter 'x')" and "Actual value" lines.
                return ex.Message.Split('\n')[0].Split(" (Parameter", StringSplitOptions.None)[0].Trim();
            }

            set.ReplaceRule(command.Award, rule, replacement);
            record.CopyFrom(set);
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }

        private static RuleDefinition? RuleAt(RuleSet set, Command command)
        {
            var rules = set.RulesFor(command.Award);
            return command.Index >= 0 && command.Index < rules.Count ? rules[command.Index].Rule : null;
        }

        private static string DisplayValue(string value) => NationalCatalog.ShortNameOf(value);
    }
}
