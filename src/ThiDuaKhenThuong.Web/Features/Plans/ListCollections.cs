using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Features.Dossiers;

namespace ThiDuaKhenThuong.Web.Features.Plans;

/// <summary>The plan collections: all of them with counts for the province; for a unit, those that expect it and its plan.</summary>
public static class ListCollections
{
    public sealed record Row(Guid Id, int Year, string Title, DateOnly Deadline, int Expected, int Sent, Guid? OwnPlanId, DateTimeOffset? OwnSentAt, bool Expects);

    public sealed record Model(IReadOnlyList<Row> Collections, bool IsProvince, bool CanOpen);

    public sealed class Handler(AppDbContext db)
    {
        public async Task<Model> HandleAsync(DossierViewer viewer, bool canOpen, CancellationToken cancellationToken)
        {
            var unitId = viewer.UnitId;
            var collections = db.PlanCollections.AsNoTracking();
            if (!viewer.IsProvinceUser)
            {
                collections = collections.Where(c => c.Units.Any(u => u.UnitId == unitId));
            }

            var rows = await collections.OrderByDescending(c => c.Year).Take(50)
                .Select(c => new Row(
                    c.Id, c.Year, c.Title, c.Deadline, c.Units.Count(),
                    db.UnitPlans.Count(p => p.CollectionId == c.Id && p.FirstSentAt != null),
                    db.UnitPlans.Where(p => p.CollectionId == c.Id && p.UnitId == unitId).Select(p => (Guid?)p.Id).FirstOrDefault(),
                    db.UnitPlans.Where(p => p.CollectionId == c.Id && p.UnitId == unitId).Select(p => p.FirstSentAt).FirstOrDefault(),
                    c.Units.Any(u => u.UnitId == unitId)))
                .ToListAsync(cancellationToken);
            return new Model(rows, viewer.IsProvinceUser, canOpen);
        }
    }
}
