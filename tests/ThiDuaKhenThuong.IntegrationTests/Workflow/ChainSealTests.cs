using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.Infrastructure.Workflow;
using ThiDuaKhenThuong.TestKit;
using static ThiDuaKhenThuong.IntegrationTests.Workflow.WorkflowTestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Workflow;

/// <summary>
/// The history row is sealed by the database in the statement that locks the province's chain head: concurrent
/// transitions of one province queue on that statement only, and every seal is the one <see cref="HistoryChain"/> computes.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ChainSealTests(PortalFixture fixture)
{
    [Fact]
    public async Task TenConcurrentTransitionsOfOneProvince_LandGapFree_AndTheVerifierAcceptsTheChain()
    {
        var (tenantId, unitId) = await CreateProvinceAsync(fixture);
        var subjects = new List<Subject>();
        for (var i = 0; i < 10; i++)
        {
            subjects.Add(await StartAsync(fixture, tenantId, unitId));
        }

        // Comments with Vietnamese diacritics, an emoji (4 UTF-8 bytes) and a field separator: the database hashes bytes.
        var outcomes = await Task.WhenAll(subjects.Select((subject, i) => Task.Run(() =>
            ApplyAsync(fixture, subject, WorkflowActions.SubmitToLeader, Roles.UnitStaff, $"Ý kiến số {i}: đạt yêu cầu 🏅;ip=1:x"))));

        outcomes.ShouldAllBe(o => o.Succeeded);
        outcomes.Select(o => o.History!.Sequence).Order().ShouldBe(Enumerable.Range(1, 10).Select(i => (long)i));
        var (rows, head, outbox) = await InTenantAsync(fixture, tenantId, async (_, db) => (
            await db.WorkflowHistory.AsNoTracking().OrderBy(h => h.Sequence).ToListAsync(),
            await db.WorkflowChainHeads.AsNoTracking().SingleAsync(),
            await db.OutboxMessages.AsNoTracking().Select(m => m.MessageId).ToListAsync()));
        rows.Select(r => r.Sequence).ShouldBe(Enumerable.Range(1, 10).Select(i => (long)i));
        rows.Select(r => r.InstanceId).ShouldBe(subjects.Select(s => s.InstanceId), ignoreOrder: true);
        rows[0].PreviousHash.ShouldBe(HistoryChain.GenesisHash);
        head.LastSequence.ShouldBe(10);
        head.LastHash.ShouldBe(rows[^1].Hash);
        foreach (var outcome in outcomes)
        {
            // What the service returned is what was stored, and what the domain's seal gives.
            var stored = rows.Single(r => r.Sequence == outcome.History!.Sequence).ToEntry();
            stored.Hash.ShouldBe(outcome.History!.Hash);
            stored.Comment.ShouldBe(outcome.History.Comment);
            HistoryChain.ComputeHash(stored.PreviousHash, stored).ShouldBe(stored.Hash);
        }

        outbox.Count.ShouldBe(10);
        outbox.Distinct().Count().ShouldBe(10);
        var verification = await VerifyAsync(tenantId);
        verification.IsValid.ShouldBeTrue(verification.Reason);
        verification.RowCount.ShouldBe(10);
    }

    [Fact]
    public async Task SealWithEvidence_NoUnit_AndClientIp_IsTheDomainSeal_AndAnEditIsStillFound()
    {
        var (tenantId, unitId) = await CreateProvinceAsync(fixture);
        var subject = await StartAsync(fixture, tenantId, unitId);
        (await ApplyAsync(fixture, subject, WorkflowActions.SubmitToLeader, Roles.UnitStaff)).Succeeded.ShouldBeTrue();
        (await ApplyAsync(fixture, subject, WorkflowActions.Send, Roles.UnitLeader)).Succeeded.ShouldBeTrue();
        var evidence = new[] { new string('a', 64), new string('b', 64) };
        var outcome = await InTenantAsync(fixture, tenantId, async (sp, _) =>
        {
            // A provincial officer has no unit: the "unit" field is written as null.
            var actor = new WorkflowActor(Guid.NewGuid(), tenantId, [Roles.StandingOfficer], null);
            return await Service(sp).ApplyAsync(
                subject.InstanceId, WorkflowActions.Receive, actor, null,
                new TransitionData { ClientIp = "2001:db8::7", EvidenceHashes = evidence }, AllFacts, FormToken.NewToken());
        });

        outcome.Succeeded.ShouldBeTrue(outcome.RefusalReason);
        var row = await InTenantAsync(fixture, tenantId, async (_, db) => await db.WorkflowHistory.AsNoTracking().SingleAsync(h => h.Sequence == 3));
        row.ActorUnitId.ShouldBeNull();
        row.Comment.ShouldBeNull();
        row.ClientIp.ShouldBe("2001:db8::7");
        row.EvidenceHashes.ShouldBe(evidence);
        row.Hash.ShouldBe(HistoryChain.ComputeHash(row.PreviousHash, row.ToEntry()));
        (await VerifyAsync(tenantId)).IsValid.ShouldBeTrue();

        await ExecuteAsync(fixture.Database.OwnerConnectionString, tenantId, "UPDATE workflow_history SET evidence_hashes = evidence_hashes[1:1] WHERE sequence = 3");

        var broken = await VerifyAsync(tenantId);
        broken.IsValid.ShouldBeFalse();
        broken.BrokenSequence.ShouldBe(3);
    }

    [Fact]
    public async Task InboxCountsPerState_StillMatchTheDossiers_NowThatTheInstanceMovesLast()
    {
        // The count trigger fires in the final statement; a unit's "send" sets sent_at in the first save. Whatever the
        // tests before this one moved through the pages (the demo province has sent dossiers), the kept counts equal a recount.
        var tenantId = await fixture.TenantIdAsync(DemoTenants.ThaiBinhCode);

        var (kept, recounted) = await InTenantAsync(fixture, tenantId, async (_, db) => (
            await db.Database.SqlQueryRaw<StateCount>("SELECT state AS \"State\", count AS \"Count\" FROM dossier_state_counts WHERE count <> 0").ToListAsync(),
            await db.Database.SqlQueryRaw<StateCount>("""
                SELECT w.state AS "State", count(*)::int AS "Count" FROM dossiers d
                JOIN workflow_instances w ON w.tenant_id = d.tenant_id AND w.subject_kind = 'NominationDossier' AND w.subject_id = d.id
                WHERE d.sent_at IS NOT NULL GROUP BY w.state
                """).ToListAsync()));

        recounted.ShouldNotBeEmpty();
        kept.OrderBy(c => c.State, StringComparer.Ordinal).ShouldBe(recounted.OrderBy(c => c.State, StringComparer.Ordinal));
    }

    private sealed record StateCount(string State, int Count);

    private async Task<HistoryVerification> VerifyAsync(Guid tenantId)
        => await InTenantAsync(fixture, tenantId, async (sp, _) => await sp.GetRequiredService<HistoryVerifier>().VerifyCurrentTenantAsync());
}
