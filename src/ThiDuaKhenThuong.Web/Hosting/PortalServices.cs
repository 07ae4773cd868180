using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using FluentValidation;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using ThiDuaKhenThuong.Infrastructure.Documents.Pdf;
using ThiDuaKhenThuong.Infrastructure.Files;
using ThiDuaKhenThuong.Infrastructure.Identity;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Reporting;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.Infrastructure.Workflow;
using ThiDuaKhenThuong.Web.Authorization;
using ThiDuaKhenThuong.Web.Features.Account;

namespace ThiDuaKhenThuong.Web.Hosting;

internal static class PortalServices
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);

    public static void AddPortalServices(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddPortalPersistence(builder.Configuration);
        services.AddPortalFiles(builder.Configuration, builder.Environment.ContentRootPath);
        services.AddPortalWorkflow(builder.Configuration);
        services.AddPortalPdf(builder.Configuration);
        services.AddPortalReporting(builder.Configuration);
        services.AddScoped<Infrastructure.Workflow.IGuardFactsSource, Infrastructure.Dossiers.DossierGuardFacts>();
        services.AddDataProtection().SetApplicationName("ThiDuaKhenThuong").PersistKeysToDbContext<AppDbContext>();

        AddIdentity(services);
        services.AddPortalAuthorization();
        services.AddSignInRateLimits(builder.Configuration);

        services.AddLocalization(o => o.ResourcesPath = "Resources");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            var vi = new CultureInfo("vi-VN");
            o.DefaultRequestCulture = new RequestCulture(vi);
            o.SupportedCultures = [vi, new CultureInfo("en-US")];
            o.SupportedUICultures = o.SupportedCultures;
            // Vietnamese unless the user picks otherwise; the browser's language is not consulted.
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        services.AddControllersWithViews(o =>
            {
                o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                // Validation is FluentValidation's, with Vietnamese messages; no implicit English "required" errors.
                o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                ModelBindingMessages.UseVietnamese(o.ModelBindingMessageProvider);
            })
            .AddViewOptions(o => o.HtmlHelperOptions.ClientValidationEnabled = false)
            .AddViewLocalization();
        services.Configure<RazorViewEngineOptions>(o =>
        {
            o.ViewLocationFormats.Clear();
            o.ViewLocationFormats.Add("/Features/{1}/{0}.cshtml");
            o.ViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
        });

        services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Scoped);
        services.AddMemoryCache();
        services.AddFeatureHandlers();
        services.AddDemoSeeding();
        services.AddScoped<IDemoSeedStep, Features.CouncilSessions.AwaitingCouncilDemo>();
        services.AddScoped<SessionRevoker>();
        services.AddScoped<Features.Shared.Printing.PrintedDocuments>();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            // Only the reverse proxies named in ReverseProxy:KnownProxies may tell us the client's address and scheme.
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
            foreach (var proxy in (builder.Configuration["ReverseProxy:KnownProxies"] ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                o.KnownProxies.Add(System.Net.IPAddress.Parse(proxy));
            }
        });
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);
    }

    private static void AddIdentity(IServiceCollection services)
    {
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = 210_000);
        services.AddIdentity<AppUser, AppRole>(o =>
            {
                o.Password.RequiredLength = PasswordPolicy.MinLength;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 1;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddUserManager<PortalUserManager>()
            .AddSignInManager<PortalSignInManager>()
            .AddClaimsPrincipalFactory<PortalClaimsFactory>()
            .AddPasswordValidator<PasswordPolicy>()
            .AddErrorDescriber<VietnameseIdentityErrors>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<TotpAuthenticator>(TokenOptions.DefaultAuthenticatorProvider);
        services.AddSingleton<TwoFactorRequirement>();

        services.AddSingleton<DbTicketStore>();
        services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>, ConfigureSessionStore>();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "tdkt.session";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = IdleTimeout;
            o.SlidingExpiration = true;
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.ReturnUrlParameter = "returnUrl";
        });
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<TimeProvider>((o, clock) => o.TimeProvider = clock);
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(5));
        services.AddOptions<SecurityStampValidatorOptions>().Configure<TimeProvider>((o, clock) => o.TimeProvider = clock);
    }
}
