using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Council;

namespace ThiDuaKhenThuong.Infrastructure.Persistence;

public sealed partial class AppDbContext
{
    public DbSet<CouncilTerm> CouncilTerms => Set<CouncilTerm>();

    public DbSet<CouncilMember> CouncilMembers => Set<CouncilMember>();
}
