using System.Net;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.Infrastructure.Tenancy;

namespace ThiDuaKhenThuong.IntegrationTests.Dossiers;

/// <summary>The inbox's search box finds a dossier by its number, typed the ways officers write it.</summary>
public sealed partial class InboxTests
{
    [Fact]
    public async Task Search_ByDossierNumber_FindsThatDossierOnly_WhicheverWayTheNumberIsTyped()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        using var staff = await SignedInAsync("tb.canbo");
        using var leader = await SignedInAsync("tb.thutruong");
        using var officer = await SignedInAsync("tb.chuyenvien");
        var first = await SentThroughPagesAsync(staff, leader, $"Tìm theo số A {tag}");
        var second = await SentThroughPagesAsync(staff, leader, $"Tìm theo số B {tag}");
        await BulkAsync(officer, [first, second], "receive");
        var number = (await NumberOfAsync(DemoTenants.ThaiBinhCode, first))!.Value;

        foreach (var typed in new[] { number.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{number:D4}/2026", $"{number:D4}/2026/HS-TĐKT", $"số {number}" })
        {
            var page = await officer.GetStringAsync($"/Dossiers?q={Uri.EscapeDataString(typed)}");
            RowIds(page).ShouldBe([first], $"searching “{typed}”");
        }

        RowIds(await officer.GetStringAsync($"/Dossiers?q={Uri.EscapeDataString($"{number:D4}/2025")}")).ShouldBeEmpty("the number of another year");
        RowIds(await officer.GetStringAsync($"/Dossiers?q={Uri.EscapeDataString($"tim theo so b {tag}")}")).ShouldBe([second], "text still searches titles, accents optional");
    }
}

/// <summary>
/// Search by nominee name or title: words in order from the start of any word, the last one possibly unfinished, with
/// or without diacritics; never another province's dossier nor, for unit staff, another unit's.
/// </summary>
public sealed partial class InboxTests
{
    [Fact]
    public async Task Search_ByNomineeName_FindsItWithOrWithoutDiacritics_FromAnyWordOfTheName()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        using var officer = await SignedInAsync("tb.chuyenvien");
        var id = await SeedSentWithNomineeAsync(DemoTenants.ThaiBinhCode, $"Hồ sơ đột xuất {tag}", $"Đặng Thị Ánh Dương {tag}", unitOfUser: null);
        var other = await SeedSentWithNomineeAsync(DemoTenants.ThaiBinhCode, $"Hồ sơ khác {tag}", $"Đặng Thị Ánh Hồng {tag}", unitOfUser: null);

        foreach (var typed in new[] { $"dang thi anh duong {tag}", $"Đặng Thị Ánh Dương {tag}", $"  ANH   duong {tag} ", $"duong {tag}", $"Dương {tag[..4]}", $"{tag}" })
        {
            var found = RowIds(await officer.GetStringAsync($"/Dossiers?q={Uri.EscapeDataString(typed)}"));
            found.ShouldContain(id, $"searching “{typed}”");
        }

        RowIds(await officer.GetStringAsync($"/Dossiers?q={Uri.EscapeDataString($"dang thi anh {tag}")}")).ShouldBeEmpty("words must follow each other");
        RowIds(await officer.GetStringAsync($"/Dossiers?q={Uri.EscapeDataString($"{tag} duong")}")).ShouldBeEmpty("words keep their order");
        RowIds(await officer.GetStringAsync($"/Dossiers?q={Uri.EscapeDataString($"dang thi anh")}")).ShouldContain(other);
        RowIds(await officer.GetStringAsync($"/Dossiers?q={Uri.EscapeDataString($"anh hong {tag}")}")).ShouldBe([other]);
    }

    [Fact]
    public async Task Search_ByNomineeName_NeverFindsAnotherProvincesDossier()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var foreign = await SeedSentWithNomineeAsync(DemoTenants.HungYenCode, $"Hồ sơ Hưng Yên {tag}", $"Vũ Văn Khải {tag}", unitOfUser: null);
        using var officer = await SignedInAsync("tb.chuyenvien");
        using var hungYen = await SignedInAsync("hy.chuyenvien");

