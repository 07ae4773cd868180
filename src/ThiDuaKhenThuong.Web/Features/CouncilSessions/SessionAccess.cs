using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Council;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Features.Shared;

namespace ThiDuaKhenThuong.Web.Features.CouncilSessions;

/// <summary>Who is looking at council sessions, from the account's claims only.</summary>
public sealed record SessionViewer(Guid UserId, bool IsOfficer, bool IsHead, bool HasCouncilRole)
{
    public bool IsStandingAgency => IsOfficer || IsHead;

    public static SessionViewer From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new SessionViewer(
            WorkflowActorFactory.UserId(user) ?? Guid.Empty,
            user.IsInRole(Roles.StandingOfficer),
            user.IsInRole(Roles.StandingHead),
            user.IsInRole(Roles.CouncilMember));
    }
}

/// <summary>
/// Loads a session the viewer may see: the Standing Agency sees the province's sessions; a council member sees the
/// published sessions of their term. Anything else is "not found". A session whose voting time has passed is closed
/// here, on the first access after that time (<see cref="CloseVoting"/>), so nobody ever sees it still open.
/// </summary>
public static class SessionAccess
{
    public sealed record Found(CouncilSession Session, CouncilMember? Member, IReadOnlyList<CouncilMember> Members);

    public sealed class Handler(AppDbContext db, CloseVoting.Handler closer, TimeProvider clock)
    {
        public async Task<Found?> LoadAsync(SessionViewer viewer, Guid id, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(viewer);
            // One connection for the request's queries (the province is set on it once, not before every query).
            await db.Database.OpenConnectionAsync(cancellationToken);
            var session = await db.CouncilSessions.AsNoTracking().Include(s => s.Items).FirstOrDefaultAsync(s => s.Id == id, cancellationToken);
            if (session is null)
            {
                return null;
            }

            if (session.IsDueToClose(clock.GetUtcNow()))
            {
                await closer.CloseAsync(id, null, cancellationToken);
                session = await db.CouncilSessions.AsNoTracking().Include(s => s.Items).FirstAsync(s => s.Id == id, cancellationToken);
            }

            var members = await MembersAsync(session, cancellationToken);
            var member = viewer.HasCouncilRole ? members.FirstOrDefault(m => m.UserId == viewer.UserId) : null;
            var visible = viewer.IsStandingAgency || (member is not null && session.Status != CouncilSessionStatus.Draft);
            return visible ? new Found(session, member, members) : null;
        }

        /// <summary>The council on the meeting day: members of the session's term whose membership covers that day.</summary>
        public Task<List<CouncilMember>> MembersAsync(CouncilSession session, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(session);
            var day = session.MeetingDate;
            return db.CouncilMembers.AsNoTracking()
                .Where(m => m.TermId == session.TermId && m.StartsOn <= day && (m.EndsOn == null || m.EndsOn >= day))
                .OrderBy(m => m.Role).ThenBy(m => m.FullName)
                .ToListAsync(cancellationToken);
        }
    }
}
