using Microsoft.AspNetCore.Authorization;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Infrastructure.Tenancy;

namespace ThiDuaKhenThuong.Web.Authorization;

/// <summary>A named authorization requirement, used as <c>[Authorize&lt;ManageUsers&gt;]</c>.</summary>
public interface IPortalPolicy
{
    static abstract void Build(AuthorizationPolicyBuilder policy);
}

/// <summary>Any signed-in account of a province: the province's directory pages.</summary>
public sealed class TenantMember : IPortalPolicy
{
    public static void Build(AuthorizationPolicyBuilder policy) => policy.RequireAuthenticatedUser().RequireClaim(TenantContext.ClaimType);
}

/// <summary>The province's administrator: accounts, units, catalog settings.</summary>
public sealed class ManageUsers : IPortalPolicy
{
    public static void Build(AuthorizationPolicyBuilder policy)
        => policy.RequireAuthenticatedUser().RequireClaim(TenantContext.ClaimType).RequireRole(Roles.TenantAdmin);
}

/// <summary>The province's administrator: the unit tree and its restructuring, clusters and blocks.</summary>
public sealed class ManageOrganisation : IPortalPolicy
{
    public static void Build(AuthorizationPolicyBuilder policy)
        => policy.RequireAuthenticatedUser().RequireClaim(TenantContext.ClaimType).RequireRole(Roles.TenantAdmin);
}

/// <summary>The system administrator: provinces.</summary>
public sealed class ManageTenants : IPortalPolicy
{
    public static void Build(AuthorizationPolicyBuilder policy) => policy.RequireAuthenticatedUser().RequireRole(Roles.SystemAdmin);
}

[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class AuthorizeAttribute<TPolicy> : AuthorizeAttribute
    where TPolicy : IPortalPolicy
{
    public AuthorizeAttribute()
        : base(typeof(TPolicy).Name)
    {
    }
}

public static class PortalAuthorization
{
    public static IServiceCollection AddPortalAuthorization(this IServiceCollection services)
    {
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, LoggingAuthorizationResultHandler>();
        services.AddAuthorizationBuilder()
            // Deny by default: every endpoint needs a signed-in user unless it says [AllowAnonymous].
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy<TenantMember>()
            .AddPolicy<ManageUsers>()
            .AddPolicy<ManageOrganisation>()
            .AddPolicy<ManageTenants>();
        return services;
    }

    private static AuthorizationBuilder AddPolicy<TPolicy>(this AuthorizationBuilder builder)
        where TPolicy : IPortalPolicy
        => builder.AddPolicy(typeof(TPolicy).Name, TPolicy.Build);
}
