using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Features.Shared;

namespace ThiDuaKhenThuong.Web.Features.Users;

/// <summary>The province's accounts (TenantAdmin): search by name or user name ignoring diacritics, filter by unit and role.</summary>
public static class ListUsers
{
    public const int PageSize = 25;

    public sealed class Query
    {
        public string? Q { get; set; }

        public Guid? UnitId { get; set; }

        public string? Role { get; set; }

        public int Page { get; set; } = 1;
    }

    public sealed record Row(Guid Id, string UserName, string FullName, string? UnitName, IReadOnlyList<string> Roles, bool IsDisabled, bool IsLockedOut);

    public sealed record UnitOption(Guid Id, string Name);

    public sealed record Model(Query Query, Paged<Row> Users, IReadOnlyList<UnitOption> Units);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<Model> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var units = await db.Units.OrderBy(u => u.Name).Select(u => new UnitOption(u.Id, u.Name)).ToListAsync(cancellationToken);
            var users = db.Users.AsNoTracking().Where(u => u.TenantId != null);
            if (!string.IsNullOrWhiteSpace(query.Q))
            {
                var pattern = "%" + LikePattern.Escape(query.Q.Trim()) + "%";
                users = users.Where(u => EF.Functions.ILike(EF.Functions.Unaccent(u.FullName), EF.Functions.Unaccent(pattern), "\\")
                                         || EF.Functions.ILike(u.UserName!, pattern, "\\"));
            }

            if (query.UnitId is { } unitId)
            {
                users = users.Where(u => u.UnitId == unitId);
            }

            if (!string.IsNullOrEmpty(query.Role))
            {
                var role = query.Role;
                users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
            }

            var total = await users.CountAsync(cancellationToken);
            var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
            query.Page = page;
            var now = clock.GetUtcNow();
            var rows = await users.OrderBy(u => u.UserName).Skip((page - 1) * PageSize).Take(PageSize)
                .Select(u => new
                {
                    u.Id,
                    u.UserName,
                    u.FullName,
                    UnitName = db.Units.Where(x => x.Id == u.UnitId).Select(x => x.Name).FirstOrDefault(),
                    Roles = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToList(),
                    u.IsDisabled,
                    u.LockoutEnd,
                })
                .ToListAsync(cancellationToken);
            var result = rows.Select(r => new Row(r.Id, r.UserName ?? string.Empty, r.FullName, r.UnitName, RoleOrder.Sort(r.Roles), r.IsDisabled, r.LockoutEnd > now)).ToList();
            return new Model(query, new Paged<Row>(result, page, PageSize, total), units);
        }
    }
}
