using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDuaKhenThuong.Domain.Organisation;

namespace ThiDuaKhenThuong.Infrastructure.Persistence.Configurations;

internal sealed class EmulationStaffConfiguration : IEntityTypeConfiguration<EmulationStaffMember>
{
    public void Configure(EntityTypeBuilder<EmulationStaffMember> builder)
    {
        builder.ToTable("emulation_staff");
        builder.HasKey(s => new { s.TenantId, s.Id });
        builder.Property(s => s.FullName).HasMaxLength(EmulationStaffMember.MaxNameLength).UseCollation(DbCollations.Vietnamese);
        builder.Property(s => s.Qualification).HasMaxLength(EmulationStaffMember.MaxQualificationLength);
        builder.Property(s => s.Sex).HasConversion<string>().HasMaxLength(10);
        builder.Property(s => s.Education).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.PoliticalTheory).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Unit>().WithMany().HasForeignKey(s => new { s.TenantId, s.UnitId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.TenantId, s.UnitId });
    }
}
