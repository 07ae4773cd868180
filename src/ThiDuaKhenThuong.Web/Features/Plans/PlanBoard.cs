using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using ThiDuaKhenThuong.Domain.Campaigns;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Features.Shared;

namespace ThiDuaKhenThuong.Web.Features.Plans;

/// <summary>
/// The compliance board of a plan collection: each expected unit sent on time, late, returned or missing (see
/// <see cref="PlanCompliance"/>), whether the Standing Agency accepted the plan, and the same counts per cluster/block
/// of the collection's year. Exported to Excel.
/// </summary>
public static class PlanBoard
{
    public sealed record UnitRow(Guid UnitId, string UnitName, Guid? PlanId, PlanComplianceStatus Status, bool Accepted, DateTimeOffset? FirstSentAt);

    public sealed record GroupRow(string Code, string Name, EmulationGroupKind Kind, int Expected, int OnTime, int Late, int Returned, int Missing);

    public sealed record Model(PlanCollection Collection, IReadOnlyList<UnitRow> Units, IReadOnlyList<GroupRow> Groups)
    {
        public int Count(PlanComplianceStatus status) => Units.Count(u => u.Status == status);
    }

    public sealed class Handler(AppDbContext db)
    {
        public async Task<Model?> HandleAsync(Guid collectionId, CancellationToken cancellationToken)
        {
            var collection = await db.PlanCollections.AsNoTracking().Include(c => c.Units).FirstOrDefaultAsync(c => c.Id == collectionId, cancellationToken);
            if (collection is null)
            {
                return null;
            }

            var expected = await (
                    from e in db.PlanCollectionUnits
                    where e.CollectionId == collectionId
                    join u in db.Units on e.UnitId equals u.Id
                    select new { u.Id, u.Name })
                .ToListAsync(cancellationToken);
            var plans = await (
                    from p in db.UnitPlans
                    where p.CollectionId == collectionId
                    join i in db.WorkflowInstances on p.WorkflowInstanceId equals i.Id into flows
                    from i in flows.DefaultIfEmpty()
                    select new { p.Id, p.UnitId, p.FirstSentAt, State = i == null ? null : i.State })
                .ToDictionaryAsync(p => p.UnitId, cancellationToken);
            var rows = expected.Select(u => plans.TryGetValue(u.Id, out var p)
                ? new { UnitId = u.Id, u.Name, PlanId = (Guid?)p.Id, p.FirstSentAt, State = (string?)p.State }
                : new { UnitId = u.Id, u.Name, PlanId = (Guid?)null, FirstSentAt = (DateTimeOffset?)null, State = (string?)null });
            var units = rows
                .Select(r => new UnitRow(
                    r.UnitId, r.Name, r.PlanId,
                    PlanCompliance.Of(collection.Deadline, WorkingCalendar.VietnamOffset, r.FirstSentAt, r.State == WorkflowStates.Returned),
                    r.State == WorkflowStates.Accepted, r.FirstSentAt))
                .OrderBy(r => r.Status).ThenBy(r => r.UnitName, StringComparer.Create(new System.Globalization.CultureInfo("vi-VN"), false)).ToList();
            var byUnit = units.ToDictionary(u => u.UnitId);
            var groups = (await YearGroups.LoadAsync(db, collection.Year, cancellationToken))
                .Select(g =>
                {
                    var members = g.UnitIds.Where(byUnit.ContainsKey).Select(id => byUnit[id]).ToList();
                    return new GroupRow(g.Code, g.Name, g.Kind, members.Count,
                        members.Count(m => m.Status == PlanComplianceStatus.OnTime), members.Count(m => m.Status == PlanComplianceStatus.Late),
                        members.Count(m => m.Status == PlanComplianceStatus.Returned), members.Count(m => m.Status == PlanComplianceStatus.Missing));
                })
                .ToList();
            return new Model(collection, units, groups);
        }

        public async Task<byte[]?> ExportAsync(Guid collectionId, CancellationToken cancellationToken)
        {
            if (await HandleAsync(collectionId, cancellationToken) is not { } model)
            {
                return null;
            }

            var sheets = new Dictionary<string, object>
            {
                ["Theo đơn vị"] = model.Units.Select(u => new Dictionary<string, object>
                {
                    ["Đơn vị"] = u.UnitName,
                    ["Tình trạng"] = u.Status.Label(),
                    ["Đã tiếp nhận"] = u.Accepted ? "Có" : "",
                    ["Gửi lần đầu"] = u.FirstSentAt?.ToOffset(WorkingCalendar.VietnamOffset).ToString("dd/MM/yyyy HH:mm", System.Globalization.CultureInfo.InvariantCulture) ?? "",
                }).ToList(),
                ["Theo cụm, khối"] = model.Groups.Select(g => new Dictionary<string, object>
                {
                    ["Cụm, khối"] = g.Name, ["Mã"] = g.Code, ["Loại"] = g.Kind.Label(), ["Số đơn vị phải gửi"] = g.Expected,
                    ["Đúng hạn"] = g.OnTime, ["Muộn"] = g.Late, ["Bị trả lại"] = g.Returned, ["Chưa gửi"] = g.Missing,
                }).ToList(),
            };
            using var stream = new MemoryStream();
            await stream.SaveAsAsync(sheets, cancellationToken: cancellationToken);
            return stream.ToArray();
        }
    }
}
