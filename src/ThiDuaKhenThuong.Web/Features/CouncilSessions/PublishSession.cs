using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Council;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Workflow.Notifications;

namespace ThiDuaKhenThuong.Web.Features.CouncilSessions;

/// <summary>
/// Publishing the agenda (members with an account are notified in the portal and by e-mail, through the outbox in the
/// same transaction) and opening the vote.
/// </summary>
public static class PublishSession
{
    public sealed class Handler(AppDbContext db, SessionAccess.Handler access, TimeProvider clock)
    {
        public async Task<string?> PublishAsync(Guid id, CancellationToken cancellationToken)
        {
            var session = await db.CouncilSessions.Include(s => s.Items).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
            if (session is null)
            {
                return "Không tìm thấy phiên họp.";
            }

            var now = clock.GetUtcNow();
            try
            {
                session.Publish(now);
            }
            catch (DossierRuleException refused)
            {
                return refused.Message;
            }

            var recipients = (await access.MembersAsync(session, cancellationToken)).Where(m => m.UserId is not null).Select(m => m.UserId!.Value).Distinct().ToList();
            var day = session.MeetingDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
            var closes = session.VotingClosesAt.ToOffset(WorkingCalendar.VietnamOffset).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);
            db.OutboxMessages.Add(new OutboxMessage(session.TenantId, Guid.CreateVersion7(now), $"council.{session.Id:N}.published", OutboxKind.Notification, "notify:council", now)
            {
                RecipientUserIds = recipients,
                Subject = $"Phiên họp Hội đồng Thi đua - Khen thưởng ngày {day}",
                Body = $"Chương trình phiên họp ngày {day} tại {session.Place} gồm {session.Items.Count} đề nghị cần bỏ phiếu kín. "
                    + $"Bỏ phiếu kết thúc lúc {closes}. Vui lòng xem hồ sơ và bỏ phiếu trên Cổng.",
                Link = "/CouncilSessions/Details/" + session.Id.ToString("D"),
            });
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }

        public async Task<string?> OpenVotingAsync(Guid id, DateTimeOffset? closesAt, CancellationToken cancellationToken)
        {
            var session = await db.CouncilSessions.FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
            if (session is null)
            {
                return "Không tìm thấy phiên họp.";
            }

            var now = clock.GetUtcNow();
            try
            {
                if (closesAt is { } at)
                {
                    session.ExtendVoting(at, now);
                }

                session.OpenVoting(now);
            }
            catch (DossierRuleException refused)
            {
                return refused.Message;
            }

            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
    }
}
