using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDuaKhenThuong.Domain.Tenancy;
using ThiDuaKhenThuong.Infrastructure.Catalog;

namespace ThiDuaKhenThuong.Infrastructure.Persistence.Configurations;

internal static class CatalogColumns
{
    public static void AwardType<T>(EntityTypeBuilder<T> builder)
        where T : AwardTypeRecord
    {
        builder.Property(a => a.Code).HasMaxLength(60);
        builder.Property(a => a.Name).HasMaxLength(300).UseCollation(DbCollations.Vietnamese);
        builder.Property(a => a.ShortName).HasMaxLength(100);
        builder.Property(a => a.RecipientKinds).HasConversion<string>().HasMaxLength(100);
        builder.Property(a => a.Level).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.GrantingAuthority).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.AllowedKinds).HasConversion<string>().HasMaxLength(200);
        builder.Property(a => a.Settings).HasColumnType("jsonb");
    }

    public static void RuleSet<T>(EntityTypeBuilder<T> builder)
        where T : RuleSetRecord
    {
        builder.Property(s => s.Code).HasMaxLength(60);
        builder.Property(s => s.Name).HasMaxLength(300);
        builder.Property(s => s.Rules).HasColumnType("jsonb");
    }
}

internal sealed class NationalAwardTypeConfiguration : IEntityTypeConfiguration<NationalAwardType>
{
    public void Configure(EntityTypeBuilder<NationalAwardType> builder)
    {
        builder.ToTable("national_award_types");
        builder.HasKey(a => a.Id);
        CatalogColumns.AwardType(builder);
        builder.HasIndex(a => new { a.Code, a.ValidFrom }).IsUnique();
    }
}

internal sealed class NationalRuleSetConfiguration : IEntityTypeConfiguration<NationalRuleSet>
{
    public void Configure(EntityTypeBuilder<NationalRuleSet> builder)
    {
        builder.ToTable("national_rule_sets");
        builder.HasKey(s => s.Id);
        CatalogColumns.RuleSet(builder);
        builder.HasIndex(s => s.Code).IsUnique();
    }
}

internal sealed class TenantAwardTypeConfiguration : IEntityTypeConfiguration<TenantAwardType>
{
    public void Configure(EntityTypeBuilder<TenantAwardType> builder)
    {
        builder.ToTable("award_types");
        builder.HasKey(a => new { a.TenantId, a.Id });
        CatalogColumns.AwardType(builder);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(a => a.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.TenantId, a.Code, a.ValidFrom }).IsUnique();
    }
}

internal sealed class TenantRuleSetConfiguration : IEntityTypeConfiguration<TenantRuleSet>
{
    public void Configure(EntityTypeBuilder<TenantRuleSet> builder)
    {
        builder.ToTable("rule_sets");
        builder.HasKey(s => new { s.TenantId, s.Id });
        CatalogColumns.RuleSet(builder);
        builder.Property(s => s.ParentRuleSetCode).HasMaxLength(60);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(s => s.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.TenantId, s.Code }).IsUnique();
    }
}
