using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Features.Organisation;

namespace ThiDuaKhenThuong.Web.Features.EmulationGroups;

/// <summary>
/// Sao chép sang năm sau: every cluster/block of a year, with the members still in it at year end whose unit still
/// exists on 1 January, and the leader and deputy in office at year end (to be rotated by hand afterwards).
/// </summary>
public static class CopyGroups
{
    public sealed record Result(IReadOnlyList<string> Errors, string Notice);

    public sealed class Handler(AppDbContext db)
    {
        public async Task<Result> HandleAsync(int year, CancellationToken cancellationToken)
        {
            var next = year + 1;
            if (await db.EmulationGroups.AnyAsync(g => g.Year == next, cancellationToken))
            {
                return new Result([$"Năm {next} đã có cụm, khối thi đua; không thể sao chép đè. Hãy sửa trực tiếp các cụm, khối của năm {next}."], string.Empty);
            }

            var groups = await db.EmulationGroups.Include(g => g.Members).Include(g => g.Leaders).AsSplitQuery()
                .Where(g => g.Year == year).OrderBy(g => g.Code).ToListAsync(cancellationToken);
            if (groups.Count == 0)
            {
                return new Result([$"Năm {year} chưa có cụm, khối thi đua nào để sao chép."], string.Empty);
            }

            var firstDay = new DateOnly(next, 1, 1);
            var existing = (await db.Units.Where(u => u.ValidFrom <= firstDay && (u.ValidTo == null || firstDay < u.ValidTo))
                .Select(u => u.Id).ToListAsync(cancellationToken)).ToHashSet();
            var copies = groups.Select(g => g.CopyToNextYear(Guid.CreateVersion7(), existing.Contains)).ToList();
            db.EmulationGroups.AddRange(copies);
            var errors = await db.TrySaveAsync(cancellationToken);
            return new Result(errors,
                $"Đã sao chép {copies.Count} cụm, khối thi đua ({copies.Sum(c => c.Members.Count)} thành viên) sang năm {next}. Hãy cập nhật đơn vị trưởng, phó theo luân phiên.");
        }
    }
}
