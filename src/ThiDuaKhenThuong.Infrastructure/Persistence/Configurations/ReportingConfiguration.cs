using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDuaKhenThuong.Domain.Reporting;
using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Infrastructure.Persistence.Configurations;

internal sealed class ReportDraftConfiguration : IEntityTypeConfiguration<ReportDraft>
{
    public void Configure(EntityTypeBuilder<ReportDraft> builder)
    {
        builder.ToTable("report_drafts");
        builder.HasKey(r => new { r.TenantId, r.Id });
        builder.Property(r => r.PeriodKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.ScopeKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.ScopeName).HasMaxLength(300);
        builder.Property(r => r.Movements).HasMaxLength(ReportNarrative.MaxLength);
        builder.Property(r => r.Commendation).HasMaxLength(ReportNarrative.MaxLength);
        builder.Property(r => r.Shortcomings).HasMaxLength(ReportNarrative.MaxLength);
        builder.Property(r => r.NextTasks).HasMaxLength(ReportNarrative.MaxLength);
        builder.Property<uint>(ConcurrencyToken.Name).IsRowVersion();
        builder.Ignore(r => r.Period);
        builder.Ignore(r => r.Narrative);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.TenantId, r.Year, r.PeriodKind });
    }
}

internal sealed class PublishedReportConfiguration : IEntityTypeConfiguration<PublishedReport>
{
    public void Configure(EntityTypeBuilder<PublishedReport> builder)
    {
        builder.ToTable("published_reports");
        builder.HasKey(r => new { r.TenantId, r.Id });
        builder.Property(r => r.PeriodKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.ScopeKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.ScopeName).HasMaxLength(300);
        builder.Property(r => r.FiguresJson).HasColumnName("figures").HasColumnType("jsonb");
        builder.Property(r => r.Movements).HasMaxLength(ReportNarrative.MaxLength);
        builder.Property(r => r.Commendation).HasMaxLength(ReportNarrative.MaxLength);
        builder.Property(r => r.Shortcomings).HasMaxLength(ReportNarrative.MaxLength);
        builder.Property(r => r.NextTasks).HasMaxLength(ReportNarrative.MaxLength);
        builder.Property(r => r.PublishedByName).HasMaxLength(200);
        builder.Ignore(r => r.Period);
        builder.Ignore(r => r.Narrative);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(r => r.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ReportDraft>().WithMany().HasForeignKey(r => new { r.TenantId, r.DraftId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(r => new { r.TenantId, r.DraftId, r.Version }).IsUnique();
        builder.HasIndex(r => new { r.TenantId, r.Year, r.PeriodKind, r.PublishedAt });
    }
}

internal sealed class ReportJobConfiguration : IEntityTypeConfiguration<ReportJob>
{
    public void Configure(EntityTypeBuilder<ReportJob> builder)
    {
        builder.ToTable("report_jobs");
        builder.HasKey(j => new { j.TenantId, j.Id });
        builder.Property(j => j.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(j => j.Stage).HasMaxLength(500);
        builder.Property(j => j.RequestedByName).HasMaxLength(200);
        builder.Ignore(j => j.IsFinished);
        builder.HasOne<Tenant>().WithMany().HasForeignKey(j => j.TenantId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ReportDraft>().WithMany().HasForeignKey(j => new { j.TenantId, j.DraftId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(j => new { j.TenantId, j.Status, j.CreatedAt });
    }
}
