using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.TestKit;
using ThiDuaKhenThuong.Web.Features.CouncilSessions;
using static ThiDuaKhenThuong.IntegrationTests.CouncilSessions.CouncilSessionsTestKit;
using static ThiDuaKhenThuong.IntegrationTests.Nominations.NominationsTestKit;

namespace ThiDuaKhenThuong.IntegrationTests.CouncilSessions;

[Collection(PortalCollection.Name)]
public sealed class AwaitingCouncilDemoTests(PortalFixture fixture)
{
    [Fact]
    public async Task TheDemoProvince_HasADossierAwaitingTheCouncil_WhoseNominationsTheNewSessionOffers_AndSeedingAgainAddsNothing()
    {
        var seeded = await InThaiBinhAsync(fixture, async db =>
        {
            var dossier = await db.Dossiers.AsNoTracking().Include(d => d.Nominations).SingleAsync(d => d.Title == AwaitingCouncilDemo.Title);
            var state = await db.WorkflowInstances.Where(w => w.SubjectId == dossier.Id).Select(w => w.State).SingleAsync();
            var steps = await db.WorkflowHistory.Where(h => h.InstanceId == dossier.WorkflowInstanceId).Select(h => h.Action).ToListAsync();
            var documents = await db.DossierDocuments.CountAsync(d => d.DossierId == dossier.Id);
            return (dossier, state, steps, documents);
        });
        seeded.state.ShouldBe(WorkflowStates.AwaitingCouncil);
        seeded.steps.ShouldContain(WorkflowActions.Send);
        seeded.steps.ShouldContain(WorkflowActions.Receive);
        seeded.steps.ShouldContain(WorkflowActions.SubmitToCouncil);
        seeded.documents.ShouldBeGreaterThan(0);
        seeded.dossier.Number.ShouldNotBeNull();
        seeded.dossier.Nominations.Count.ShouldBe(AwaitingCouncilDemo.Nominees);
        seeded.dossier.Nominations.ShouldAllBe(n => n.Appraisal == AppraisalResult.Eligible && n.EligibilityReport != null && n.Outcome == NominationOutcome.Pending);

        // A second seeding (deploy/local.sh run on an existing database) adds no second dossier.
        await fixture.Portal.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<DemoSeeder>().SeedAsync();
            return 0;
        });
        (await InThaiBinhAsync(fixture, db => db.Dossiers.CountAsync(d => d.Title == AwaitingCouncilDemo.Title))).ShouldBe(1);

        // The officer creates a session and its agenda page offers the three nominees, under the award they await.
        using var officer = await SignedInAsync(fixture, Officer);
        var id = await SessionAsync(fixture, officer, []);
        var agenda = PortalClient.Text(await officer.GetStringAsync($"/CouncilSessions/Agenda/{id}"));
        agenda.ShouldContain("Chiến sĩ thi đua cấp tỉnh");
        foreach (var nomination in seeded.dossier.Nominations)
        {
            agenda.ShouldContain(nomination.Nominee.Name);
        }
    }
}
