using Microsoft.EntityFrameworkCore;
using Npgsql;
using ThiDuaKhenThuong.Domain.Council;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.CouncilSessions;

/// <summary>
/// One ballot page for the whole agenda. The participation row (unique per session and member) and the ballots are
/// written in one transaction, so of any number of simultaneous submissions by one member exactly one is stored.
/// Nothing here logs, audits or returns a choice together with the member.
/// </summary>
public static class CastBallot
{
    public const string AlreadyVoted = "Thành viên này đã bỏ phiếu trong phiên họp; mỗi thành viên chỉ bỏ phiếu một lần.";
    public const string NotOpen = "Phiên họp không trong thời gian bỏ phiếu.";

    /// <summary>The form: one choice per agenda item (item id → "For", "Against" or "Abstain").</summary>
    public sealed class Command
    {
        public Dictionary<Guid, BallotChoice> Choices { get; set; } = [];

        /// <summary>"confirm" shows the summary to confirm; "submit" stores the ballot.</summary>
        public string? Step { get; set; }
    }

    public sealed record Line(CouncilSessionItem Item, string AwardName, bool Excluded, BallotChoice? Choice);

    public sealed record Model(CouncilSession Session, CouncilMember Voter, IReadOnlyList<Line> Lines, bool Written, IReadOnlyList<string> Errors)
    {
        public bool Confirming { get; init; }
    }

    public static IReadOnlyList<Line> Lines(CouncilSession session, CouncilMember voter, Command? command, Func<string, string> awardName)
    {
        ArgumentNullException.ThrowIfNull(session);
        return session.Items.OrderBy(i => i.Order).Select(i =>
        {
            var excluded = i.Excludes(voter);
            BallotChoice? choice = !excluded && command?.Choices.TryGetValue(i.Id, out var c) == true && c != BallotChoice.Excluded ? c : null;
            return new Line(i, awardName(i.AwardCode), excluded, choice);
        }).ToList();
    }

    /// <summary>What is missing from the form, in Vietnamese; empty when every item the voter may vote on has a choice.</summary>
    public static IReadOnlyList<string> Problems(IReadOnlyList<Line> lines)
        => lines.Where(l => !l.Excluded && l.Choice is null)
            .Select(l => $"Mục {l.Item.Order} ({l.Item.NomineeName}): vui lòng chọn Đồng ý, Không đồng ý hoặc Không biểu quyết.").ToList();

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        /// <summary>Stores the ballot of <paramref name="voter"/>; <paramref name="enteredBy"/> set for a written ballot. Null on success, else the refusal.</summary>
        public async Task<string?> SubmitAsync(Guid sessionId, CouncilMember voter, IReadOnlyList<Line> lines, Guid? enteredBy, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(voter);
            ArgumentNullException.ThrowIfNull(lines);
            if (Problems(lines) is { Count: > 0 } problems)
            {
                return string.Join(" ", problems);
            }

            var tenantId = db.CurrentTenantId ?? throw new InvalidOperationException("No tenant.");
            var now = clock.GetUtcNow();
            // All or nothing in one transaction: no savepoint round trips around the single save.
            db.Database.AutoSavepointsEnabled = false;
            try
            {
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

                // Shared: many members vote at once, but closing (FOR UPDATE) waits for them and they wait for it.
                // The lock and the state are read in one statement.
                var state = await db.CouncilSessions
                    .FromSql($"SELECT * FROM council_sessions WHERE tenant_id = {tenantId} AND id = {sessionId} FOR SHARE")
                    .AsNoTracking().Select(s => new { s.Status, s.VotingClosesAt }).FirstOrDefaultAsync(cancellationToken);
                if (state is null || state.Status != CouncilSessionStatus.Voting || now >= state.VotingClosesAt)
                {
                    return NotOpen;
                }

                db.CouncilParticipations.Add(enteredBy is { } officer
                    ? CouncilParticipation.Written(tenantId, sessionId, voter.Id, officer, now)
                    : CouncilParticipation.Online(tenantId, sessionId, voter.Id));
                db.CouncilBallots.AddRange(lines
                    .Select(l => new CouncilBallot(tenantId, l.Item.Id, l.Excluded ? BallotChoice.Excluded : l.Choice!.Value))
                    .OrderBy(_ => Guid.NewGuid())
                    .ToList());
                await db.SaveChangesAsync(cancellationToken);
                await transaction.CommitAsync(cancellationToken);
                return null;
            }
            catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
            {
                return AlreadyVoted;
            }
            finally
            {
                db.Database.AutoSavepointsEnabled = true;
                db.ChangeTracker.Clear();
            }
        }

        public Task<bool> HasVotedAsync(Guid sessionId, Guid memberId, CancellationToken cancellationToken)
            => db.CouncilParticipations.AnyAsync(p => p.SessionId == sessionId && p.MemberId == memberId, cancellationToken);

        public Task<int> VotedCountAsync(Guid sessionId, CancellationToken cancellationToken)
            => db.CouncilParticipations.CountAsync(p => p.SessionId == sessionId, cancellationToken);
    }
}
