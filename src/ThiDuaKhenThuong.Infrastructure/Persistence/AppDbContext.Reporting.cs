using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Reporting;

namespace ThiDuaKhenThuong.Infrastructure.Persistence;

public sealed partial class AppDbContext
{
    public DbSet<ReportDraft> ReportDrafts => Set<ReportDraft>();

    public DbSet<PublishedReport> PublishedReports => Set<PublishedReport>();

    public DbSet<ReportJob> ReportJobs => Set<ReportJob>();
}
