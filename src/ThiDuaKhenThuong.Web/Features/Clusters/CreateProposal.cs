using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Domain.Organisation.Scoring;
using ThiDuaKhenThuong.Domain.People;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Workflow;
using ThiDuaKhenThuong.Web.Features.Nominations;

namespace ThiDuaKhenThuong.Web.Features.Clusters;

/// <summary>
/// The cluster's proposal: an annual dossier of the leader unit, started on the province's normal dossier route, with
/// the provincial emulation flag (<see cref="AwardCodes.ProvincialFlag"/>) for the elected leading unit and the
/// provincial certificate of merit (<see cref="AwardCodes.ProvincialCertificate"/>) for at most the configured share of
/// the other members (rounded down). Each unit is nominated as its collective (created when the registry has none).
/// The leader unit then attaches the documents and sends it on the dossier's own page, like any other dossier.
/// </summary>
public static class CreateProposal
{
    public sealed class Command
    {
        public List<Guid> Certificates { get; set; } = [];
    }

    public sealed class Handler(AppDbContext db, ClusterContexts.Handler contexts, WorkflowService workflow, AddNomination.Handler nominations, TimeProvider clock)
    {
        public static int Quota(ClusterContext context)
        {
            ArgumentNullException.ThrowIfNull(context);
            return ProposalQuota.MaxCertificates(context.Members.Count, context.Year.CertificateSharePercent);
        }

        public async Task<(Guid? DossierId, string? Error)> HandleAsync(ClusterContext context, Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(context);
            ArgumentNullException.ThrowIfNull(command);
            if (!context.IsManager)
            {
                return (null, "Chỉ đơn vị trưởng cụm, khối được lập hồ sơ đề nghị của cụm, khối.");
            }

            if (context.Year.ElectedUnitId is not { } elected)
            {
                return (null, "Chưa bầu được đơn vị dẫn đầu; chưa thể lập hồ sơ đề nghị.");
            }

            if (context.Year.ProposalDossierId is not null)
            {
                return (null, "Cụm, khối đã lập hồ sơ đề nghị khen thưởng năm nay.");
            }

            var certificates = command.Certificates.Distinct().ToList();
            if (certificates.Any(c => c == elected || !context.Members.Contains(c)))
            {
                return (null, "Bằng khen chỉ đề nghị cho các đơn vị thành viên khác đơn vị dẫn đầu.");
            }

            var quota = Quota(context);
            if (certificates.Count > quota)
            {
                return (null, $"Chỉ được đề nghị Bằng khen cho tối đa {quota} đơn vị ({context.Year.CertificateSharePercent} % của {context.Members.Count - 1} đơn vị còn lại, làm tròn xuống); đã chọn {certificates.Count}.");
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var kind = context.Group.Kind.Label();
            var dossier = new Dossier(
                context.Group.TenantId, Guid.CreateVersion7(), context.ViewerUnitId!.Value, context.Group.Year, AwardKinds.Annual,
                $"Đề nghị khen thưởng năm {context.Group.Year} của {context.Group.Name}",
                $"{kind} {context.Group.Name} đề nghị Cờ thi đua của UBND tỉnh cho {context.Name(elected)} (đơn vị được suy tôn dẫn đầu) và Bằng khen của Chủ tịch UBND tỉnh cho {certificates.Count} đơn vị.",
                campaignId: null, context.Viewer.UserId, clock.GetUtcNow());
            db.Dossiers.Add(dossier);
            await db.SaveChangesAsync(cancellationToken);
            var instance = await workflow.StartAsync(SubjectKinds.NominationDossier, dossier.Id, dossier.UnitId, DefaultWorkflows.ProvincialNominationCode, cancellationToken);
            dossier.AttachWorkflow(instance.Id);
            await db.SaveChangesAsync(cancellationToken);

            foreach (var (unit, award) in new[] { (elected, AwardCodes.ProvincialFlag) }.Concat(certificates.Select(c => (c, AwardCodes.ProvincialCertificate))))
            {
                var collective = await CollectiveOfAsync(context, unit, cancellationToken);
                var added = await nominations.AddAsync(dossier, new AddNomination.Command { Nominee = "C:" + collective, AwardCode = award }, cancellationToken);
                if (added.Error is not null)
                {
                    db.ChangeTracker.Clear();
                    return (null, $"{context.Name(unit)}: {added.Error}");
                }
            }

            contexts.Track(context);
            context.Year.AttachProposal(dossier.Id);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (dossier.Id, null);
        }

        /// <summary>The unit's own collective in the registry (same name as the unit), created when missing.</summary>
        private async Task<Guid> CollectiveOfAsync(ClusterContext context, Guid unitId, CancellationToken cancellationToken)
        {
            var name = context.Name(unitId);
            var existing = await db.Collectives.Where(c => c.UnitId == unitId && c.Name == name).Select(c => (Guid?)c.Id).FirstOrDefaultAsync(cancellationToken);
            if (existing is { } id)
            {
                return id;
            }

            var collective = new Collective(context.Group.TenantId, Guid.CreateVersion7(), name, unitId, CollectiveKind.Collective);
            db.Collectives.Add(collective);
            await db.SaveChangesAsync(cancellationToken);
            return collective.Id;
        }
    }
}
