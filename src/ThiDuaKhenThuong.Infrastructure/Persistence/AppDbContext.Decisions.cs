using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Decisions;

namespace ThiDuaKhenThuong.Infrastructure.Persistence;

public sealed partial class AppDbContext
{
    public DbSet<AwardDecision> AwardDecisions => Set<AwardDecision>();

    public DbSet<DecisionItem> DecisionItems => Set<DecisionItem>();
}
