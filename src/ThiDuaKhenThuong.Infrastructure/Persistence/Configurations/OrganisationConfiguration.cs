using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Infrastructure.Persistence.Configurations;

internal sealed class UnitConfiguration : IEntityTypeConfiguration<Unit>
{
    public void Configure(EntityTypeBuilder<Unit> builder)
    {
        builder.ToTable("units");
        builder.HasKey(u => new { u.TenantId, u.Id });
        builder.Property(u => u.Code).HasMaxLength(50);
        builder.Property(u => u.Name).HasMaxLength(300).UseCollation(DbCollations.Vietnamese);
        builder.Property(u => u.Kind).HasConversion<string>().HasMaxLength(40);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(u => u.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany()
            .HasForeignKey(u => new { u.TenantId, u.ParentId })
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => new { u.TenantId, u.Code, u.ValidFrom }).IsUnique();
        builder.HasIndex(u => new { u.TenantId, u.Name });
        builder.HasMany(u => u.Names).WithOne().HasForeignKey(n => new { n.TenantId, n.UnitId }).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(u => u.Names).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(u => u.Parents).WithOne().HasForeignKey(p => new { p.TenantId, p.UnitId }).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(u => u.Parents).UsePropertyAccessMode(PropertyAccessMode.Field);
        // xmin: two administrators restructuring the same unit at once cannot both win.
        builder.Property<uint>(ConcurrencyToken.Name).IsRowVersion();
    }
}

internal sealed class EmulationGroupConfiguration : IEntityTypeConfiguration<EmulationGroup>
{
    public void Configure(EntityTypeBuilder<EmulationGroup> builder)
    {
        builder.ToTable("emulation_groups");
        builder.HasKey(g => new { g.TenantId, g.Id });
        builder.Property(g => g.Code).HasMaxLength(50);
        builder.Property(g => g.Name).HasMaxLength(300).UseCollation(DbCollations.Vietnamese);
        builder.Property(g => g.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(g => g.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(g => new { g.TenantId, g.Year, g.Code }).IsUnique();
        builder.HasMany(g => g.Members).WithOne()
            .HasForeignKey(m => new { m.TenantId, m.GroupId })
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(g => g.Members).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(g => g.Leaders).WithOne()
            .HasForeignKey(l => new { l.TenantId, l.GroupId })
            .OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(g => g.Leaders).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Property<uint>(ConcurrencyToken.Name).IsRowVersion();
    }
}

internal sealed class EmulationGroupMemberConfiguration : IEntityTypeConfiguration<EmulationGroupMember>
{
    public void Configure(EntityTypeBuilder<EmulationGroupMember> builder)
    {
        builder.ToTable("emulation_group_members");
        // A unit may leave and rejoin within the year: one row per period.
        builder.HasKey(m => new { m.TenantId, m.GroupId, m.UnitId, m.ValidFrom });
        builder.HasOne<Unit>().WithMany()
            .HasForeignKey(m => new { m.TenantId, m.UnitId })
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.TenantId, m.UnitId });
    }
}
