using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Organisation;

namespace ThiDuaKhenThuong.Infrastructure.Persistence;

/// <summary>The register of each unit's emulation staff (forms 0604 and 0605).</summary>
public sealed partial class AppDbContext
{
    public DbSet<EmulationStaffMember> EmulationStaff => Set<EmulationStaffMember>();
}
