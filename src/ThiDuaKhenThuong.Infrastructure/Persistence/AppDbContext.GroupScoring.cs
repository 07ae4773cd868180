using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Organisation.Scoring;

namespace ThiDuaKhenThuong.Infrastructure.Persistence;

/// <summary>A cluster's or block's year: scoring sheet, self-assessments and cross-scores, files, the suy tôn vote.</summary>
public sealed partial class AppDbContext
{
    public DbSet<GroupYear> GroupYears => Set<GroupYear>();

    public DbSet<ScoringCriterion> ScoringCriteria => Set<ScoringCriterion>();

    public DbSet<GroupScore> GroupScores => Set<GroupScore>();

    public DbSet<GroupFile> GroupFiles => Set<GroupFile>();

    public DbSet<GroupBallot> GroupBallots => Set<GroupBallot>();

    public DbSet<GroupBallotParticipation> GroupBallotParticipations => Set<GroupBallotParticipation>();
}
