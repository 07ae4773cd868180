using Npgsql;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Workflow;
using ThiDuaKhenThuong.TestKit;
using static ThiDuaKhenThuong.IntegrationTests.Workflow.WorkflowTestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Workflow;

/// <summary>History is append-only in the database, and what a privileged hand changes anyway, the verifier finds.</summary>
[Collection(PortalCollection.Name)]
public sealed class HistoryChainTests(PortalFixture fixture)
{
    [Theory]
    [InlineData("UPDATE workflow_history SET comment = 'đã sửa' WHERE sequence = 2", 2L)]
    [InlineData("DELETE FROM workflow_history WHERE sequence = 2", 3L)]
    [InlineData("DELETE FROM workflow_history WHERE sequence = 4", 4L)]
    [InlineData("UPDATE workflow_history SET sequence = CASE sequence WHEN 2 THEN 3 ELSE 2 END WHERE sequence IN (2, 3)", 2L)]
    public async Task TamperingAsOwner_IsReportedAtTheFirstBrokenLink(string tamper, long brokenSequence)
    {
        var tenantId = await ProvinceWithFourTransitionsAsync();
        (await VerifyAsync(tenantId)).IsValid.ShouldBeTrue();

        // Row security is forced, so even the owner acts within one tenant; the UPDATE of a key needs a deferred swap.
        await ExecuteAsync(fixture.Database.OwnerConnectionString, tenantId,
            tamper.Contains("CASE", StringComparison.Ordinal)
                ? "UPDATE workflow_history SET sequence = -sequence WHERE sequence IN (2, 3); UPDATE workflow_history SET sequence = CASE sequence WHEN -2 THEN 3 ELSE 2 END WHERE sequence IN (-2, -3)"
                : tamper);

        var result = await VerifyAsync(tenantId);
        result.IsValid.ShouldBeFalse();
        result.BrokenSequence.ShouldBe(brokenSequence);
        result.Reason.ShouldNotBeNullOrWhiteSpace();
    }

    [Theory]
    [InlineData("UPDATE workflow_history SET comment = 'x'")]
    [InlineData("DELETE FROM workflow_history")]
    [InlineData("TRUNCATE workflow_history")]
    public async Task AppRole_CannotChangeOrRemoveHistory(string sql)
    {
        var tenantId = await ProvinceWithFourTransitionsAsync();

        var error = await Should.ThrowAsync<PostgresException>(() => ExecuteAsync(fixture.Database.AppConnectionString, tenantId, sql));

        error.SqlState.ShouldBe(PostgresErrorCodes.InsufficientPrivilege);
        (await VerifyAsync(tenantId)).RowCount.ShouldBe(4);
    }

    [Fact]
    public async Task VerifyAllTenants_ReportsEachProvince()
    {
        var results = await fixture.Portal.WithScopeAsync(sp => sp.GetRequiredService<HistoryVerifier>().VerifyAllTenantsAsync());

        results.Count.ShouldBeGreaterThanOrEqualTo(2);
        results.ShouldContain(r => r.TenantName == "Tỉnh Thái Bình" && r.IsValid);
    }

    [Fact]
    public async Task VerifyHistoryCommand_NamesTheBrokenProvince_AndFails()
    {
        var tenantId = await ProvinceWithFourTransitionsAsync();
        await ExecuteAsync(fixture.Database.OwnerConnectionString, tenantId, "UPDATE workflow_history SET client_ip = '10.0.0.9' WHERE sequence = 3");
        var name = (await VerifyAsync(tenantId)).TenantName;

        var output = new StringWriter();
        var original = Console.Out;
        Console.SetOut(output);
        int code;
        try
        {
            code = await fixture.Portal.WithScopeAsync(Web.Hosting.WorkflowCommands.VerifyHistoryAsync);
        }
        finally
        {
            Console.SetOut(original);
        }

        code.ShouldBe(3);
        output.ToString().ShouldContain($"{name}: ĐỨT tại dòng số 3");
        output.ToString().ShouldContain("Tỉnh Thái Bình: toàn vẹn");
    }

    private async Task<Guid> ProvinceWithFourTransitionsAsync()
    {
        var (tenantId, unitId) = await CreateProvinceAsync(fixture);
        var subject = await StartAsync(fixture, tenantId, unitId);
        (await ApplyAsync(fixture, subject, WorkflowActions.SubmitToLeader, Roles.UnitStaff)).Succeeded.ShouldBeTrue();
        (await ApplyAsync(fixture, subject, WorkflowActions.ReturnToDrafter, Roles.UnitLeader, "Thiếu bảng thành tích")).Succeeded.ShouldBeTrue();
        (await ApplyAsync(fixture, subject, WorkflowActions.SubmitToLeader, Roles.UnitStaff)).Succeeded.ShouldBeTrue();
        (await ApplyAsync(fixture, subject, WorkflowActions.Send, Roles.UnitLeader)).Succeeded.ShouldBeTrue();
        return tenantId;
    }

    private async Task<HistoryVerification> VerifyAsync(Guid tenantId)
        => await InTenantAsync(fixture, tenantId, async (sp, _) => await sp.GetRequiredService<HistoryVerifier>().VerifyCurrentTenantAsync());
}
