using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Council;

namespace ThiDuaKhenThuong.Infrastructure.Persistence;

public sealed partial class AppDbContext
{
    public DbSet<CouncilSession> CouncilSessions => Set<CouncilSession>();

    public DbSet<CouncilSessionItem> CouncilSessionItems => Set<CouncilSessionItem>();

    public DbSet<CouncilBallot> CouncilBallots => Set<CouncilBallot>();

    public DbSet<CouncilParticipation> CouncilParticipations => Set<CouncilParticipation>();
}
