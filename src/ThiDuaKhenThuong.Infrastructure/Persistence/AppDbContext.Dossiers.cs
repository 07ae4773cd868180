using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Dossiers;

namespace ThiDuaKhenThuong.Infrastructure.Persistence;

public sealed partial class AppDbContext
{
    public DbSet<Dossier> Dossiers => Set<Dossier>();

    public DbSet<Nomination> Nominations => Set<Nomination>();

    public DbSet<DossierDocument> DossierDocuments => Set<DossierDocument>();

    public DbSet<DossierCounter> DossierCounters => Set<DossierCounter>();

    public DbSet<SupplementRequest> SupplementRequests => Set<SupplementRequest>();
}
