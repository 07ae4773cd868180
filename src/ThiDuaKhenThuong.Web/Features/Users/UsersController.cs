using Microsoft.AspNetCore.Mvc;
using ThiDuaKhenThuong.Web.Authorization;

namespace ThiDuaKhenThuong.Web.Features.Users;

[Authorize<ManageUsers>]
public sealed class UsersController : Controller
{
    [HttpGet]
    public async Task<IActionResult> Index([FromQuery] ListUsers.Query query, [FromServices] ListUsers.Handler handler)
        => View(await handler.HandleAsync(query, HttpContext.RequestAborted));

    [HttpGet]
    public async Task<IActionResult> Details(Guid id, [FromServices] UserDetails.Handler handler)
        => await handler.HandleAsync(id, HttpContext.RequestAborted) is { } model ? View(model) : NotFound();
}
