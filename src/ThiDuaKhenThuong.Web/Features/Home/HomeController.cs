using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Home;

public sealed class HomeController : Controller
{
    public sealed record Model(int UnitCount, int GroupCount, int AccountCount);

    [HttpGet]
    public async Task<IActionResult> Index([FromServices] AppDbContext db)
    {
        var cancel = HttpContext.RequestAborted;
        return View(new Model(
            await db.Units.CountAsync(u => u.ValidTo == null, cancel),
            await db.EmulationGroups.CountAsync(cancel),
            await db.Users.CountAsync(cancel)));
    }
}
