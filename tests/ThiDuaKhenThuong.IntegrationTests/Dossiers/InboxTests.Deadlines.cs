using System.Net;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.Infrastructure.Tenancy;
using ThiDuaKhenThuong.Infrastructure.Workflow;
using ThiDuaKhenThuong.IntegrationTests.Workflow;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Dossiers;

/// <summary>The "overdue" view: the most overdue dossier first, paged by key, with the right total.</summary>
public sealed partial class InboxTests
{
    [Fact]
    public async Task OverdueView_ListsTheMostOverdueFirst_AcrossKeysetPages()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var created = new DateTimeOffset(2026, 4, 1, 8, 0, 0, TimeSpan.Zero);
        // Created in one order, due in another; two pairs share a deadline (the dossier id breaks the tie).
        DateOnly[] deadlines = [new(2025, 3, 5), new(2025, 1, 10), new(2025, 2, 1), new(2025, 1, 10), new(2025, 2, 1)];
        var seeded = new List<(Guid Id, DateOnly Deadline)>();
        for (var i = 0; i < deadlines.Length; i++)
        {
            var id = await SeedSentAsync(DemoTenants.ThaiBinhCode, $"Quá hạn {tag} số {i}", created.AddMinutes(i));
            await UnderReviewAsync(id, deadlines[i]);
            seeded.Add((id, deadlines[i]));
        }

        var expected = seeded.OrderBy(s => s.Deadline).ThenBy(s => s.Id).Select(s => s.Id).ToList();

        using var officer = await SignedInAsync("tb.chuyenvien");
        var seen = new List<Guid>();
        var url = $"/Dossiers?due=overdue&q={tag}&size=2";
        string? firstPage = null;
        for (var pages = 0; url is not null && pages < 10; pages++)
        {
            var html = await officer.GetStringAsync(url);
            firstPage ??= html;
            seen.AddRange(RowIds(html));
            var next = NextPage().Match(html);
            url = next.Success && next.Groups[1].Value != "#" ? WebUtility.HtmlDecode(next.Groups[1].Value) : null;
        }

        seen.ShouldBe(expected);
        var text = PortalClient.Text(firstPage!);
        text.ShouldContain("Tổng số: 5");
        text.ShouldContain("Sắp xếp: theo hạn xử lý, hạn sớm nhất trước");
        text.ShouldContain("10/01/2025 (quá hạn)");
        (await officer.GetAsync("/Dossiers?due=overdue&after=garbage_key")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await officer.GetAsync($"/Dossiers?due=soon&after={int.MaxValue}_{Guid.NewGuid():N}")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task OverdueView_Total_IsEveryOverdueDossierUnderReview_OfTheProvinceOnly()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        await UnderReviewAsync(await SeedSentAsync(DemoTenants.ThaiBinhCode, $"Quá hạn tổng {tag}", DateTimeOffset.UnixEpoch.AddYears(56)), new DateOnly(2025, 6, 2));
        var foreign = await SeedSentAsync(DemoTenants.HungYenCode, $"Quá hạn Hưng Yên {tag}", DateTimeOffset.UnixEpoch.AddYears(56));
        await UnderReviewAsync(foreign, new DateOnly(2025, 6, 2), DemoTenants.HungYenCode);

        var expected = await fixture.Portal.WithScopeAsync(async sp =>
        {
            using var scope = sp.GetRequiredService<ITenantContext>().Use(await fixture.TenantIdAsync(DemoTenants.ThaiBinhCode));
            var db = sp.GetRequiredService<AppDbContext>();
            var today = DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime);
            return await db.Dossiers.CountAsync(d => d.SentAt != null && db.WorkflowInstances.Any(i =>
                i.SubjectKind == SubjectKinds.NominationDossier && i.SubjectId == d.Id && i.State == WorkflowStates.UnderReview && i.DeadlineAt < today));
        });

        using var officer = await SignedInAsync("tb.chuyenvien");
        var html = await officer.GetStringAsync($"/Dossiers?state={WorkflowStates.UnderReview}&due=overdue&size=2");

        expected.ShouldBeGreaterThan(0);
        PortalClient.Text(html).ShouldContain($"Tổng số: {expected} ");
        RowIds(html).ShouldNotContain(foreign);
    }

    /// <summary>Gives the dossier a workflow instance under appraisal whose deadline was <paramref name="deadline"/>.</summary>
    private async Task UnderReviewAsync(Guid dossierId, DateOnly deadline, string tenantCode = DemoTenants.ThaiBinhCode)
    {
        var tenantId = await fixture.TenantIdAsync(tenantCode);
        var instanceId = await fixture.Portal.WithScopeAsync(async sp =>
        {
            using var scope = sp.GetRequiredService<ITenantContext>().Use(tenantId);
            var db = sp.GetRequiredService<AppDbContext>();
            var unitId = await db.Dossiers.Where(d => d.Id == dossierId).Select(d => d.UnitId).SingleAsync();
            var instance = await WorkflowTestKit.Service(sp).StartAsync(SubjectKinds.NominationDossier, dossierId, unitId, DefaultWorkflows.ProvincialNominationCode);
            return instance.Id;
        });
        await WorkflowTestKit.ExecuteAsync(fixture.Database.OwnerConnectionString, tenantId, FormattableString.Invariant(
            $"UPDATE workflow_instances SET state = '{WorkflowStates.UnderReview}', clock_step = 'appraisal', deadline_at = '{deadline:yyyy-MM-dd}' WHERE id = '{instanceId}'"));
    }
}
