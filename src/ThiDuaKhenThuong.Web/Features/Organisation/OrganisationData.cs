using Microsoft.EntityFrameworkCore;
using Npgsql;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Organisation;

/// <summary>Reads and checks shared by the restructuring use cases.</summary>
internal static class OrganisationData
{
    public const string ConflictMessage = "Dữ liệu vừa được người khác thay đổi (hoặc trùng mã, trùng thời gian với dữ liệu vừa ghi). Không có gì được lưu; vui lòng tải lại trang và kiểm tra lại.";

    /// <summary>A unit with its name and parent history, tracked for change; null if not in this province.</summary>
    public static Task<Unit?> UnitForChangeAsync(this AppDbContext db, Guid id, CancellationToken cancellationToken)
        => db.Units.Include(u => u.Names).Include(u => u.Parents).AsSplitQuery().FirstOrDefaultAsync(u => u.Id == id, cancellationToken);

    public static Task<UnitSummary?> SummaryAsync(this AppDbContext db, Guid id, CancellationToken cancellationToken)
        => db.Units.AsNoTracking().Where(u => u.Id == id)
            .Select(u => new UnitSummary(u.Id, u.Code, u.Name, u.Kind, u.ParentId, db.Units.Where(p => p.Id == u.ParentId).Select(p => p.Name).FirstOrDefault(), u.ValidFrom, u.ValidTo))
            .FirstOrDefaultAsync(cancellationToken);

    public static async Task<IReadOnlyList<UnitOption>> ActiveUnitsAsync(this AppDbContext db, CancellationToken cancellationToken)
        => await db.Units.AsNoTracking().Where(u => u.ValidTo == null).OrderBy(u => u.Name)
            .Select(u => new UnitOption(u.Id, u.Code, u.Name)).ToListAsync(cancellationToken);

    /// <summary>The name of a unit whose validity overlaps [<paramref name="from"/>, ∞) under this code, or null.</summary>
    public static Task<string?> CodeHolderAsync(this AppDbContext db, string code, DateOnly from, CancellationToken cancellationToken)
    {
        var normalised = Unit.NormaliseCode(code);
        return db.Units.Where(u => u.Code == normalised && (u.ValidTo == null || u.ValidTo > from)).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken);
    }

    public static string CodeTaken(string code, string holder)
        => $"Mã đơn vị \"{Unit.NormaliseCode(code)}\" đang được dùng cho \"{holder}\" trong thời gian này; vui lòng chọn mã khác.";

    /// <summary>The ids above <paramref name="unitId"/> in today's tree, nearest first.</summary>
    public static async Task<IReadOnlyList<Guid>> AncestorsAsync(this AppDbContext db, Guid unitId, CancellationToken cancellationToken)
    {
        var parents = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.ParentId, cancellationToken);
        var ancestors = new List<Guid>();
        var current = parents.GetValueOrDefault(unitId);
        while (current is { } id && !ancestors.Contains(id))
        {
            ancestors.Add(id);
            current = parents.GetValueOrDefault(id);
        }

        return ancestors;
    }

    /// <summary>Refuses to close a unit that still has active units under it (other than units closing with it).</summary>
    public static async Task<IReadOnlyList<string>> ActiveChildrenAsync(this AppDbContext db, IReadOnlyCollection<Unit> closing, CancellationToken cancellationToken)
    {
        var ids = closing.Select(u => u.Id).ToList();
        var children = await db.Units.AsNoTracking()
            .Where(u => u.ParentId != null && ids.Contains(u.ParentId.Value) && u.ValidTo == null && !ids.Contains(u.Id))
            .OrderBy(u => u.Name).Select(u => new { u.ParentId, u.Name }).ToListAsync(cancellationToken);
        return children.GroupBy(c => c.ParentId).Select(g =>
            $"Đơn vị \"{closing.First(u => u.Id == g.Key).Name}\" còn {g.Count()} đơn vị trực thuộc đang hoạt động ({string.Join(", ", g.Take(3).Select(c => c.Name))}{(g.Count() > 3 ? ", …" : "")}); hãy chuyển các đơn vị này sang đơn vị cấp trên khác trước.")
            .ToList();
    }

    /// <summary>Units that cease to exist leave their clusters and blocks (and their leader duties) on that day.</summary>
    public static async Task WithdrawFromGroupsAsync(this AppDbContext db, IReadOnlyCollection<Guid> unitIds, DateOnly on, CancellationToken cancellationToken)
    {
        var groups = await db.EmulationGroups.Include(g => g.Members).Include(g => g.Leaders).AsSplitQuery()
            .Where(g => g.Year >= on.Year && g.Members.Any(m => unitIds.Contains(m.UnitId)))
            .ToListAsync(cancellationToken);
        foreach (var group in groups)
        {
            foreach (var unitId in unitIds)
            {
                group.WithdrawUnit(unitId, on);
            }
        }
    }

    /// <summary>Saves; a concurrent change or a period/code clash caught by the database becomes a message, not a 500.</summary>
    public static async Task<IReadOnlyList<string>> TrySaveAsync(this AppDbContext db, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return [];
        }
        catch (DbUpdateConcurrencyException)
        {
            return [ConflictMessage];
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.ExclusionViolation or PostgresErrorCodes.UniqueViolation })
        {
            return [ConflictMessage];
        }
    }
}
