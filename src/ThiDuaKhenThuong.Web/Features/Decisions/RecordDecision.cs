using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Decisions;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Domain.People;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Workflow.Notifications;

namespace ThiDuaKhenThuong.Web.Features.Decisions;

/// <summary>
/// The leader signs: in one transaction the decision is recorded, each award is written into the nominee's history
/// (or, for a submission, the nominations move to the central level; for a revocation, the awards are taken back),
/// the nominations close and each unit is notified through the outbox. Then each dossier whose nominations are all
/// closed takes its route's next step (<see cref="DossierSteps"/>).
/// </summary>
public static class RecordDecision
{
    public const string AlreadySigned = "Văn bản đã được ký và ghi nhận trước đó.";

    public sealed record Result(bool Succeeded, string Message);

    public sealed class Handler(AppDbContext db, TimeProvider clock, DossierSteps.Handler steps)
    {
        /// <summary>Null when the decision is not the province's.</summary>
        public async Task<Result?> HandleAsync(Guid id, WorkflowActor leader, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(leader);
            var now = clock.GetUtcNow();
            AwardDecision? decision;
            await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
            {
                decision = await db.AwardDecisions.Include(d => d.Items).FirstOrDefaultAsync(d => d.Id == id, cancellationToken);
                if (decision is null)
                {
                    return null;
                }

                // Two leaders signing at once: the row lock lets one through; the other sees the decision recorded.
                var claimed = await db.AwardDecisions.Where(d => d.Id == id && d.Status == DecisionStatus.Draft)
                    .ExecuteUpdateAsync(s => s.SetProperty(d => d.SignedAt, now), cancellationToken);
                if (claimed == 0 || decision.IsRecorded)
                {
                    return new Result(false, AlreadySigned);
                }

                try
                {
                    decision.Sign(leader.UserId, now);
                    await ApplyAsync(decision, now, cancellationToken);
                    Notify(decision, now);
                    await db.SaveChangesAsync(cancellationToken);
                    await transaction.CommitAsync(cancellationToken);
                }
                catch (DossierRuleException rule)
                {
                    db.ChangeTracker.Clear();
                    return new Result(false, rule.Message);
                }
            }

            var dossierIds = decision.Items.Select(i => i.DossierId).Distinct().ToList();
            var moved = decision.Kind == DecisionKind.Revocation ? string.Empty : await steps.AdvanceAsync(dossierIds, leader, "Văn bản số " + decision.NumberAndSymbol, cancellationToken);
            var done = decision.Kind switch
            {
                DecisionKind.Award => $"Đã ký và ghi nhận Quyết định số {decision.NumberAndSymbol}: {decision.Items.Count} khen thưởng đã vào quá trình khen thưởng và danh sách công khai.",
                DecisionKind.CentralSubmission => $"Đã ký Tờ trình số {decision.NumberAndSymbol}: {decision.Items.Count} đề nghị đã chuyển cấp Trung ương.",
                DecisionKind.Revocation => $"Đã ký Quyết định số {decision.NumberAndSymbol}: {decision.Items.Count} khen thưởng đã bị thu hồi.",
                _ => throw new InvalidOperationException(),
            };
            return new Result(true, done + moved);
        }

        private async Task ApplyAsync(AwardDecision decision, DateTimeOffset now, CancellationToken cancellationToken)
        {
            var nominationIds = decision.Items.Select(i => i.NominationId).ToList();
            var nominations = await db.Nominations.Where(n => nominationIds.Contains(n.Id)).ToDictionaryAsync(n => n.Id, cancellationToken);
            var dossierIds = decision.Items.Select(i => i.DossierId).Distinct().ToList();
            var years = await db.Dossiers.Where(d => dossierIds.Contains(d.Id)).ToDictionaryAsync(d => d.Id, d => d.Year, cancellationToken);
            var history = decision.Kind == DecisionKind.Revocation
                ? await db.AwardHistory.Where(h => h.NominationId != null && nominationIds.Contains(h.NominationId.Value) && h.RevokedAt == null).ToListAsync(cancellationToken)
                : [];
            foreach (var item in decision.Items)
            {
                var nomination = nominations[item.NominationId];
                switch (decision.Kind)
                {
                    case DecisionKind.Award:
                        nomination.MarkAwarded(decision.Id, now);
                        db.AwardHistory.Add(AwardHistoryRecord.FromDecision(decision.TenantId, Guid.CreateVersion7(now), nomination.Nominee,
                            new AwardHistoryData(item.AwardCode, years[item.DossierId], decision.NumberAndSymbol, decision.DecisionDate, decision.IssuingAuthority),
                            decision.Id, nomination.Id));
                        break;
                    case DecisionKind.CentralSubmission:
                        nomination.MarkForwardedToCentral(decision.Id, now);
                        break;
                    case DecisionKind.Revocation:
                        nomination.MarkRevoked($"Thu hồi theo Quyết định số {decision.NumberAndSymbol}: {decision.Reason}", now);
                        foreach (var row in history.Where(h => h.NominationId == nomination.Id))
                        {
                            row.Revoke(decision.NumberAndSymbol, decision.Reason!, now);
                        }

                        break;
                    default:
                        throw new InvalidOperationException();
                }
            }
        }

        private void Notify(AwardDecision decision, DateTimeOffset now)
        {
            var (title, what) = decision.Kind switch
            {
                DecisionKind.Award => ($"Quyết định khen thưởng số {decision.NumberAndSymbol}", "được khen thưởng"),
                DecisionKind.CentralSubmission => ($"Tờ trình số {decision.NumberAndSymbol} đề nghị cấp Trung ương khen thưởng", "được đề nghị cấp Trung ương khen thưởng"),
                DecisionKind.Revocation => ($"Quyết định số {decision.NumberAndSymbol} thu hồi khen thưởng", "bị thu hồi khen thưởng"),
                _ => throw new InvalidOperationException(),
            };
            foreach (var unit in decision.Items.GroupBy(i => i.UnitId))
            {
                var names = string.Join(", ", unit.Select(i => i.NomineeName).Take(20)) + (unit.Count() > 20 ? ", …" : string.Empty);
                db.OutboxMessages.Add(new OutboxMessage(decision.TenantId, Guid.CreateVersion7(now), $"decision.{decision.Id:N}.{unit.Key:N}", OutboxKind.Notification, WorkflowEffects.NotifyUnit, now)
                {
                    RecipientUnitId = unit.Key,
                    RecipientRoles = [Roles.UnitStaff, Roles.UnitLeader],
                    Subject = title,
                    Body = $"Ngày {decision.DecisionDate:dd/MM/yyyy}, {unit.Count()} người, tập thể của đơn vị {what}: {names}.",
                    Link = "/Dossiers/Details/" + unit.First().DossierId.ToString("D"),
                });
            }
        }
    }
}
