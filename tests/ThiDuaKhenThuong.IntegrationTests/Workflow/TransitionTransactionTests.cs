using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.Infrastructure.Tenancy;
using ThiDuaKhenThuong.Infrastructure.Workflow;
using ThiDuaKhenThuong.TestKit;
using static ThiDuaKhenThuong.IntegrationTests.Workflow.WorkflowTestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Workflow;

/// <summary>One transition = one transaction: exactly one winner, one effect per form, all or nothing.</summary>
[Collection(PortalCollection.Name)]
public sealed class TransitionTransactionTests(PortalFixture fixture)
{
    [Fact]
    public async Task TwentyParallelApplications_MakeOneTransition_OthersToldToReload()
    {
        var subject = await StartInAsync(fixture, DemoTenants.ThaiBinhCode);
        var version = await InTenantAsync(fixture, subject.TenantId, async (sp, _) => (await Service(sp).GetAsync(subject.InstanceId))!.Version);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => Task.Run(() =>
            ApplyAsync(fixture, subject, WorkflowActions.SubmitToLeader, Roles.UnitStaff, expectedVersion: version))));

        outcomes.Count(o => o.Succeeded).ShouldBe(1);
        outcomes.Where(o => !o.Succeeded).ShouldAllBe(o => o.RefusalReason == WorkflowService.ConcurrencyRefusal);
        var (state, history, outbox) = await SnapshotAsync(subject);
        state.ShouldBe(WorkflowStates.AwaitingUnitApproval);
        history.ShouldBe(1);
        outbox.ShouldBe(1);
    }

    [Fact]
    public async Task SameTokenTenTimes_MakesOneTransition()
    {
        var subject = await StartInAsync(fixture, DemoTenants.ThaiBinhCode);
        var token = FormToken.NewToken();

        var parallel = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => Task.Run(() =>
            ApplyAsync(fixture, subject, WorkflowActions.SubmitToLeader, Roles.UnitStaff, token: token))));
        var sequential = new List<WorkflowOutcome>();
        for (var i = 0; i < 5; i++)
        {
            sequential.Add(await ApplyAsync(fixture, subject, WorkflowActions.SubmitToLeader, Roles.UnitStaff, token: token));
        }

        var all = parallel.Concat(sequential).ToList();
        all.Count(o => o.Succeeded).ShouldBe(1);
        all.Where(o => !o.Succeeded).ShouldAllBe(o => o.RefusalReason == WorkflowService.TokenUsedRefusal);
        (await SnapshotAsync(subject)).ShouldBe((WorkflowStates.AwaitingUnitApproval, 1, 1));
    }

    [Fact]
    public async Task RefusedTransition_DoesNotUseUpTheToken()
    {
        var subject = await StartInAsync(fixture, DemoTenants.ThaiBinhCode);
        var token = FormToken.NewToken();

        var refused = await ApplyAsync(fixture, subject, WorkflowActions.Send, Roles.UnitStaff, token: token);
        var applied = await ApplyAsync(fixture, subject, WorkflowActions.SubmitToLeader, Roles.UnitStaff, token: token);

        refused.Succeeded.ShouldBeFalse();
        refused.RefusalReason.ShouldNotBeNullOrEmpty();
        applied.Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task FailureBeforeCommit_LeavesStateHistoryAndOutboxUnchanged()
    {
        var subject = await StartInAsync(fixture, DemoTenants.ThaiBinhCode);
        var before = await SnapshotAsync(subject);

        await Should.ThrowAsync<InvalidOperationException>(() => fixture.Portal.WithScopeAsync(async sp =>
        {
            using var _ = sp.GetRequiredService<ITenantContext>().Use(subject.TenantId);
            var service = Service(sp, hook: new FailingHook());
            return await service.ApplyAsync(subject.InstanceId, WorkflowActions.SubmitToLeader, Actor(subject, Roles.UnitStaff),
                null, TransitionData.None, AllFacts, FormToken.NewToken());
        }));

        (await SnapshotAsync(subject)).ShouldBe(before);
        before.State.ShouldBe(WorkflowStates.Draft);
        (await ApplyAsync(fixture, subject, WorkflowActions.SubmitToLeader, Roles.UnitStaff)).Succeeded.ShouldBeTrue();
    }

    [Fact]
    public async Task AnotherProvincesInstance_IsNotFound()
    {
        var subject = await StartInAsync(fixture, DemoTenants.ThaiBinhCode);
        var hungYen = await fixture.TenantIdAsync(DemoTenants.HungYenCode);
        var foreign = subject with { TenantId = hungYen };

        var outcome = await ApplyAsync(fixture, foreign, WorkflowActions.SubmitToLeader, Roles.UnitStaff);
        var view = await InTenantAsync(fixture, hungYen, async (sp, _) => await Service(sp).GetAsync(subject.InstanceId));

        outcome.Status.ShouldBe(WorkflowOutcomeStatus.NotFound);
        view.ShouldBeNull();
    }

    private async Task<(string State, int History, int Outbox)> SnapshotAsync(Subject subject)
        => await InTenantAsync(fixture, subject.TenantId, async (_, db) => (
            await db.WorkflowInstances.Where(i => i.Id == subject.InstanceId).Select(i => i.State).SingleAsync(),
            await db.WorkflowHistory.CountAsync(h => h.InstanceId == subject.InstanceId),
            await db.OutboxMessages.CountAsync(m => m.InstanceId == subject.InstanceId)));

    private sealed class FailingHook : IWorkflowCommitHook
    {
        public Task BeforeCommitAsync(WorkflowInstance instance, HistoryEntry history, CancellationToken cancellationToken)
            => throw new InvalidOperationException("Lỗi giả lập trước khi ghi.");
    }
}
