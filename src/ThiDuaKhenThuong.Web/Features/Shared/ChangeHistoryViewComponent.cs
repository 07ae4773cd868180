using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Infrastructure.Auditing;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Shared;

/// <summary>
/// The "who changed what, when" list on an entity's page:
/// <c>@await Component.InvokeAsync("ChangeHistory", new { entityType = nameof(Unit), entityId = unit.Id.ToString() })</c>.
/// <c>parts</c> names child entities whose key starts with the entity's id (e.g. a group's members), shown with it.
/// </summary>
public sealed class ChangeHistoryViewComponent(AppDbContext db) : ViewComponent
{
    public sealed record Row(DateTimeOffset OccurredAt, string ActorName, ChangeAction Action, IReadOnlyDictionary<string, string?[]> Changes, string? Part = null);

    /// <summary>How many entries the list shows, newest first.</summary>
    public const int DefaultTake = 50;

    /// <param name="entries">The entity's entries when the page has already read them (newest first), so none is read here.</param>
    public async Task<IViewComponentResult> InvokeAsync(
        string entityType, string entityId, int take = DefaultTake, IReadOnlyDictionary<string, string>? parts = null, IReadOnlyList<ChangeLogEntry>? entries = null)
    {
        entries ??= await ReadAsync(entityType, entityId, take, parts);
        var rows = entries.Select(e => new Row(
            e.OccurredAt, e.ActorName, e.Action,
            JsonSerializer.Deserialize<Dictionary<string, string?[]>>(e.Changes) ?? [],
            parts?.GetValueOrDefault(e.EntityType))).ToList();
        return View("~/Features/Shared/Components/ChangeHistory/Default.cshtml", rows);
    }

    private async Task<List<ChangeLogEntry>> ReadAsync(string entityType, string entityId, int take, IReadOnlyDictionary<string, string>? parts)
    {
        var query = db.ChangeLog.AsNoTracking().Where(e => e.EntityType == entityType && e.EntityId == entityId);
        if (parts is { Count: > 0 })
        {
            var partTypes = parts.Keys.ToList();
            var prefix = entityId + "/";
            query = db.ChangeLog.AsNoTracking()
                .Where(e => (e.EntityType == entityType && e.EntityId == entityId) || (partTypes.Contains(e.EntityType) && e.EntityId.StartsWith(prefix)));
        }

        // Without parts the statement is a plain walk of the (province, type, id, sequence) index, which PostgreSQL plans
        // once per connection instead of on every page.
        return await query.OrderByDescending(e => e.Sequence).Take(take).ToListAsync(HttpContext.RequestAborted);
    }

    public static string ActionLabel(ChangeAction action) => action switch
    {
        ChangeAction.Created => "Tạo mới",
        ChangeAction.Updated => "Sửa",
        ChangeAction.Deleted => "Xóa",
    };
}
