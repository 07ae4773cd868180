using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Infrastructure.Persistence.Configurations;

internal sealed class DossierConfiguration : IEntityTypeConfiguration<Dossier>
{
    public void Configure(EntityTypeBuilder<Dossier> builder)
    {
        builder.ToTable("dossiers");
        builder.HasKey(d => new { d.TenantId, d.Id });
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.Title).HasMaxLength(500).UseCollation(DbCollations.Vietnamese);
        builder.Property(d => d.Summary).HasMaxLength(4000);
        builder.Ignore(d => d.NumberLabel);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(d => d.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(d => new { d.TenantId, d.UnitId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Nominations).WithOne().HasForeignKey(n => new { n.TenantId, n.DossierId }).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Nominations).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(d => new { d.TenantId, d.UnitId, d.Year });
        builder.HasIndex(d => new { d.TenantId, d.Year, d.Number }).IsUnique();
    }
}

internal sealed class NominationConfiguration : IEntityTypeConfiguration<Nomination>
{
    public void Configure(EntityTypeBuilder<Nomination> builder)
    {
        builder.ToTable("nominations");
        builder.HasKey(n => new { n.TenantId, n.Id });
        builder.ComplexProperty(n => n.Nominee, nominee =>
        {
            nominee.Property(x => x.Kind).HasColumnName("nominee_kind").HasConversion<string>().HasMaxLength(20);
            nominee.Property(x => x.Id).HasColumnName("nominee_id");
            nominee.Property(x => x.Name).HasColumnName("nominee_name").HasMaxLength(300);
        });
        builder.Property(n => n.AwardCode).HasMaxLength(60);
        builder.Property(n => n.EligibilityStatus).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.EligibilityReport).HasColumnType("jsonb");
        builder.Property(n => n.Justification).HasMaxLength(4000);
        builder.Property(n => n.Appraisal).HasConversion<string>().HasMaxLength(20);
        builder.Property(n => n.AppraisalNote).HasMaxLength(4000);
        builder.Property(n => n.OverrideReason).HasMaxLength(4000);
        builder.Property(n => n.Outcome).HasConversion<string>().HasMaxLength(30);
        builder.Property(n => n.OutcomeReason).HasMaxLength(4000);
        builder.HasIndex(n => new { n.TenantId, n.DossierId });
        builder.HasIndex(n => new { n.TenantId, n.AwardCode });
        builder.HasIndex(n => new { n.TenantId, n.Outcome });
    }
}

internal sealed class DossierDocumentConfiguration : IEntityTypeConfiguration<DossierDocument>
{
    public void Configure(EntityTypeBuilder<DossierDocument> builder)
    {
        builder.ToTable("dossier_documents");
        builder.HasKey(d => new { d.TenantId, d.Id });
        builder.Property(d => d.DocumentCode).HasMaxLength(60);
        builder.Property(d => d.DisplayName).HasMaxLength(255);
        builder.Property(d => d.StorageKey).HasMaxLength(64);
        builder.Property(d => d.ContentType).HasMaxLength(120);
        builder.Property(d => d.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(d => d.ScanStatus).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(d => d.CanBeDownloaded);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(d => new { d.TenantId, d.DossierId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => new { d.TenantId, d.DossierId });
    }
}

internal sealed class DossierCounterConfiguration : IEntityTypeConfiguration<DossierCounter>
{
    public void Configure(EntityTypeBuilder<DossierCounter> builder)
    {
        builder.ToTable("dossier_counters");
        builder.HasKey(c => new { c.TenantId, c.Year });
        builder.Property<uint>("xmin").HasColumnName("xmin").HasColumnType("xid").IsRowVersion();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SupplementRequestConfiguration : IEntityTypeConfiguration<SupplementRequest>
{
    public void Configure(EntityTypeBuilder<SupplementRequest> builder)
    {
        builder.ToTable("supplement_requests");
        builder.HasKey(r => new { r.TenantId, r.Id });
        builder.Property(r => r.Items).HasColumnType("text[]");
        builder.Ignore(r => r.IsOpen);
        builder.Ignore(r => r.Summary);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(r => new { r.TenantId, r.DossierId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => new { r.TenantId, r.DossierId });
    }
}
