using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDuaKhenThuong.Domain.Council;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Infrastructure.Persistence.Configurations;

internal sealed class CouncilTermConfiguration : IEntityTypeConfiguration<CouncilTerm>
{
    public void Configure(EntityTypeBuilder<CouncilTerm> builder)
    {
        builder.ToTable("council_terms");
        builder.HasKey(t => new { t.TenantId, t.Id });
        builder.Property(t => t.Name).HasMaxLength(200).UseCollation(DbCollations.Vietnamese);
        builder.Property(t => t.DecisionNumber).HasMaxLength(100);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(t => t.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.TenantId, t.StartsOn });
    }
}

/// <summary>
/// The link to the member's account, (tenant_id, user_id) → users (tenant_id, id), is added in SQL by the Council
/// migration: EF cannot model a key over the nullable users.tenant_id, and the link must not cross provinces.
/// </summary>
internal sealed class CouncilMemberConfiguration : IEntityTypeConfiguration<CouncilMember>
{
    public void Configure(EntityTypeBuilder<CouncilMember> builder)
    {
        builder.ToTable("council_members");
        builder.HasKey(m => new { m.TenantId, m.Id });
        builder.Property(m => m.FullName).HasMaxLength(200).UseCollation(DbCollations.Vietnamese);
        builder.Property(m => m.Position).HasMaxLength(300);
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(30);
        builder.HasOne<CouncilTerm>().WithMany()
            .HasForeignKey(m => new { m.TenantId, m.TermId })
            .OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany()
            .HasForeignKey(m => new { m.TenantId, m.UnitId })
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.TenantId, m.TermId, m.Role });
        builder.HasIndex(m => new { m.TenantId, m.UserId });
        builder.HasIndex(m => new { m.TenantId, m.UnitId });
        builder.HasOne<Domain.People.Person>().WithMany()
            .HasForeignKey(m => new { m.TenantId, m.PersonId })
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.TenantId, m.PersonId });
    }
}
