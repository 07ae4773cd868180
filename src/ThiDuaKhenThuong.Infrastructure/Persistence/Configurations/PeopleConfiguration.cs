using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Domain.People;
using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Infrastructure.Persistence.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.ToTable("people");
        builder.HasKey(p => new { p.TenantId, p.Id });
        builder.Property(p => p.FullName).HasMaxLength(200).UseCollation(DbCollations.Vietnamese);
        builder.Property(p => p.Gender).HasConversion<string>().HasMaxLength(10);
        builder.Property(p => p.NationalId).HasMaxLength(12);
        builder.Property(p => p.Position).HasMaxLength(200);
        builder.Property(p => p.LeaderLevel).HasConversion<string>().HasMaxLength(40);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(p => p.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(p => new { p.TenantId, p.UnitId }).OnDelete(DeleteBehavior.Restrict);

        // A CCCD identifies one person in the province; many people have none recorded.
        builder.HasIndex(p => new { p.TenantId, p.NationalId }).IsUnique().HasFilter("national_id IS NOT NULL");
        builder.HasIndex(p => new { p.TenantId, p.FullName });
    }
}

internal sealed class CollectiveConfiguration : IEntityTypeConfiguration<Collective>
{
    public void Configure(EntityTypeBuilder<Collective> builder)
    {
        builder.ToTable("collectives");
        builder.HasKey(c => new { c.TenantId, c.Id });
        builder.Property(c => c.Name).HasMaxLength(300).UseCollation(DbCollations.Vietnamese);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(c => new { c.TenantId, c.UnitId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.TenantId, c.Name });
    }
}

internal sealed class AwardHistoryRecordConfiguration : IEntityTypeConfiguration<AwardHistoryRecord>
{
    public void Configure(EntityTypeBuilder<AwardHistoryRecord> builder)
    {
        builder.ToTable("award_history", t => t.HasCheckConstraint(
            "ck_award_history_one_holder", "(person_id IS NULL) <> (collective_id IS NULL)"));
        builder.HasKey(h => new { h.TenantId, h.Id });
        builder.Property(h => h.AwardCode).HasMaxLength(60);
        builder.Property(h => h.DecisionNumber).HasMaxLength(100);
        builder.Property(h => h.IssuingAuthority).HasMaxLength(300);
        builder.Property(h => h.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(h => h.RevokedByDecisionNumber).HasMaxLength(100);
        builder.Property(h => h.RevocationReason).HasMaxLength(4000);
        builder.Ignore(h => h.IsRevoked);
        builder.HasIndex(h => new { h.TenantId, h.NominationId });
        builder.HasOne<Tenant>().WithMany().HasForeignKey(h => h.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(h => new { h.TenantId, h.PersonId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Collective>().WithMany().HasForeignKey(h => new { h.TenantId, h.CollectiveId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(h => new { h.TenantId, h.PersonId, h.Year });
        builder.HasIndex(h => new { h.TenantId, h.CollectiveId, h.Year });
    }
}
