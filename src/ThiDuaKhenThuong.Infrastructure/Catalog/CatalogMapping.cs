using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using ThiDuaKhenThuong.Domain.Catalog;

namespace ThiDuaKhenThuong.Infrastructure.Catalog;

/// <summary>Between the stored records and the domain's AwardType and RuleSet.</summary>
public static class CatalogMapping
{
    public static void CopyFrom(this AwardTypeRecord record, AwardType award)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(award);
        record.Id = award.Id;
        record.Code = award.Code;
        record.Name = award.Name;
        record.ShortName = award.ShortName;
        record.IsTitle = award.IsTitle;
        record.RecipientKinds = award.RecipientKinds;
        record.Level = award.Level;
        record.GrantingAuthority = award.GrantingAuthority;
        record.AllowedKinds = award.AllowedKinds;
        var settings = award.Settings();
        record.Settings = JsonSerializer.Serialize(new StoredSettings(
            [.. settings.RequiredDocuments], settings.Vote, settings.VoteThreshold, settings.ProcessingLimitWorkingDays, settings.AdHocProcessingLimitWorkingDays));
        record.ValidFrom = award.ValidFrom;
        record.ValidTo = award.ValidTo;
    }

    public static AwardType ToDomain(this AwardTypeRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var stored = JsonSerializer.Deserialize<StoredSettings>(record.Settings)
            ?? throw new JsonException($"Thiếu thiết lập của {record.Code}.");
        var settings = new AwardTypeSettings(stored.RequiredDocuments, stored.Vote, stored.VoteThreshold, stored.ProcessingLimitWorkingDays, stored.AdHocProcessingLimitWorkingDays);
        Guid? tenantId = record is TenantAwardType own ? own.TenantId : null;
        return new AwardType(record.Id, tenantId, record.Code, record.Name, record.ShortName, record.IsTitle, record.RecipientKinds,
            record.Level, record.GrantingAuthority, record.AllowedKinds, settings, record.ValidFrom, record.ValidTo);
    }

    public static void CopyFrom(this RuleSetRecord record, RuleSet set)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(set);
        record.Id = set.Id;
        record.Code = set.Code;
        record.Name = set.Name;
        record.ValidFrom = set.ValidFrom;
        record.ValidTo = set.ValidTo;
        record.Rules = JsonSerializer.Serialize(set.Rules);
        if (record is TenantRuleSet own)
        {
            own.TenantId = set.TenantId ?? throw new ArgumentException("Bộ quy tắc của tỉnh phải có tỉnh.", nameof(set));
            own.ParentRuleSetCode = set.ParentRuleSetCode;
        }
    }

    /// <summary>Rebuilt through the domain's own JSON shape, so national sets come back read-only and provincial ones editable.</summary>
    public static RuleSet ToDomain(this RuleSetRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var own = record as TenantRuleSet;
        var node = new JsonObject
        {
            [nameof(RuleSet.Id)] = record.Id,
            [nameof(RuleSet.TenantId)] = own?.TenantId,
            [nameof(RuleSet.Code)] = record.Code,
            [nameof(RuleSet.Name)] = record.Name,
            [nameof(RuleSet.ValidFrom)] = record.ValidFrom.ToString("O", CultureInfo.InvariantCulture),
            [nameof(RuleSet.ValidTo)] = record.ValidTo?.ToString("O", CultureInfo.InvariantCulture),
            [nameof(RuleSet.IsReadOnly)] = own is null,
            [nameof(RuleSet.ParentRuleSetCode)] = own?.ParentRuleSetCode,
            [nameof(RuleSet.Rules)] = JsonNode.Parse(record.Rules),
        };
        return node.Deserialize<RuleSet>() ?? throw new JsonException($"Không đọc được bộ quy tắc {record.Code}.");
    }

    /// <summary>The stored shape of <see cref="AwardTypeSettings"/>; property names are the jsonb keys.</summary>
    private sealed record StoredSettings(
        List<RequiredDocument> RequiredDocuments,
        VoteRequirement Vote,
        Domain.Voting.VoteThreshold? VoteThreshold,
        int ProcessingLimitWorkingDays,
        int AdHocProcessingLimitWorkingDays);
}
