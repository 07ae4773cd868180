using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDuaKhenThuong.Domain.Organisation;

namespace ThiDuaKhenThuong.Infrastructure.Persistence.Configurations;

/// <summary>The xmin system column, mapped as a shadow concurrency token.</summary>
internal static class ConcurrencyToken
{
    public const string Name = "Version";
}

internal sealed class UnitNameConfiguration : IEntityTypeConfiguration<UnitName>
{
    public void Configure(EntityTypeBuilder<UnitName> builder)
    {
        builder.ToTable("unit_names");
        builder.HasKey(n => new { n.TenantId, n.UnitId, n.ValidFrom });
        builder.Property(n => n.Name).HasMaxLength(Unit.MaxNameLength).UseCollation(DbCollations.Vietnamese);
        builder.Property(n => n.DecisionNumber).HasMaxLength(DecisionReference.MaxNumberLength);
        builder.HasIndex(n => new { n.TenantId, n.ValidFrom, n.ValidTo });
    }
}

internal sealed class UnitParentConfiguration : IEntityTypeConfiguration<UnitParent>
{
    public void Configure(EntityTypeBuilder<UnitParent> builder)
    {
        builder.ToTable("unit_parents");
        builder.HasKey(p => new { p.TenantId, p.UnitId, p.ValidFrom });
        builder.Property(p => p.DecisionNumber).HasMaxLength(DecisionReference.MaxNumberLength);
        builder.HasOne<Unit>().WithMany()
            .HasForeignKey(p => new { p.TenantId, p.ParentId })
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.TenantId, p.ParentId });
    }
}

internal sealed class UnitLineageConfiguration : IEntityTypeConfiguration<UnitLineage>
{
    public void Configure(EntityTypeBuilder<UnitLineage> builder)
    {
        builder.ToTable("unit_lineage");
        builder.HasKey(l => new { l.TenantId, l.Id });
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(l => l.DecisionNumber).HasMaxLength(DecisionReference.MaxNumberLength);
        builder.Property(l => l.Note).HasMaxLength(UnitLineage.MaxNoteLength);
        builder.HasOne<Unit>().WithMany()
            .HasForeignKey(l => new { l.TenantId, l.PredecessorId })
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany()
            .HasForeignKey(l => new { l.TenantId, l.SuccessorId })
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.TenantId, l.PredecessorId });
        builder.HasIndex(l => new { l.TenantId, l.SuccessorId });
    }
}

internal sealed class EmulationGroupLeaderConfiguration : IEntityTypeConfiguration<EmulationGroupLeader>
{
    public void Configure(EntityTypeBuilder<EmulationGroupLeader> builder)
    {
        builder.ToTable("emulation_group_leaders");
        builder.HasKey(l => new { l.TenantId, l.GroupId, l.Id });
        builder.Property(l => l.Role).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<Unit>().WithMany()
            .HasForeignKey(l => new { l.TenantId, l.UnitId })
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.TenantId, l.UnitId });
    }
}
