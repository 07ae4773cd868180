using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Tenancy;

namespace ThiDuaKhenThuong.Infrastructure.Identity;

/// <summary>
/// Writes the account's province and unit into the sign-in session. These claims are read from the user row at
/// sign-in; the session itself lives on the server, so a client cannot alter them.
/// </summary>
public sealed class PortalClaimsFactory(
    UserManager<AppUser> userManager,
    RoleManager<AppRole> roleManager,
    IOptions<IdentityOptions> options,
    AppDbContext db,
    ITenantContext tenant)
    : UserClaimsPrincipalFactory<AppUser, AppRole>(userManager, roleManager, options)
{
    public const string FullNameClaim = "tdkt:full_name";
    public const string TenantNameClaim = "tdkt:tenant_name";
    public const string UnitIdClaim = "tdkt:unit_id";
    public const string UnitNameClaim = "tdkt:unit_name";

    /// <summary>"on" when the account signs in with an authenticator code as a second step.</summary>
    public const string TwoFactorClaim = "tdkt:2fa";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(FullNameClaim, user.FullName));
        identity.AddClaim(new Claim(TwoFactorClaim, user.TwoFactorEnabled ? "on" : "off"));
        if (user.TenantId is { } tenantId)
        {
            identity.AddClaim(new Claim(TenantContext.ClaimType, tenantId.ToString()));
            var tenantName = await db.Tenants.Where(t => t.Id == tenantId).Select(t => t.Name).FirstOrDefaultAsync();
            identity.AddClaim(new Claim(TenantNameClaim, tenantName ?? string.Empty));
            if (user.UnitId is { } unitId)
            {
                using (tenant.Use(tenantId))
                {
                    var unitName = await db.Units.Where(u => u.Id == unitId).Select(u => u.Name).FirstOrDefaultAsync();
                    identity.AddClaim(new Claim(UnitIdClaim, unitId.ToString()));
                    identity.AddClaim(new Claim(UnitNameClaim, unitName ?? string.Empty));
                }
            }
        }

        return identity;
    }
}
