using System.Net;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Domain.Organisation.Scoring;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.Infrastructure.Tenancy;
using ThiDuaKhenThuong.TestKit;

namespace ThiDuaKhenThuong.IntegrationTests.Clusters;

/// <summary>
/// Builds a fresh 2025 block of the demo province for one test (its own code, so tests never share a cluster), with a
/// small sheet: work (60), movement (40), a bonus item (5) and a penalty item (5). The first unit leads, the second deputises.
/// </summary>
internal sealed class ClusterSteps(PortalFixture fixture)
{
    public const int Year = 2025;

    public sealed record Built(Guid GroupId, IReadOnlyDictionary<string, Guid> Units, IReadOnlyList<Guid> Criteria);

    public Task<Built> CreateGroupAsync(CrossScoringMode mode, params string[] unitCodes) => CreateGroupAsync(Year, mode, unitCodes);

    public async Task<Built> CreateGroupAsync(int year, CrossScoringMode mode, params string[] unitCodes)
    {
        var tenantId = await fixture.TenantIdAsync(DemoTenants.ThaiBinhCode);
        return await fixture.Portal.WithScopeAsync(async sp =>
        {
            using var scope = sp.GetRequiredService<ITenantContext>().Use(tenantId);
            var db = sp.GetRequiredService<AppDbContext>();
            var units = await db.Units.Where(u => unitCodes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, u => u.Id);
            var code = "T-" + Guid.NewGuid().ToString("N")[..8];
            var group = new EmulationGroup(tenantId, Guid.CreateVersion7(), year, code, "Khối thử nghiệm " + code, EmulationGroupKind.Block);
            foreach (var unit in unitCodes)
            {
                group.AddMember(units[unit]);
            }

            group.AssignLeader(GroupRole.Leader, units[unitCodes[0]], group.FirstDay, null);
            group.AssignLeader(GroupRole.Deputy, units[unitCodes[1]], group.FirstDay, null);
            db.EmulationGroups.Add(group);
            var criteria = new[]
            {
                new ScoringCriterion(tenantId, Guid.CreateVersion7(), group.Id, 1, "I. Nhiệm vụ", "Hoàn thành nhiệm vụ", CriterionKind.Standard, 60, "Báo cáo tổng kết"),
                new ScoringCriterion(tenantId, Guid.CreateVersion7(), group.Id, 2, "II. Phong trào", "Tổ chức phong trào", CriterionKind.Standard, 40, null),
                new ScoringCriterion(tenantId, Guid.CreateVersion7(), group.Id, 3, "III. Điểm thưởng", "Mô hình hay", CriterionKind.Bonus, 5, null),
                new ScoringCriterion(tenantId, Guid.CreateVersion7(), group.Id, 4, "IV. Điểm trừ", "Chậm báo cáo", CriterionKind.Penalty, 5, null),
            };
            db.ScoringCriteria.AddRange(criteria);
            var groupYear = new GroupYear(tenantId, group.Id);
            groupYear.Configure(mode, GroupYear.DefaultCertificateSharePercent, false);
            db.GroupYears.Add(groupYear);
            await db.SaveChangesAsync();
            return new Built(group.Id, units, criteria.Select(c => c.Id).ToList());
        });
    }

    /// <summary>Writes every expected cross-score straight into the database: work and movement from <paramref name="points"/>, bonus and penalty 0.</summary>
    public async Task SeedCrossScoresAsync(Built built, Func<string, string, (decimal Work, decimal Movement)> points)
    {
        var tenantId = await fixture.TenantIdAsync(DemoTenants.ThaiBinhCode);
        await fixture.Portal.WithScopeAsync(async sp =>
        {
            using var scope = sp.GetRequiredService<ITenantContext>().Use(tenantId);
            var db = sp.GetRequiredService<AppDbContext>();
            var year = await db.GroupYears.SingleAsync(y => y.GroupId == built.GroupId);
            var group = await db.EmulationGroups.Include(g => g.Leaders).SingleAsync(g => g.Id == built.GroupId);
            var criteria = await db.ScoringCriteria.Where(c => c.GroupId == built.GroupId).OrderBy(c => c.Order).ToListAsync();
            var members = built.Units.Values.ToList();
            var leader = group.Leaders.Single(l => l.Role == GroupRole.Leader).UnitId;
            var deputy = group.Leaders.Single(l => l.Role == GroupRole.Deputy).UnitId;
            var code = built.Units.ToDictionary(u => u.Value, u => u.Key);
            foreach (var member in members)
            {
                foreach (var scorer in GroupScoring.ExpectedScorers(year.Mode, member, members, leader, deputy))
                {
                    var (work, movement) = points(code[scorer], code[member]);
                    var values = new[] { work, movement, 0m, 0m };
                    for (var i = 0; i < criteria.Count; i++)
                    {
                        var score = new GroupScore(tenantId, built.GroupId, member, scorer, criteria[i].Id, ScoreKind.Cross);
                        score.Record(criteria[i], values[i], null, Guid.Empty, DateTimeOffset.UtcNow);
                        db.GroupScores.Add(score);
                    }
                }
            }

            await db.SaveChangesAsync();
            return 0;
        });
    }

    public async Task<T> InTenantAsync<T>(Func<AppDbContext, Task<T>> read)
    {
        var tenantId = await fixture.TenantIdAsync(DemoTenants.ThaiBinhCode);
        return await fixture.Portal.WithScopeAsync(async sp =>
        {
            using var scope = sp.GetRequiredService<ITenantContext>().Use(tenantId);
            return await read(sp.GetRequiredService<AppDbContext>());
        });
    }

    public async Task<PortalClient> StaffOfAsync(string unitCode, string role = Roles.UnitStaff)
    {
        var name = await fixture.CreateUserAsync(DemoTenants.ThaiBinhCode, unitCode, role);
        return await SignedInAsync(name);
    }

    public async Task<PortalClient> SignedInAsync(string userName)
    {
        var client = fixture.Portal.CreatePortalClient();
        await client.SignInOrFailAsync(userName, DemoAccounts.Password);
        return client;
    }

    /// <summary>Posts a score form (self-assessment or cross-score) with points for the first criteria, in order.</summary>
    public static async Task<HttpResponseMessage> ScoreAsync(PortalClient client, Built built, string url, params string[] points)
    {
        var fields = new Dictionary<string, string>();
        for (var i = 0; i < points.Length; i++)
        {
            fields[$"Lines[{i}].CriterionId"] = built.Criteria[i].ToString();
            fields[$"Lines[{i}].Points"] = points[i];
        }

        return await client.PostFormAsync($"/Clusters/Details/{built.GroupId}", url, fields);
    }

    /// <summary>Posts one of the cluster page's small forms and returns the text of the page it redirects to.</summary>
    public static async Task<string> PostAsync(PortalClient client, Guid groupId, string action, Dictionary<string, string>? fields = null)
    {
        using var response = await client.PostFormAsync($"/Clusters/Details/{groupId}", $"/Clusters/{action}/{groupId}", fields ?? []);
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return PortalClient.Text(await client.GetStringAsync(response.Headers.Location!.ToString()));
    }
}
