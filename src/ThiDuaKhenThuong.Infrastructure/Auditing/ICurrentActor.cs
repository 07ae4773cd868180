using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace ThiDuaKhenThuong.Infrastructure.Auditing;

/// <summary>Who is acting: the signed-in user, or the system (seeding, background jobs).</summary>
public interface ICurrentActor
{
    Guid? UserId { get; }

    string Name { get; }

    string? ClientIp { get; }
}

public sealed class HttpCurrentActor(IHttpContextAccessor accessor) : ICurrentActor
{
    public const string SystemName = "Hệ thống";

    private ClaimsPrincipal? User => accessor.HttpContext?.User is { Identity.IsAuthenticated: true } user ? user : null;

    public Guid? UserId => Guid.TryParse(User?.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public string Name => User?.FindFirstValue(Identity.PortalClaimsFactory.FullNameClaim) ?? User?.Identity?.Name ?? SystemName;

    public string? ClientIp => accessor.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
