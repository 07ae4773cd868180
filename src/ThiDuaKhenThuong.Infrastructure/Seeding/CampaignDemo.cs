using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Campaigns;
using ThiDuaKhenThuong.Domain.Tenancy;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Infrastructure.Seeding;

/// <summary>
/// The campaigns Thái Bình's 2025 emulation plan reviews (its part II.4): two preliminary reviews and five final
/// reviews. Periods and names follow the plan; the milestone days are demo values within the years the plan gives.
/// Idempotent: a campaign already present by name is left alone.
/// </summary>
public sealed class CampaignDemo(AppDbContext db, TimeProvider clock) : IDemoSeedStep
{
    private sealed record Seed(
        string Name, CampaignLevel Level, CampaignKind Kind, int From, int To, string Scope, string Goals,
        DateOnly Launch, DateOnly? Preliminary, DateOnly? Final);

    public static IReadOnlyList<string> ThaiBinhNames => [.. ThaiBinh.Select(s => s.Name)];

    private static readonly Seed[] ThaiBinh =
    [
        new("Đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại; thực hành tiết kiệm, chống lãng phí", CampaignLevel.Central, CampaignKind.Thematic, 2022, 2030,
            "Các sở, ban, ngành, địa phương trên địa bàn tỉnh Thái Bình",
            "Huy động mọi nguồn lực phát triển kết cấu hạ tầng giao thông, đô thị, nông thôn; thực hành tiết kiệm, chống lãng phí trong đầu tư công.",
            new(2022, 9, 15), new(2025, 9, 25), null),
        new("Cả nước thi đua xây dựng xã hội học tập, đẩy mạnh học tập suốt đời", CampaignLevel.Central, CampaignKind.Thematic, 2023, 2030,
            "Toàn tỉnh",
            "Xây dựng xã hội học tập; nâng tỷ lệ người dân được học tập thường xuyên, học tập suốt đời.",
            new(2023, 10, 5), new(2025, 10, 15), null),
        new("Cán bộ, công chức, viên chức tỉnh Thái Bình thi đua thực hiện văn hóa công sở", CampaignLevel.Provincial, CampaignKind.Thematic, 2019, 2025,
            "Cán bộ, công chức, viên chức các cơ quan hành chính, đơn vị sự nghiệp của tỉnh",
            "Xây dựng môi trường làm việc văn minh, chuyên nghiệp; nâng cao đạo đức công vụ, chất lượng phục vụ người dân, doanh nghiệp.",
            new(2019, 3, 20), new(2022, 6, 20), new(2025, 11, 20)),
        new("Chung sức xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu", CampaignLevel.Provincial, CampaignKind.Thematic, 2021, 2025,
            "Các huyện, xã trên địa bàn tỉnh Thái Bình",
            "Hoàn thành các tiêu chí nông thôn mới nâng cao, nông thôn mới kiểu mẫu theo kế hoạch giai đoạn 2021–2025.",
            new(2021, 4, 8), new(2023, 7, 12), new(2025, 12, 5)),
        new("Vì người nghèo - Không để ai bị bỏ lại phía sau", CampaignLevel.Central, CampaignKind.Thematic, 2021, 2025,
            "Toàn tỉnh",
            "Giảm nghèo bền vững, hỗ trợ người nghèo về nhà ở, sinh kế, y tế, giáo dục.",
            new(2021, 5, 18), new(2023, 10, 17), new(2025, 10, 17)),
        new("Chuyển đổi số", CampaignLevel.Provincial, CampaignKind.Thematic, 2023, 2025,
            "Các cơ quan, đơn vị, địa phương trên địa bàn tỉnh Thái Bình",
            "Phát triển chính quyền số, kinh tế số, xã hội số; đưa dịch vụ công trực tuyến toàn trình đến người dân.",
            new(2023, 3, 10), new(2024, 6, 14), new(2025, 12, 12)),
        new("300 ngày chung tay xóa nhà tạm, nhà dột nát", CampaignLevel.Central, CampaignKind.Thematic, 2025, 2025,
            "Toàn tỉnh",
            "Hoàn thành xóa nhà tạm, nhà dột nát cho hộ nghèo, hộ cận nghèo, gia đình chính sách trên địa bàn tỉnh trong năm 2025.",
            new(2025, 1, 6), null, new(2025, 10, 31)),
    ];

    public int Order => 30;

    public async Task SeedAsync(Tenant province, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(province);
        if (province.Code != DemoTenants.ThaiBinhCode)
        {
            return;
        }

        var existing = await db.Campaigns.Select(c => c.Name).ToListAsync(cancellationToken);
        foreach (var seed in ThaiBinh.Where(s => !existing.Contains(s.Name)))
        {
            var campaign = new Campaign(province.Id, Guid.CreateVersion7(), Guid.Empty, clock.GetUtcNow());
            campaign.Describe(seed.Name, seed.Level, seed.Scope, seed.Kind, seed.From, seed.To, seed.Goals, seed.Launch, seed.Preliminary, seed.Final);
            db.Campaigns.Add(campaign);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
