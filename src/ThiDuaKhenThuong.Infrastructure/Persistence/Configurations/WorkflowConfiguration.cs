using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Domain.Tenancy;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Workflow;

namespace ThiDuaKhenThuong.Infrastructure.Persistence.Configurations;

internal sealed class WorkflowDefinitionConfiguration : IEntityTypeConfiguration<WorkflowDefinitionRecord>
{
    public void Configure(EntityTypeBuilder<WorkflowDefinitionRecord> builder)
    {
        builder.ToTable("workflow_definitions");
        builder.HasKey(d => new { d.TenantId, d.Id });
        builder.Property(d => d.Code).HasMaxLength(100);
        builder.Property(d => d.SubjectKind).HasMaxLength(100);
        builder.Property(d => d.Name).HasMaxLength(300);
        builder.Property(d => d.Definition).HasColumnType("jsonb");
        builder.HasOne<Tenant>().WithMany().HasForeignKey(d => d.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasAlternateKey(d => new { d.TenantId, d.Code, d.Version });
    }
}

internal sealed class WorkflowInstanceConfiguration : IEntityTypeConfiguration<WorkflowInstance>
{
    /// <summary>PostgreSQL's row version system column, used as the optimistic concurrency token.</summary>
    public const string RowVersion = "xmin";

    public void Configure(EntityTypeBuilder<WorkflowInstance> builder)
    {
        builder.ToTable("workflow_instances");
        builder.HasKey(i => new { i.TenantId, i.Id });
        builder.Property<uint>(RowVersion).HasColumnName("xmin").HasColumnType("xid").IsRowVersion();
        builder.Property(i => i.SubjectKind).HasMaxLength(100);
        builder.Property(i => i.DefinitionCode).HasMaxLength(100);
        builder.Property(i => i.State).HasMaxLength(100);
        builder.Property(i => i.ClockStep).HasMaxLength(100);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(i => i.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(i => new { i.TenantId, i.OwnerUnitId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<WorkflowDefinitionRecord>().WithMany()
            .HasForeignKey(i => new { i.TenantId, i.DefinitionCode, i.DefinitionVersion })
            .HasPrincipalKey(d => new { d.TenantId, d.Code, d.Version })
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.TenantId, i.SubjectKind, i.SubjectId }).IsUnique();
        builder.HasIndex(i => new { i.TenantId, i.State, i.DeadlineAt });
        builder.HasIndex(i => new { i.TenantId, i.DeadlineAt });
    }
}

internal sealed class WorkflowHistoryConfiguration : IEntityTypeConfiguration<WorkflowHistoryRecord>
{
    public void Configure(EntityTypeBuilder<WorkflowHistoryRecord> builder)
    {
        builder.ToTable("workflow_history");
        builder.HasKey(h => new { h.TenantId, h.Sequence });
        builder.Property(h => h.Sequence).ValueGeneratedNever();
        builder.Property(h => h.FromState).HasMaxLength(100);
        builder.Property(h => h.ToState).HasMaxLength(100);
        builder.Property(h => h.Action).HasMaxLength(100);
        builder.Property(h => h.ActorRole).HasMaxLength(50);
        builder.Property(h => h.ClientIp).HasMaxLength(64);
        builder.Property(h => h.Comment).HasMaxLength(4000);
        builder.Property(h => h.PreviousHash).HasMaxLength(64).IsFixedLength();
        builder.Property(h => h.Hash).HasMaxLength(64).IsFixedLength();
        builder.HasOne<WorkflowInstance>().WithMany()
            .HasForeignKey(h => new { h.TenantId, h.InstanceId })
            .OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(h => new { h.TenantId, h.InstanceId, h.Sequence });
    }
}

internal sealed class WorkflowChainHeadConfiguration : IEntityTypeConfiguration<WorkflowChainHead>
{
    public void Configure(EntityTypeBuilder<WorkflowChainHead> builder)
    {
        builder.ToTable("workflow_chain_heads");
        builder.HasKey(h => h.TenantId);
        builder.Property(h => h.LastHash).HasMaxLength(64).IsFixedLength();
        builder.HasOne<Tenant>().WithMany().HasForeignKey(h => h.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class FormTokenConfiguration : IEntityTypeConfiguration<FormToken>
{
    public void Configure(EntityTypeBuilder<FormToken> builder)
    {
        builder.ToTable("form_tokens");
        builder.HasKey(t => new { t.TenantId, t.Token });
        builder.Property(t => t.Token).HasMaxLength(100);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(t => t.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CalendarDayConfiguration : IEntityTypeConfiguration<CalendarDayRecord>
{
    public void Configure(EntityTypeBuilder<CalendarDayRecord> builder)
    {
        builder.ToTable("calendar_days");
        builder.HasKey(d => new { d.TenantId, d.Date });
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(d => d.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}
