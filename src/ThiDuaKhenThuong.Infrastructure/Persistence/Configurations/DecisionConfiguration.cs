using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDuaKhenThuong.Domain.Decisions;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Infrastructure.Persistence.Configurations;

internal sealed class AwardDecisionConfiguration : IEntityTypeConfiguration<AwardDecision>
{
    public void Configure(EntityTypeBuilder<AwardDecision> builder)
    {
        builder.ToTable("award_decisions");
        builder.HasKey(d => new { d.TenantId, d.Id });
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.AwardCode).HasMaxLength(60);
        builder.Property(d => d.Symbol).HasMaxLength(40);
        builder.Property(d => d.Subject).HasMaxLength(1000);
        builder.Property(d => d.LegalBasis).HasMaxLength(8000);
        builder.Property(d => d.SignerTitle).HasMaxLength(100);
        builder.Property(d => d.SignerName).HasMaxLength(200);
        builder.Property(d => d.IssuingAuthority).HasMaxLength(300);
        builder.Property(d => d.Reason).HasMaxLength(4000);
        builder.Property(d => d.ScanStorageKey).HasMaxLength(100);
        builder.Property(d => d.ScanSha256).HasMaxLength(64);
        builder.Property(d => d.ScanFileName).HasMaxLength(300);
        builder.Property(d => d.CentralNumber).HasMaxLength(100);
        builder.Property(d => d.CentralAuthority).HasMaxLength(300);
        builder.Ignore(d => d.NumberAndSymbol);
        builder.Ignore(d => d.IsRecorded);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(d => d.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<AwardDecision>().WithMany().HasForeignKey(d => new { d.TenantId, d.RevokesDecisionId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Items).WithOne().HasForeignKey(i => new { i.TenantId, i.DecisionId }).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Items).UsePropertyAccessMode(PropertyAccessMode.Field);

        // "125/QĐ-UBND" is issued once a year by the province.
        builder.HasIndex(d => new { d.TenantId, d.Year, d.Number, d.Symbol }).IsUnique();
        builder.HasIndex(d => new { d.TenantId, d.Status, d.Year });
    }
}

internal sealed class DecisionItemConfiguration : IEntityTypeConfiguration<DecisionItem>
{
    public void Configure(EntityTypeBuilder<DecisionItem> builder)
    {
        builder.ToTable("decision_items");
        builder.HasKey(i => new { i.TenantId, i.Id });
        builder.Property(i => i.NomineeKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.NomineeName).HasMaxLength(300);
        builder.Property(i => i.UnitName).HasMaxLength(500);
        builder.Property(i => i.AwardCode).HasMaxLength(60);
        builder.HasOne<Nomination>().WithMany().HasForeignKey(i => new { i.TenantId, i.NominationId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.TenantId, i.DecisionId });
        builder.HasIndex(i => new { i.TenantId, i.NominationId });
    }
}
