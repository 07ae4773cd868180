using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.People;

namespace ThiDuaKhenThuong.Infrastructure.Persistence;

public sealed partial class AppDbContext
{
    public DbSet<Person> People => Set<Person>();

    public DbSet<Collective> Collectives => Set<Collective>();

    public DbSet<AwardHistoryRecord> AwardHistory => Set<AwardHistoryRecord>();
}