        RowIds(await hungYen.GetStringAsync($"/Dossiers?q={Uri.EscapeDataString($"vu van khai {tag}")}")).ShouldBe([foreign]);
        RowIds(await officer.GetStringAsync($"/Dossiers?q={Uri.EscapeDataString($"vu van khai {tag}")}")).ShouldBeEmpty();
        RowIds(await officer.GetStringAsync($"/Dossiers?q={Uri.EscapeDataString($"hung yen {tag}")}")).ShouldBeEmpty();
        (await SearchTermCountAsync(DemoTenants.ThaiBinhCode, tag)).ShouldBe(0, "the province's dictionary holds only its own phrases");
        (await SearchTermCountAsync(DemoTenants.HungYenCode, tag)).ShouldBeGreaterThan(0);
    }

    [Fact]
    public async Task Search_ByUnitStaff_FindsOwnUnitsDossiers_NeverAnotherUnits()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        var own = await SeedSentWithNomineeAsync(DemoTenants.ThaiBinhCode, $"Hồ sơ của đơn vị {tag}", $"Phan Minh Triết {tag}", unitOfUser: "tb.canbo");
        var otherUnit = await SeedSentWithNomineeAsync(DemoTenants.ThaiBinhCode, $"Hồ sơ đơn vị khác {tag}", $"Phan Minh Trí {tag}", unitOfUser: null, otherThanUnitOf: "tb.canbo");
        using var staff = await SignedInAsync("tb.canbo");
        using var officer = await SignedInAsync("tb.chuyenvien");

        RowIds(await staff.GetStringAsync($"/Dossiers?q={Uri.EscapeDataString($"phan minh tri")}")).ShouldContain(own);
        RowIds(await staff.GetStringAsync($"/Dossiers?q={Uri.EscapeDataString($"phan minh tri")}")).ShouldNotContain(otherUnit);
        RowIds(await staff.GetStringAsync($"/Dossiers?q={Uri.EscapeDataString($"phan minh tri {tag}")}")).ShouldBeEmpty();
        RowIds(await officer.GetStringAsync($"/Dossiers?q={Uri.EscapeDataString($"phan minh tri {tag}")}")).ShouldBe([otherUnit]);
    }

    [Fact]
    public async Task Search_AfterTitleEdit_FindsTheNewTitle_AndNotTheOldOne()
    {
        var tag = Guid.NewGuid().ToString("N")[..8];
        using var staff = await SignedInAsync("tb.canbo");
        var id = await CreateDraftAsync(staff, $"Tên cũ {tag}");
        RowIds(await staff.GetStringAsync($"/Dossiers?q={Uri.EscapeDataString($"ten cu {tag}")}")).ShouldBe([id]);

        var tenantId = await fixture.TenantIdAsync(DemoTenants.ThaiBinhCode);
        await fixture.Portal.WithScopeAsync(async sp =>
        {
            using var scope = sp.GetRequiredService<ITenantContext>().Use(tenantId);
            var db = sp.GetRequiredService<AppDbContext>();
            var dossier = await db.Dossiers.SingleAsync(d => d.Id == id);
            dossier.Edit($"Tên mới Quảng Ninh {tag}", null);
            await db.SaveChangesAsync();
            return 0;
        });

        RowIds(await staff.GetStringAsync($"/Dossiers?q={Uri.EscapeDataString($"quang ninh {tag}")}")).ShouldBe([id]);
        RowIds(await staff.GetStringAsync($"/Dossiers?q={Uri.EscapeDataString($"ten cu {tag}")}")).ShouldBeEmpty();
    }

    [Fact]
    public async Task Search_WithOnlyPunctuation_ListsAsWithoutSearch()
    {
        using var staff = await SignedInAsync("tb.canbo");
        var response = await staff.Http.GetAsync(new Uri("/Dossiers?q=" + Uri.EscapeDataString("% _ \\ '"), UriKind.Relative));
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    /// <summary>A sent dossier with one nominee, written through the domain, in the unit of a user (or any other unit).</summary>
    private async Task<Guid> SeedSentWithNomineeAsync(string tenantCode, string title, string nomineeName, string? unitOfUser, string? otherThanUnitOf = null)
    {
        var tenantId = await fixture.TenantIdAsync(tenantCode);
        return await fixture.Portal.WithScopeAsync(async sp =>
        {
            using var scope = sp.GetRequiredService<ITenantContext>().Use(tenantId);
            var db = sp.GetRequiredService<AppDbContext>();
            var unitOf = async (string userName) => (await db.Users.Where(u => u.UserName == userName).Select(u => u.UnitId).SingleAsync())!.Value;
            var excluded = otherThanUnitOf is null ? Guid.Empty : await unitOf(otherThanUnitOf);
            var unitId = unitOfUser is not null
                ? await unitOf(unitOfUser)
                : await db.Units.OrderBy(u => u.Code).Select(u => u.Id).Where(id => id != excluded).FirstAsync();
            var person = await db.People.OrderBy(p => p.FullName).FirstAsync();
            var createdAt = DateTimeOffset.UnixEpoch.AddYears(56);
            var dossier = new Dossier(tenantId, Guid.CreateVersion7(), unitId, 2026, AwardKinds.AdHoc, title, null, null, Guid.CreateVersion7(), createdAt);
            dossier.AddNomination(Guid.CreateVersion7(), new NomineeRef(NomineeKind.Person, person.Id, nomineeName), AwardCodes.ProvincialCertificate)
                .RecordEligibility(EligibilityStatus.Unknown, "{}");
            dossier.MarkSent(createdAt);
            dossier.Lock();
            db.Dossiers.Add(dossier);
            await db.SaveChangesAsync();
            return dossier.Id;
        });
    }

    private async Task<long> SearchTermCountAsync(string tenantCode, string tag)
    {
        var tenantId = await fixture.TenantIdAsync(tenantCode);
        return await fixture.Portal.WithScopeAsync(async sp =>
        {
            using var scope = sp.GetRequiredService<ITenantContext>().Use(tenantId);
            var db = sp.GetRequiredService<AppDbContext>();
            return await db.Database.SqlQuery<long>($"SELECT count(*) AS \"Value\" FROM search_terms WHERE term = {tag}").SingleAsync();
        });
    }
}
