using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Tenants;

/// <summary>
/// Suspending a province stops its accounts from signing in (sign-in checks the province) and ends their open
/// sessions now; reactivating lets them sign in again.
/// </summary>
public static class SuspendTenant
{
    public sealed class Handler(AppDbContext db, ILogger<Handler> logger)
    {
        /// <summary>False when there is no such province.</summary>
        public async Task<bool> HandleAsync(Guid id, bool suspend, CancellationToken cancellationToken)
        {
            var province = await db.Tenants.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
            if (province is null)
            {
                return false;
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (suspend)
            {
                province.Suspend();
                var ended = await db.AuthSessions.Where(s => db.Users.Any(u => u.Id == s.UserId && u.TenantId == id)).ExecuteDeleteAsync(cancellationToken);
                logger.LogWarning("Tỉnh {Code} bị tạm ngừng; {Count} phiên đăng nhập đã bị đóng", province.Code, ended);
            }
            else
            {
                province.Activate();
                logger.LogInformation("Tỉnh {Code} được kích hoạt lại", province.Code);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return true;
        }
    }
}
