using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ThiDuaKhenThuong.Domain.Council;
using ThiDuaKhenThuong.Domain.Dossiers;

namespace ThiDuaKhenThuong.Infrastructure.Persistence.Configurations;

internal sealed class CouncilSessionConfiguration : IEntityTypeConfiguration<CouncilSession>
{
    public void Configure(EntityTypeBuilder<CouncilSession> builder)
    {
        builder.ToTable("council_sessions");
        builder.HasKey(s => new { s.TenantId, s.Id });
        builder.Property(s => s.Place).HasMaxLength(300);
        builder.Property(s => s.AgendaNote).HasMaxLength(4000);
        builder.Property(s => s.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.ResetReason).HasMaxLength(1000);
        builder.Property<uint>(ConcurrencyToken.Name).IsRowVersion();
        builder.HasOne<CouncilTerm>().WithMany().HasForeignKey(s => new { s.TenantId, s.TermId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(s => s.Items).WithOne().HasForeignKey(i => new { i.TenantId, i.SessionId }).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(s => s.Items).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(s => new { s.TenantId, s.MeetingDate });
    }
}

internal sealed class CouncilSessionItemConfiguration : IEntityTypeConfiguration<CouncilSessionItem>
{
    public void Configure(EntityTypeBuilder<CouncilSessionItem> builder)
    {
        builder.ToTable("council_session_items");
        builder.HasKey(i => new { i.TenantId, i.Id });
        builder.Property(i => i.NomineeKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.NomineeName).HasMaxLength(300);
        builder.Property(i => i.AwardCode).HasMaxLength(60);
        builder.Property(i => i.Base).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Result).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(i => i.Threshold);
        builder.Ignore(i => i.MinimumFor);
        builder.HasOne<Nomination>().WithMany().HasForeignKey(i => new { i.TenantId, i.NominationId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Dossier>().WithMany().HasForeignKey(i => new { i.TenantId, i.DossierId }).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.TenantId, i.SessionId, i.NominationId }).IsUnique();
        builder.HasIndex(i => new { i.TenantId, i.NominationId });
        builder.HasIndex(i => new { i.TenantId, i.DossierId });
    }
}

/// <summary>The ballot box: tenant, random key, item, choice. No voter, no time, no sequence (see <see cref="CouncilBallot"/>).</summary>
internal sealed class CouncilBallotConfiguration : IEntityTypeConfiguration<CouncilBallot>
{
    public void Configure(EntityTypeBuilder<CouncilBallot> builder)
    {
        builder.ToTable("council_ballots");
        builder.HasKey(b => new { b.TenantId, b.Id });
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Choice).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<CouncilSessionItem>().WithMany().HasForeignKey(b => new { b.TenantId, b.ItemId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => new { b.TenantId, b.ItemId });
    }
}

internal sealed class CouncilParticipationConfiguration : IEntityTypeConfiguration<CouncilParticipation>
{
    public void Configure(EntityTypeBuilder<CouncilParticipation> builder)
    {
        builder.ToTable("council_participations");
        builder.HasKey(p => new { p.TenantId, p.SessionId, p.MemberId });
        builder.Property(p => p.Method).HasConversion<string>().HasMaxLength(20);
        builder.HasOne<CouncilSession>().WithMany().HasForeignKey(p => new { p.TenantId, p.SessionId }).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<CouncilMember>().WithMany().HasForeignKey(p => new { p.TenantId, p.MemberId }).OnDelete(DeleteBehavior.Restrict);
    }
}
