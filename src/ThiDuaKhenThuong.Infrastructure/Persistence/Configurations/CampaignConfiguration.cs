using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDuaKhenThuong.Domain.Campaigns;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Infrastructure.Persistence.Configurations;

internal sealed class CampaignConfiguration : IEntityTypeConfiguration<Campaign>
{
    public void Configure(EntityTypeBuilder<Campaign> builder)
    {
        builder.ToTable("campaigns");
        builder.HasKey(c => new { c.TenantId, c.Id });
        builder.Property(c => c.Name).HasMaxLength(Campaign.MaxNameLength).UseCollation(DbCollations.Vietnamese);
        builder.Property(c => c.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Scope).HasMaxLength(500);
        builder.Property(c => c.Goals).HasMaxLength(4000);
        builder.Ignore(c => c.PeriodLabel);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.TenantId, c.FromYear, c.ToYear });
    }
}

internal sealed class CampaignDocumentConfiguration : IEntityTypeConfiguration<CampaignDocument>
{
    public void Configure(EntityTypeBuilder<CampaignDocument> builder)
    {
        builder.ToTable("campaign_documents");
        builder.HasKey(d => new { d.TenantId, d.Id });
        builder.Property(d => d.Title).HasMaxLength(300);
        builder.Property(d => d.DisplayName).HasMaxLength(255);
        builder.Property(d => d.StorageKey).HasMaxLength(64);
        builder.Property(d => d.ContentType).HasMaxLength(120);
        builder.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(d => d.ScanStatus).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(d => d.CanBeDownloaded);
        builder.HasOne<Campaign>().WithMany().HasForeignKey(d => new { d.TenantId, d.CampaignId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.TenantId, d.CampaignId });
    }
}

/// <summary>The dossier's campaign link (a column the dossiers table already has) becomes a real composite foreign key.</summary>
internal sealed class DossierCampaignConfiguration : IEntityTypeConfiguration<Dossier>
{
    public void Configure(EntityTypeBuilder<Dossier> builder)
    {
        builder.HasOne<Campaign>().WithMany().HasForeignKey(d => new { d.TenantId, d.CampaignId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.TenantId, d.CampaignId });
    }
}

internal sealed class PlanCollectionConfiguration : IEntityTypeConfiguration<PlanCollection>
{
    public void Configure(EntityTypeBuilder<PlanCollection> builder)
    {
        builder.ToTable("plan_collections");
        builder.HasKey(c => new { c.TenantId, c.Id });
        builder.Property(c => c.Title).HasMaxLength(500);
        builder.Property(c => c.Note).HasMaxLength(4000);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(c => c.Units).WithOne().HasForeignKey(u => new { u.TenantId, u.CollectionId }).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Units).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(c => new { c.TenantId, c.Year }).IsUnique();
    }
}

internal sealed class PlanCollectionUnitConfiguration : IEntityTypeConfiguration<PlanCollectionUnit>
{
    public void Configure(EntityTypeBuilder<PlanCollectionUnit> builder)
    {
        builder.ToTable("plan_collection_units");
        builder.HasKey(u => new { u.TenantId, u.CollectionId, u.UnitId });
        builder.HasOne<Unit>().WithMany().HasForeignKey(u => new { u.TenantId, u.UnitId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => new { u.TenantId, u.UnitId });
    }
}

internal sealed class UnitPlanConfiguration : IEntityTypeConfiguration<UnitPlan>
{
    public void Configure(EntityTypeBuilder<UnitPlan> builder)
    {
        builder.ToTable("unit_plans");
        builder.HasKey(p => new { p.TenantId, p.Id });
        builder.Property(p => p.Campaigns).HasMaxLength(4000);
        builder.Property(p => p.TargetTitles).HasMaxLength(4000);
        builder.Property(p => p.DocumentName).HasMaxLength(255);
        builder.Property(p => p.StorageKey).HasMaxLength(64);
        builder.Property(p => p.ContentType).HasMaxLength(120);
        builder.Property(p => p.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(p => p.ScanStatus).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(p => p.HasDocument);
        builder.HasOne<PlanCollection>().WithMany().HasForeignKey(p => new { p.TenantId, p.CollectionId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(p => new { p.TenantId, p.UnitId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.TenantId, p.CollectionId, p.UnitId }).IsUnique();
        builder.HasIndex(p => new { p.TenantId, p.UnitId });
    }
}

internal sealed class TitleRegistrationConfiguration : IEntityTypeConfiguration<TitleRegistration>
{
    public void Configure(EntityTypeBuilder<TitleRegistration> builder)
    {
        builder.ToTable("title_registrations");
        builder.HasKey(r => new { r.TenantId, r.Id });
        builder.Property(r => r.NomineeKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.NomineeName).HasMaxLength(300).UseCollation(DbCollations.Vietnamese);
        builder.Property(r => r.AwardCode).HasMaxLength(60);
        builder.HasOne<Unit>().WithMany().HasForeignKey(r => new { r.TenantId, r.UnitId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.TenantId, r.Year, r.UnitId });
        builder.HasIndex(r => new { r.TenantId, r.Year, r.AwardCode });
    }
}
