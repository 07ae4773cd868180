using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Infrastructure.Auditing;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Shared;

/// <summary>
/// The "who changed what, when" list on an entity's page:
/// <c>@await Component.InvokeAsync("ChangeHistory", new { entityType = nameof(Unit), entityId = unit.Id.ToString() })</c>.
/// </summary>
public sealed class ChangeHistoryViewComponent(AppDbContext db) : ViewComponent
{
    public sealed record Row(DateTimeOffset OccurredAt, string ActorName, ChangeAction Action, IReadOnlyDictionary<string, string?[]> Changes);

    public async Task<IViewComponentResult> InvokeAsync(string entityType, string entityId, int take = 50)
    {
        var entries = await db.ChangeLog.AsNoTracking()
            .Where(e => e.EntityType == entityType && e.EntityId == entityId)
            .OrderByDescending(e => e.Sequence).Take(take)
            .ToListAsync(HttpContext.RequestAborted);
        var rows = entries.Select(e => new Row(
            e.OccurredAt, e.ActorName, e.Action,
            JsonSerializer.Deserialize<Dictionary<string, string?[]>>(e.Changes) ?? [])).ToList();
        return View("~/Features/Shared/Components/ChangeHistory/Default.cshtml", rows);
    }

    public static string ActionLabel(ChangeAction action) => action switch
    {
        ChangeAction.Created => "Tạo mới",
        ChangeAction.Updated => "Sửa",
        ChangeAction.Deleted => "Xóa",
    };
}
