using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Council;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.CouncilSessions;

/// <summary>
/// Undoing frozen results takes two officers: one asks (with a reason), a different one confirms. Confirming empties
/// the ballot box and the participations and reopens voting; the session's change log keeps both steps.
/// </summary>
public static class ResetResults
{
    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<string?> RequestAsync(Guid sessionId, Guid officerId, string? reason, CancellationToken cancellationToken)
        {
            if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > 1000)
            {
                return "Vui lòng ghi lý do hủy kết quả (tối đa 1000 ký tự).";
            }

            var session = await db.CouncilSessions.FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
            if (session is null)
            {
                return "Không tìm thấy phiên họp.";
            }

            try
            {
                session.RequestReset(officerId, reason, clock.GetUtcNow());
            }
            catch (DossierRuleException refused)
            {
                return refused.Message;
            }

            await db.SaveChangesAsync(cancellationToken);
            return null;
        }

        public async Task<string?> ConfirmAsync(Guid sessionId, Guid officerId, DateTimeOffset? closesAt, CancellationToken cancellationToken)
        {
            if (closesAt is null)
            {
                return "Vui lòng nhập thời điểm kết thúc bỏ phiếu lại.";
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var session = await db.CouncilSessions.Include(s => s.Items).FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
            if (session is null)
            {
                return "Không tìm thấy phiên họp.";
            }

            try
            {
                session.ConfirmReset(officerId, closesAt.Value, clock.GetUtcNow());
            }
            catch (DossierRuleException refused)
            {
                return refused.Message;
            }

            var itemIds = session.Items.Select(i => i.Id).ToList();
            await db.CouncilBallots.Where(b => itemIds.Contains(b.ItemId)).ExecuteDeleteAsync(cancellationToken);
            await db.CouncilParticipations.Where(p => p.SessionId == sessionId).ExecuteDeleteAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return null;
        }
    }
}
