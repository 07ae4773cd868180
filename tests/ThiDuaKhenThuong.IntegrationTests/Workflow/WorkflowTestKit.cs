using Microsoft.EntityFrameworkCore;
using Npgsql;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Domain.Tenancy;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Tenancy;
using ThiDuaKhenThuong.Infrastructure.Workflow;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Workflow;

/// <summary>A province's unit with a workflow instance on it; subjects are random ids (no dossier table needed).</summary>
internal sealed record Subject(Guid TenantId, Guid UnitId, Guid InstanceId);

internal static class WorkflowTestKit
{
    public static GuardFacts AllFacts { get; } = new()
    {
        MissingDocuments = [],
        UnappraisedNominations = [],
        NominationsWithoutEligibilityCheck = [],
    };

    public static WorkflowActor Actor(Subject subject, string role, Guid? unitId = null)
        => new(Guid.NewGuid(), subject.TenantId, [role], unitId ?? subject.UnitId);

    /// <summary>A new province with one unit and the default definitions and calendar, for tests that damage data.</summary>
    public static async Task<(Guid TenantId, Guid UnitId)> CreateProvinceAsync(PortalFixture fixture)
        => await fixture.Portal.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AppDbContext>();
            var code = "wf-" + Guid.NewGuid().ToString("N")[..8];
            var province = new Tenant(Guid.CreateVersion7(), code, "Tỉnh thử " + code, fixture.Clock.GetUtcNow());
            db.Tenants.Add(province);
            await db.SaveChangesAsync();
            await sp.GetRequiredService<WorkflowDefinitions>().EnsureDefaultsAsync(province.Id);
            var unitId = Guid.CreateVersion7();
            using (sp.GetRequiredService<ITenantContext>().Use(province.Id))
            {
                db.Units.Add(new Unit(province.Id, unitId, "SYT", "Sở Y tế", UnitKind.Department, null, new DateOnly(2021, 1, 1)));
                await db.SaveChangesAsync();
            }

            return (province.Id, unitId);
        });

    public static async Task<Subject> StartAsync(PortalFixture fixture, Guid tenantId, Guid unitId, TimeProvider? clock = null)
        => await fixture.Portal.WithScopeAsync(async sp =>
        {
            using var _ = sp.GetRequiredService<ITenantContext>().Use(tenantId);
            var service = Service(sp, clock);
            var instance = await service.StartAsync(SubjectKinds.NominationDossier, Guid.NewGuid(), unitId, DefaultWorkflows.ProvincialNominationCode);
            return new Subject(tenantId, unitId, instance.Id);
        });

    public static async Task<Subject> StartInAsync(PortalFixture fixture, string tenantCode, string unitCode = "SYT")
    {
        var tenantId = await fixture.TenantIdAsync(tenantCode);
        var unitId = await fixture.Portal.WithScopeAsync(async sp =>
        {
            using var _ = sp.GetRequiredService<ITenantContext>().Use(tenantId);
            return await sp.GetRequiredService<AppDbContext>().Units.Where(u => u.Code == unitCode).Select(u => u.Id).SingleAsync();
        });
        return await StartAsync(fixture, tenantId, unitId);
    }

    public static WorkflowService Service(IServiceProvider sp, TimeProvider? clock = null, IWorkflowCommitHook? hook = null)
    {
        var args = new List<object>();
        if (clock is not null)
        {
            args.Add(clock);
        }

        if (hook is not null)
        {
            args.Add(hook);
        }

        return ActivatorUtilities.CreateInstance<WorkflowService>(sp, [.. args]);
    }

    public static async Task<WorkflowOutcome> ApplyAsync(
        PortalFixture fixture, Subject subject, string action, string role, string? comment = null, string? token = null,
        TimeProvider? clock = null, uint? expectedVersion = null)
        => await fixture.Portal.WithScopeAsync(async sp =>
        {
            using var _ = sp.GetRequiredService<ITenantContext>().Use(subject.TenantId);
            var actor = Actor(subject, role, role is Roles.StandingOfficer or Roles.StandingHead or Roles.Leader ? Guid.NewGuid() : null);
            return await Service(sp, clock).ApplyAsync(
                subject.InstanceId, action, actor, comment, TransitionData.None, AllFacts, token ?? FormToken.NewToken(), expectedVersion);
        });

    public static async Task<T> InTenantAsync<T>(PortalFixture fixture, Guid tenantId, Func<IServiceProvider, AppDbContext, Task<T>> action)
        => await fixture.Portal.WithScopeAsync(async sp =>
        {
            using var _ = sp.GetRequiredService<ITenantContext>().Use(tenantId);
            return await action(sp, sp.GetRequiredService<AppDbContext>());
        });

    /// <summary>Runs SQL on a connection of the given role with the tenant set (row security is forced, even for the owner).</summary>
    public static async Task<int> ExecuteAsync(string connectionString, Guid tenantId, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var set = new NpgsqlCommand($"SELECT set_config('app.tenant_id', '{tenantId}', false)", connection))
        {
            await set.ExecuteNonQueryAsync();
        }

        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteNonQueryAsync();
    }
}
