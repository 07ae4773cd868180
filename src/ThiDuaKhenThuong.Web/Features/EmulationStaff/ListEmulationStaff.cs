using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Features.Shared;

namespace ThiDuaKhenThuong.Web.Features.EmulationStaff;

/// <summary>The register of emulation staff, filtered by name, unit, full-time / part-time and whether still in the work; sorted and paged.</summary>
public static class ListEmulationStaff
{
    public const int PageSize = 25;

    public sealed class Query
    {
        public string? Q { get; set; }

        public Guid? UnitId { get; set; }

        /// <summary>"full" (chuyên trách), "part" (kiêm nhiệm) or empty.</summary>
        public string? Employment { get; set; }

        /// <summary>Include members who have stopped the work.</summary>
        public bool IncludeLeft { get; set; }

        /// <summary>unit (the default), name or started.</summary>
        public string? Sort { get; set; }

        public int Page { get; set; } = 1;
    }

    public sealed record UnitOption(Guid Id, string Name);

    public sealed record Row(Guid Id, string FullName, string Unit, int BirthYear, StaffSex Sex, StaffEducation Education, bool FullTime, int StartedYear, DateOnly? LeftOn);

    public sealed record Model(Query Query, Paged<Row> Staff, IReadOnlyList<UnitOption> Units);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<Model> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            var staff = db.EmulationStaff.AsNoTracking().Join(db.Units.AsNoTracking(), s => s.UnitId, u => u.Id, (s, u) => new { s, UnitName = u.Name });
            if (!query.IncludeLeft)
            {
                staff = staff.Where(x => x.s.LeftOn == null || x.s.LeftOn > today);
            }

            if (query.UnitId is { } unitId)
            {
                staff = staff.Where(x => x.s.UnitId == unitId);
            }

            if (query.Employment is "full" or "part")
            {
                var fullTime = query.Employment == "full";
                staff = staff.Where(x => x.s.FullTime == fullTime);
            }

            if (!string.IsNullOrWhiteSpace(query.Q))
            {
                var pattern = "%" + LikePattern.Escape(query.Q.Trim()) + "%";
                staff = staff.Where(x => EF.Functions.ILike(AppDbContext.Unaccent(x.s.FullName), AppDbContext.Unaccent(pattern), "\\"));
            }

            var total = await staff.CountAsync(cancellationToken);
            var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
            query.Page = page;
            var ordered = query.Sort switch
            {
                "name" => staff.OrderBy(x => x.s.FullName).ThenBy(x => x.s.Id),
                "started" => staff.OrderBy(x => x.s.StartedYear).ThenBy(x => x.s.FullName).ThenBy(x => x.s.Id),
                _ => staff.OrderBy(x => x.UnitName).ThenBy(x => x.s.FullName).ThenBy(x => x.s.Id),
            };
            var rows = await ordered.Skip((page - 1) * PageSize).Take(PageSize)
                .Select(x => new Row(x.s.Id, x.s.FullName, x.UnitName, x.s.BirthYear, x.s.Sex, x.s.Education, x.s.FullTime, x.s.StartedYear, x.s.LeftOn))
                .ToListAsync(cancellationToken);
            return new Model(query, new Paged<Row>(rows, page, PageSize, total), await UnitsAsync(db, cancellationToken));
        }
    }

    /// <summary>The province's units still in place, by name: the choices of the unit field and filter.</summary>
    public static async Task<IReadOnlyList<UnitOption>> UnitsAsync(AppDbContext db, CancellationToken cancellationToken)
        => await db.Units.AsNoTracking().Where(u => u.ValidTo == null).OrderBy(u => u.Name).Select(u => new UnitOption(u.Id, u.Name)).ToListAsync(cancellationToken);
}
