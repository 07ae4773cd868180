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

/// <summary>Those who work on nomination dossiers: units' staff and leaders, the Standing Agency, the province's leaders.</summary>
public sealed class DossierUser : IPortalPolicy
{
    public static void Build(AuthorizationPolicyBuilder policy)
        => policy.RequireAuthenticatedUser().RequireClaim(TenantContext.ClaimType)
            .RequireRole(Roles.UnitStaff, Roles.UnitLeader, Roles.StandingOfficer, Roles.StandingHead, Roles.Leader);
}

/// <summary>The province's administrator: accounts, units, catalog settings.</summary>
public sealed class ManageUsers : IPortalPolicy
{
    public static void Build(AuthorizationPolicyBuilder policy)
        => policy.RequireAuthenticatedUser().RequireClaim(TenantContext.ClaimType).RequireRole(Roles.TenantAdmin);
}

/// <summary>The province's administrator adjusting the catalog: deriving and editing the province's rule sets.</summary>
public sealed class ManageCatalog : IPortalPolicy
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

/// <summary>Whoever answers for the workflow history's integrity: the Standing Agency's head and the province's administrator.</summary>
public sealed class VerifyHistory : IPortalPolicy
{
    public static void Build(AuthorizationPolicyBuilder policy)
        => policy.RequireAuthenticatedUser().RequireClaim(TenantContext.ClaimType).RequireRole(Roles.StandingHead, Roles.TenantAdmin);
}

/// <summary>The province's working-day calendar (holidays, compensatory working days): its administrator.</summary>
public sealed class ManageCalendar : IPortalPolicy
{
    public static void Build(AuthorizationPolicyBuilder policy)
        => policy.RequireAuthenticatedUser().RequireClaim(TenantContext.ClaimType).RequireRole(Roles.TenantAdmin);
}

/// <summary>Who may edit people, collectives and award history: the whole province for the administrator and the
/// Standing Agency, their own unit for unit staff (checked by the handlers).</summary>
public sealed class EditPeople : IPortalPolicy
{
    public static void Build(AuthorizationPolicyBuilder policy)
        => policy.RequireAuthenticatedUser().RequireClaim(TenantContext.ClaimType).RequireRole(Roles.TenantAdmin, Roles.StandingOfficer, Roles.UnitStaff);
}

/// <summary>Who follows campaigns, annual plans and registrations: units' staff and leaders, the Standing Agency, the province's leaders.</summary>
public sealed class PlanningUser : IPortalPolicy
{
    public static void Build(AuthorizationPolicyBuilder policy)
        => policy.RequireAuthenticatedUser().RequireClaim(TenantContext.ClaimType)
            .RequireRole(Roles.UnitStaff, Roles.UnitLeader, Roles.StandingOfficer, Roles.StandingHead, Roles.Leader);
}

/// <summary>The Standing Agency's officers: record campaigns, open plan collections, consolidate registrations.</summary>
public sealed class ManageCampaigns : IPortalPolicy
{
    public static void Build(AuthorizationPolicyBuilder policy)
        => policy.RequireAuthenticatedUser().RequireClaim(TenantContext.ClaimType).RequireRole(Roles.StandingOfficer, Roles.StandingHead);
}

/// <summary>Council sessions: the Standing Agency prepares and runs them, council members read their agenda and vote.</summary>
public sealed class CouncilSessionUser : IPortalPolicy
{
    public static void Build(AuthorizationPolicyBuilder policy)
        => policy.RequireAuthenticatedUser().RequireClaim(TenantContext.ClaimType)
            .RequireRole(Roles.StandingOfficer, Roles.StandingHead, Roles.CouncilMember);
}

/// <summary>Preparing, opening, closing and recording council sessions, and entering written ballots: the Standing Agency's officers.</summary>
public sealed class ManageCouncilSessions : IPortalPolicy
{
    public static void Build(AuthorizationPolicyBuilder policy)
        => policy.RequireAuthenticatedUser().RequireClaim(TenantContext.ClaimType).RequireRole(Roles.StandingOfficer);
}

/// <summary>Award decisions: the Standing Agency drafts (officer) and reviews (head), the province's leader signs.</summary>
public sealed class DecisionUser : IPortalPolicy
{
    public static void Build(AuthorizationPolicyBuilder policy)
        => policy.RequireAuthenticatedUser().RequireClaim(TenantContext.ClaimType)
            .RequireRole(Roles.StandingOfficer, Roles.StandingHead, Roles.Leader);
}

/// <summary>Periodic reports: the Standing Agency and the province's leaders (every scope), unit leaders (their own unit).</summary>
public sealed class ReportUser : IPortalPolicy
{
    public static void Build(AuthorizationPolicyBuilder policy)
        => policy.RequireAuthenticatedUser().RequireClaim(TenantContext.ClaimType)
            .RequireRole(Roles.UnitLeader, Roles.StandingOfficer, Roles.StandingHead, Roles.Leader);
}

/// <summary>The leadership dashboard and the statistical forms: the province's leaders and the Standing Agency.</summary>
public sealed class ProvinceOverview : IPortalPolicy
{
    public static void Build(AuthorizationPolicyBuilder policy)
        => policy.RequireAuthenticatedUser().RequireClaim(TenantContext.ClaimType)
            .RequireRole(Roles.StandingOfficer, Roles.StandingHead, Roles.Leader);
}

/// <summary>A cluster's or block's year: staff and leaders of member units (checked per cluster by the handlers) and the Standing Agency.</summary>
public sealed class ClusterWork : IPortalPolicy
{
    public static void Build(AuthorizationPolicyBuilder policy)
        => policy.RequireAuthenticatedUser().RequireClaim(TenantContext.ClaimType)
            .RequireRole(Roles.UnitStaff, Roles.UnitLeader, Roles.StandingOfficer, Roles.StandingHead);
}

/// <summary>The system administrator: provinces.</summary>
public sealed class ManageTenants : IPortalPolicy
{
    public static void Build(AuthorizationPolicyBuilder policy) => policy.RequireAuthenticatedUser().RequireRole(Roles.SystemAdmin);
}

/// <summary>The register of emulation staff (forms 0604, 0605): the province's administrator and the Standing Agency's officers.</summary>
public sealed class ManageEmulationStaff : IPortalPolicy
{
    public static void Build(AuthorizationPolicyBuilder policy)
        => policy.RequireAuthenticatedUser().RequireClaim(TenantContext.ClaimType).RequireRole(Roles.TenantAdmin, Roles.StandingOfficer);
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
            .AddPolicy<DossierUser>()
            .AddPolicy<ManageUsers>()
            .AddPolicy<ManageTenants>()
            .AddPolicy<ManageCatalog>()
            .AddPolicy<EditPeople>()
            .AddPolicy<VerifyHistory>()
            .AddPolicy<ManageCalendar>()
            .AddPolicy<ManageOrganisation>()
            .AddPolicy<PlanningUser>()
            .AddPolicy<ManageCampaigns>()
            .AddPolicy<CouncilSessionUser>()
            .AddPolicy<ManageCouncilSessions>()
            .AddPolicy<DecisionUser>()
            .AddPolicy<ReportUser>()
            .AddPolicy<ProvinceOverview>()
            .AddPolicy<ClusterWork>()
            .AddPolicy<ManageEmulationStaff>();
        return services;
    }

    private static AuthorizationBuilder AddPolicy<TPolicy>(this AuthorizationBuilder builder)
        where TPolicy : IPortalPolicy
        => builder.AddPolicy(typeof(TPolicy).Name, TPolicy.Build);
}
