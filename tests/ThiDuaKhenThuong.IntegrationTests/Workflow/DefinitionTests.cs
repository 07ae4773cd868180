using Microsoft.EntityFrameworkCore;
using Npgsql;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.Infrastructure.Workflow;
using ThiDuaKhenThuong.TestKit;
using static ThiDuaKhenThuong.IntegrationTests.Workflow.WorkflowTestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Workflow;

/// <summary>Definitions are the province's own data, at version 1 from the defaults, and frozen once used.</summary>
[Collection(PortalCollection.Name)]
public sealed class DefinitionTests(PortalFixture fixture)
{
    [Fact]
    public async Task EveryProvince_HasTheDefaultDefinitionsAndCalendar()
    {
        foreach (var code in new[] { DemoTenants.ThaiBinhCode, DemoTenants.HungYenCode })
        {
            var tenantId = await fixture.TenantIdAsync(code);
            var (definitions, days) = await InTenantAsync(fixture, tenantId, async (_, db) => (
                await db.WorkflowDefinitions.Where(d => d.Version == 1).Select(d => d.Code).OrderBy(c => c).ToListAsync(),
                await db.CalendarDays.CountAsync()));

            definitions.ShouldBe([DefaultWorkflows.ProvincialNominationCode, DefaultWorkflows.UnitAwardCode, DefaultWorkflows.UnitPlanCode]);
            days.ShouldBe(VietnameseHolidays.All.Count);
        }
    }

    [Fact]
    public async Task UsedDefinition_IsRefusedByTheServiceAndTheDatabase_ButANewVersionCanBePublished()
    {
        var (tenantId, unitId) = await CreateProvinceAsync(fixture);
        var id = await InTenantAsync(fixture, tenantId, async (_, db) =>
            await db.WorkflowDefinitions.Where(d => d.Code == DefaultWorkflows.UnitAwardCode).Select(d => d.Id).SingleAsync());
        var renamed = DefaultWorkflows.UnitAward with { Name = "Khen thưởng cấp đơn vị (sửa)" };
        (await InTenantAsync(fixture, tenantId, (sp, _) => sp.GetRequiredService<WorkflowDefinitions>().ReplaceUnusedAsync(id, renamed)))
            .ShouldBeEmpty();

        await fixture.Portal.WithScopeAsync(async sp =>
        {
            using var _ = sp.GetRequiredService<ThiDuaKhenThuong.Infrastructure.Tenancy.ITenantContext>().Use(tenantId);
            return await Service(sp).StartAsync(SubjectKinds.UnitAwardDossier, Guid.NewGuid(), unitId, DefaultWorkflows.UnitAwardCode);
        });

        (await InTenantAsync(fixture, tenantId, (sp, _) => sp.GetRequiredService<WorkflowDefinitions>().ReplaceUnusedAsync(id, renamed)))
            .ShouldBe([WorkflowDefinitions.UsedDefinitionRefusal]);
        var error = await Should.ThrowAsync<PostgresException>(() => ExecuteAsync(fixture.Database.AppConnectionString, tenantId,
            $"UPDATE workflow_definitions SET definition = jsonb_set(definition, '{{name}}', '\"khác\"') WHERE id = '{id}'"));
        error.SqlState.ShouldBe(PostgresErrorCodes.IntegrityConstraintViolation);
        await Should.ThrowAsync<PostgresException>(() => ExecuteAsync(fixture.Database.AppConnectionString, tenantId,
            $"DELETE FROM workflow_definitions WHERE id = '{id}'"));

        (await InTenantAsync(fixture, tenantId, (sp, _) => sp.GetRequiredService<WorkflowDefinitions>().PublishNewVersionAsync(renamed)))
            .ShouldBeEmpty();
        var versions = await InTenantAsync(fixture, tenantId, async (_, db) =>
            await db.WorkflowDefinitions.Where(d => d.Code == DefaultWorkflows.UnitAwardCode).OrderBy(d => d.Version).Select(d => d.Version).ToListAsync());
        versions.ShouldBe([1, 2]);
    }

    [Fact]
    public async Task StartingASubjectTwice_ReturnsItsInstance()
    {
        var (tenantId, unitId) = await CreateProvinceAsync(fixture);
        var subjectId = Guid.NewGuid();

        var ids = await InTenantAsync(fixture, tenantId, async (sp, _) =>
        {
            var service = Service(sp);
            var first = await service.StartAsync(SubjectKinds.NominationDossier, subjectId, unitId, DefaultWorkflows.ProvincialNominationCode);
            var second = await service.StartAsync(SubjectKinds.NominationDossier, subjectId, unitId, DefaultWorkflows.ProvincialNominationCode);
            return (first.Id, second.Id);
        });

        ids.Item2.ShouldBe(ids.Item1);
    }

    [Fact]
    public async Task EnsureDefaults_IsIdempotent()
    {
        var (tenantId, _) = await CreateProvinceAsync(fixture);

        await fixture.Portal.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<WorkflowDefinitions>().EnsureDefaultsAsync(tenantId);
            return 0;
        });

        var counts = await InTenantAsync(fixture, tenantId, async (_, db) => (await db.WorkflowDefinitions.CountAsync(), await db.CalendarDays.CountAsync()));
        counts.ShouldBe((DefaultWorkflows.All.Count, VietnameseHolidays.All.Count));
    }
}
