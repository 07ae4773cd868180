using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Domain.Organisation.Scoring;

namespace ThiDuaKhenThuong.Infrastructure.Persistence.Configurations;

internal sealed class GroupYearConfiguration : IEntityTypeConfiguration<GroupYear>
{
    public void Configure(EntityTypeBuilder<GroupYear> builder)
    {
        builder.ToTable("group_years");
        builder.HasKey(y => new { y.TenantId, y.GroupId });
        builder.Property(y => y.Mode).HasConversion<string>().HasMaxLength(30);
        builder.Ignore(y => y.IsPublished);
        builder.Ignore(y => y.IsVoteOpen);
        builder.HasOne<EmulationGroup>().WithMany().HasForeignKey(y => new { y.TenantId, y.GroupId }).OnDelete(DeleteBehavior.Cascade);
        builder.Property<uint>("xmin").HasColumnName("xmin").HasColumnType("xid").IsRowVersion();
    }
}

internal sealed class ScoringCriterionConfiguration : IEntityTypeConfiguration<ScoringCriterion>
{
    public void Configure(EntityTypeBuilder<ScoringCriterion> builder)
    {
        builder.ToTable("group_criteria");
        builder.HasKey(c => new { c.TenantId, c.Id });
        builder.Property(c => c.Section).HasMaxLength(ScoringCriterion.MaxSectionLength);
        builder.Property(c => c.Title).HasMaxLength(ScoringCriterion.MaxTitleLength);
        builder.Property(c => c.Evidence).HasMaxLength(ScoringCriterion.MaxEvidenceLength);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.MaxPoints).HasPrecision(7, 2);
        builder.HasOne<EmulationGroup>().WithMany().HasForeignKey(c => new { c.TenantId, c.GroupId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.TenantId, c.GroupId, c.Order });
    }
}

internal sealed class GroupScoreConfiguration : IEntityTypeConfiguration<GroupScore>
{
    public void Configure(EntityTypeBuilder<GroupScore> builder)
    {
        builder.ToTable("group_scores");
        builder.HasKey(s => new { s.TenantId, s.Id });
        builder.Property(s => s.Points).HasPrecision(7, 2);
        builder.Property(s => s.Note).HasMaxLength(GroupScore.MaxNoteLength);
        builder.Ignore(s => s.IsSelfAssessment);
        builder.HasOne<EmulationGroup>().WithMany().HasForeignKey(s => new { s.TenantId, s.GroupId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ScoringCriterion>().WithMany().HasForeignKey(s => new { s.TenantId, s.CriterionId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(s => new { s.TenantId, s.ScoredUnitId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(s => new { s.TenantId, s.ScorerUnitId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.TenantId, s.GroupId, s.ScoredUnitId, s.ScorerUnitId, s.CriterionId }).IsUnique();
    }
}

internal sealed class GroupFileConfiguration : IEntityTypeConfiguration<GroupFile>
{
    public void Configure(EntityTypeBuilder<GroupFile> builder)
    {
        builder.ToTable("group_files");
        builder.HasKey(f => new { f.TenantId, f.Id });
        builder.Property(f => f.Purpose).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.DisplayName).HasMaxLength(255);
        builder.Property(f => f.StorageKey).HasMaxLength(64);
        builder.Property(f => f.ContentType).HasMaxLength(120);
        builder.Property(f => f.Sha256).HasMaxLength(64).IsFixedLength();
        builder.Property(f => f.ScanStatus).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<EmulationGroup>().WithMany().HasForeignKey(f => new { f.TenantId, f.GroupId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Unit>().WithMany().HasForeignKey(f => new { f.TenantId, f.UnitId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => new { f.TenantId, f.GroupId, f.UnitId });
    }
}

internal sealed class GroupBallotConfiguration : IEntityTypeConfiguration<GroupBallot>
{
    public void Configure(EntityTypeBuilder<GroupBallot> builder)
    {
        builder.ToTable("group_ballots");
        builder.HasKey(b => new { b.TenantId, b.Id });
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.HasOne<EmulationGroup>().WithMany().HasForeignKey(b => new { b.TenantId, b.GroupId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(b => new { b.TenantId, b.CandidateUnitId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.TenantId, b.GroupId });
    }
}

internal sealed class GroupBallotParticipationConfiguration : IEntityTypeConfiguration<GroupBallotParticipation>
{
    public void Configure(EntityTypeBuilder<GroupBallotParticipation> builder)
    {
        builder.ToTable("group_ballot_participations");
        builder.HasKey(p => new { p.TenantId, p.GroupId, p.VoterUnitId });
        builder.HasOne<EmulationGroup>().WithMany().HasForeignKey(p => new { p.TenantId, p.GroupId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Unit>().WithMany().HasForeignKey(p => new { p.TenantId, p.VoterUnitId }).OnDelete(DeleteBehavior.Restrict);
    }
}
