using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Authorization;

namespace ThiDuaKhenThuong.Web.Features.Baseline;

/// <summary>
/// The benchmark baseline (QUALITY.md): the smallest real page of the app — signed in, one EF Core query, 12 rows,
/// Razor — in the shape of TechEmpower's "fortunes". Other pages are measured as a share of its throughput in the
/// same run (deploy/bench.sh, docs/benchmarks.md).
/// </summary>
[Authorize<TenantMember>]
public sealed class BaselineController(AppDbContext db) : Controller
{
    public sealed record Row(string Code, string Name);

    private static readonly Func<AppDbContext, IAsyncEnumerable<Row>> TwelveUnits = EF.CompileAsyncQuery(
        (AppDbContext context) => context.Units.AsNoTracking().OrderBy(u => u.Code).Select(u => new Row(u.Code, u.Name)).Take(12));

    [HttpGet]
    public async Task<IActionResult> Index()
    {
        var rows = new List<Row>(12);
        await foreach (var row in TwelveUnits(db).WithCancellation(HttpContext.RequestAborted))
        {
            rows.Add(row);
        }

        return View(rows);
    }
}
