using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Campaigns;

namespace ThiDuaKhenThuong.Infrastructure.Persistence;

/// <summary>Campaigns, the units' annual plans and their title registrations.</summary>
public sealed partial class AppDbContext
{
    public DbSet<Campaign> Campaigns => Set<Campaign>();

    public DbSet<CampaignDocument> CampaignDocuments => Set<CampaignDocument>();

    public DbSet<PlanCollection> PlanCollections => Set<PlanCollection>();

    public DbSet<PlanCollectionUnit> PlanCollectionUnits => Set<PlanCollectionUnit>();

    public DbSet<UnitPlan> UnitPlans => Set<UnitPlan>();

    public DbSet<TitleRegistration> TitleRegistrations => Set<TitleRegistration>();
}
