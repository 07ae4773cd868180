using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Council;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Features.Catalog;
using ThiDuaKhenThuong.Web.Features.Shared.Printing;

namespace ThiDuaKhenThuong.Web.Features.CouncilSessions;

/// <summary>The session page and the minutes: agenda grouped by award, progress "k/n", and the frozen results once closed.</summary>
public static class SessionDetails
{
    public sealed record ItemView(CouncilSessionItem Item, string AwardName, string DossierTitle, string UnitName);

    public sealed record WrittenEntry(string MemberName, string EnteredBy, DateTimeOffset? EnteredAt);

    public sealed record Model(
        CouncilSession Session,
        CouncilTerm Term,
        string ProvinceName,
        IReadOnlyList<CouncilMember> Members,
        IReadOnlyList<ItemView> Items,
        int Voted,
        CouncilMember? Me,
        bool IVoted,
        IReadOnlyList<string> PresentNames,
        IReadOnlyList<WrittenEntry> Written,
        IReadOnlyList<string> CountingProblems,
        IReadOnlyDictionary<Guid, string> UserNames,
        SessionViewer Viewer)
    {
        public bool IsClosed => Session.Status == CouncilSessionStatus.Closed;

        public IEnumerable<IGrouping<string, ItemView>> ByAward => Items.GroupBy(i => i.AwardName);

        /// <summary>The province without its "Tỉnh" prefix, for the date line ("Thái Bình, ngày …").</summary>
        public string Place => ProvinceName.StartsWith("Tỉnh ", StringComparison.Ordinal) ? ProvinceName[5..] : ProvinceName;

        public string UserName(Guid? id) => id is { } key && UserNames.TryGetValue(key, out var name) ? name : "—";

        public DocumentHeading Heading => new("UBND " + ProvinceName.ToUpperInvariant(), "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", null, Place, Session.MeetingDate);

        public CouncilMember? Chair => Members.FirstOrDefault(m => m.Role == CouncilRole.ChairMan) ?? (Members.Count > 0 ? Members[0] : null);
    }

    public sealed class Handler(AppDbContext db, SessionAccess.Handler access, CloseVoting.Handler counting, ReadCatalog.Handler catalog)
    {
        public async Task<Model?> HandleAsync(SessionViewer viewer, Guid id, CancellationToken cancellationToken)
        {
            if (await access.LoadAsync(viewer, id, cancellationToken) is not { } found)
            {
                return null;
            }

            var session = found.Session;
            var term = await db.CouncilTerms.AsNoTracking().FirstAsync(t => t.Id == session.TermId, cancellationToken);
            var province = await db.Tenants.AsNoTracking().Where(t => t.Id == session.TenantId).Select(t => t.Name).FirstAsync(cancellationToken);
            var data = await catalog.HandleAsync(cancellationToken);
            var dossierIds = session.Items.Select(i => i.DossierId).Distinct().ToList();
            var dossiers = await (
                    from d in db.Dossiers.AsNoTracking()
                    join u in db.Units on d.UnitId equals u.Id
                    where dossierIds.Contains(d.Id)
                    select new { d.Id, d.Title, Unit = u.Name })
                .ToDictionaryAsync(d => d.Id, cancellationToken);
            var items = session.Items.OrderBy(i => i.Order)
                .Select(i => new ItemView(i, data.Award(i.AwardCode)?.Name ?? i.AwardCode, dossiers[i.DossierId].Title, dossiers[i.DossierId].Unit))
                .ToList();
            var participations = await db.CouncilParticipations.AsNoTracking().Where(p => p.SessionId == id).ToListAsync(cancellationToken);
            var memberNames = found.Members.ToDictionary(m => m.Id, m => m.FullName);
            var userIds = participations.Where(p => p.EnteredBy is not null).Select(p => p.EnteredBy!.Value)
                .Append(session.CreatedBy).Concat(new[] { session.ClosedBy, session.ResetRequestedBy }.OfType<Guid>()).Distinct().ToList();
            var users = await db.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.FullName, cancellationToken);
            var closed = session.Status == CouncilSessionStatus.Closed;

            // Who took part is shown only after close and only to the Standing Agency (minutes); during voting: k/n.
            var present = closed
                ? participations.Where(p => p.Method == ParticipationMethod.Online).Select(p => memberNames.GetValueOrDefault(p.MemberId, "—")).Order(StringComparer.Ordinal).ToList()
                : [];
            var written = viewer.IsStandingAgency
                ? participations.Where(p => p.Method == ParticipationMethod.Written)
                    .Select(p => new WrittenEntry(memberNames.GetValueOrDefault(p.MemberId, "—"), users.GetValueOrDefault(p.EnteredBy!.Value, "—"), p.EnteredAt))
                    .OrderBy(w => w.EnteredAt).ToList()
                : [];
            var problems = closed ? await counting.VerifyAsync(id, cancellationToken) : [];
            var iVoted = found.Member is { } me && participations.Any(p => p.MemberId == me.Id);
            return new Model(session, term, province, found.Members, items, participations.Count, found.Member, iVoted, present, written, problems, users, viewer);
        }
    }
}
