using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace ThiDuaKhenThuong.Infrastructure.Tenancy;

/// <summary>
/// Resolves the tenant from the signed-in user's account claim (written at sign-in from the user row, carried in a
/// server-side session), never from a route, query, form field or header. Jobs and seeding set it explicitly.
/// </summary>
public sealed class TenantContext(IHttpContextAccessor? httpContextAccessor = null) : ITenantContext
{
    public const string ClaimType = "tdkt:tenant_id";

    private readonly Stack<Guid?> overrides = new();

    public Guid? TenantId => overrides.Count > 0 ? overrides.Peek() : FromUser(httpContextAccessor?.HttpContext?.User);

    public IDisposable Use(Guid? tenantId)
    {
        overrides.Push(tenantId);
        return new Scope(overrides);
    }

    public static Guid? FromUser(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var value = user.FindFirstValue(ClaimType);
        return Guid.TryParse(value, out var id) ? id : null;
    }

    private sealed class Scope(Stack<Guid?> stack) : IDisposable
    {
        private bool disposed;

        public void Dispose()
        {
            if (!disposed)
            {
                stack.Pop();
                disposed = true;
            }
        }
    }
}
