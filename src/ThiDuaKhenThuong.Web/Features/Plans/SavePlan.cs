using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Campaigns;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Files;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Tenancy;
using ThiDuaKhenThuong.Infrastructure.Workflow;
using ThiDuaKhenThuong.Web.Features.Dossiers;
using ThiDuaKhenThuong.Web.Features.Shared;

namespace ThiDuaKhenThuong.Web.Features.Plans;

/// <summary>
/// The unit's staff prepare the plan: the structured part and the document. The first save creates the plan and starts
/// it on the province's plan route.
/// </summary>
public static class SavePlan
{
    public sealed class Command
    {
        public string? Campaigns { get; set; }

        public string? TargetTitles { get; set; }

        public IFormFile? File { get; set; }
    }

    public sealed record Result(Guid? PlanId, string? Problem, bool NotFound = false);

    public sealed class Handler(AppDbContext db, ITenantContext tenant, TimeProvider clock, WorkflowService workflow, WorkflowDefinitions definitions, IFileStore files, IFileScanner scanner)
    {
        public async Task<Result> HandleAsync(DossierViewer viewer, Guid collectionId, Command command, CancellationToken cancellationToken)
        {
            if (!viewer.Roles.Contains(Domain.Identity.Roles.UnitStaff) || viewer.UnitId is not { } unitId)
            {
                return new Result(null, null, NotFound: true);
            }

            var collection = await db.PlanCollections.AsNoTracking().Include(c => c.Units).FirstOrDefaultAsync(c => c.Id == collectionId, cancellationToken);
            if (collection is null || !collection.Expects(unitId))
            {
                return new Result(null, null, NotFound: true);
            }

            if ((command.Campaigns?.Length ?? 0) > 4000 || (command.TargetTitles?.Length ?? 0) > 4000)
            {
                return new Result(null, "Mỗi phần nội dung tối đa 4.000 ký tự.");
            }

            var plan = await db.UnitPlans.FirstOrDefaultAsync(p => p.CollectionId == collectionId && p.UnitId == unitId, cancellationToken);
            if (plan is not null && !plan.IsEditable)
            {
                return new Result(plan.Id, "Kế hoạch đã gửi; chỉ sửa được khi Cơ quan Thường trực trả lại.");
            }

            StoredUpload.Result? upload = null;
            if (command.File is { Length: > 0 })
            {
                upload = await StoredUpload.SaveAsync(files, scanner, tenant.TenantId!.Value, command.File, cancellationToken);
                if (upload.File is null)
                {
                    return new Result(plan?.Id, upload.Refusal);
                }
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (plan is null)
            {
                plan = new UnitPlan(tenant.TenantId!.Value, Guid.CreateVersion7(), collectionId, unitId, viewer.UserId, clock.GetUtcNow());
                db.UnitPlans.Add(plan);
                await db.SaveChangesAsync(cancellationToken);
                if (await definitions.LatestAsync(DefaultWorkflows.UnitPlanCode, cancellationToken) is null)
                {
                    // A province created before plans existed gets the plan route the first time it is needed.
                    await definitions.EnsureDefaultsAsync(tenant.TenantId!.Value, cancellationToken);
                }

                var instance = await workflow.StartAsync(SubjectKinds.UnitPlan, plan.Id, unitId, DefaultWorkflows.UnitPlanCode, cancellationToken);
                plan.AttachWorkflow(instance.Id);
            }

            plan.Describe(command.Campaigns, command.TargetTitles);
            if (upload?.File is { } stored)
            {
                plan.AttachDocument(stored.DisplayName, stored.StorageKey, stored.Kind.ContentType(), stored.Size, stored.Sha256, upload.Status);
            }

            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new Result(plan.Id, upload?.Refusal);
        }
    }
}
