using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Reporting;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Reporting;
using ThiDuaKhenThuong.Infrastructure.Tenancy;

namespace ThiDuaKhenThuong.Web.Features.Reports;

/// <summary>Starts a report draft: period, scope, "as of" day; the narrative is pre-filled from the figures.</summary>
public static class CreateReport
{
    public sealed class Command
    {
        [Display(Name = "Loại báo cáo")]
        public ReportPeriodKind PeriodKind { get; set; } = ReportPeriodKind.Annual;

        [Display(Name = "Năm")]
        public int Year { get; set; }

        [Display(Name = "Phạm vi")]
        public ReportScopeKind ScopeKind { get; set; } = ReportScopeKind.Province;

        [Display(Name = "Đơn vị")]
        public Guid? UnitId { get; set; }

        [Display(Name = "Cụm, khối thi đua")]
        public Guid? GroupId { get; set; }

        [Display(Name = "Số liệu tính theo tổ chức tại ngày")]
        public DateOnly? AsOf { get; set; }

        public Guid? ScopeId => ScopeKind switch
        {
            ReportScopeKind.Province => null,
            ReportScopeKind.Unit => UnitId,
            ReportScopeKind.EmulationGroup => GroupId,
        };
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock, AppDbContext db)
        {
            var year = clock.GetLocalNow().Year;
            RuleFor(c => c.Year).InclusiveBetween(2000, year + 1).WithMessage($"Năm phải từ 2000 đến {year + 1}.");
            RuleFor(c => c.PeriodKind).IsInEnum().WithMessage("Vui lòng chọn loại báo cáo.");
            RuleFor(c => c.ScopeKind).IsInEnum().WithMessage("Vui lòng chọn phạm vi báo cáo.");
            RuleFor(c => c.UnitId).NotNull().When(c => c.ScopeKind == ReportScopeKind.Unit).WithMessage("Vui lòng chọn đơn vị.");
            RuleFor(c => c.UnitId).MustAsync(async (id, ct) => await db.Units.AnyAsync(u => u.Id == id, ct))
                .When(c => c.ScopeKind == ReportScopeKind.Unit && c.UnitId is not null).WithMessage("Không tìm thấy đơn vị.");
            RuleFor(c => c.GroupId).NotNull().When(c => c.ScopeKind == ReportScopeKind.EmulationGroup).WithMessage("Vui lòng chọn cụm, khối thi đua.");
            RuleFor(c => c.GroupId).MustAsync(async (id, ct) => await db.EmulationGroups.AnyAsync(g => g.Id == id, ct))
                .When(c => c.ScopeKind == ReportScopeKind.EmulationGroup && c.GroupId is not null).WithMessage("Không tìm thấy cụm, khối thi đua.");
            RuleFor(c => c.AsOf).Must((c, d) => d is null || d.Value.Year >= c.Year)
                .WithMessage("Ngày tính số liệu không được trước năm báo cáo.");
        }
    }

    public sealed class Handler(AppDbContext db, ITenantContext tenant, TimeProvider clock, ReportFiguresQuery figures)
    {
        /// <summary>The new draft's id, or null when the viewer may not write a report of that scope.</summary>
        public async Task<Guid?> HandleAsync(ReportViewer viewer, Command command, CancellationToken cancellationToken)
        {
            if (!viewer.CanWrite(command.ScopeKind, command.ScopeId))
            {
                return null;
            }

            var period = new ReportPeriod(command.PeriodKind, command.Year);
            var asOf = command.AsOf ?? period.To;
            var scope = await ScopeAsync(command.ScopeKind, command.ScopeId, asOf, cancellationToken);
            var tenantId = tenant.TenantId!.Value;
            var computed = await figures.ComputeAsync(new ReportRequest(tenantId, period, scope, asOf), cancellationToken);
            var now = clock.GetUtcNow();
            var draft = new ReportDraft(tenantId, Guid.CreateVersion7(now), period, scope.Kind, scope.Id, scope.Name, asOf, NarrativeDraft.From(computed), viewer.UserId, now);
            db.ReportDrafts.Add(draft);
            await db.SaveChangesAsync(cancellationToken);
            return draft.Id;
        }

        private async Task<ReportScope> ScopeAsync(ReportScopeKind kind, Guid? id, DateOnly asOf, CancellationToken cancellationToken)
        {
            switch (kind)
            {
                case ReportScopeKind.Unit:
                    var unit = await db.Units.Include(u => u.Names).AsNoTracking().FirstAsync(u => u.Id == id, cancellationToken);
                    return new ReportScope(kind, id, unit.NameOn(asOf));
                case ReportScopeKind.EmulationGroup:
                    var group = await db.EmulationGroups.AsNoTracking().FirstAsync(g => g.Id == id, cancellationToken);
                    return new ReportScope(kind, id, group.Name);
                case ReportScopeKind.Province:
                default:
                    var name = await db.Tenants.Where(t => t.Id == tenant.TenantId).Select(t => t.Name).FirstAsync(cancellationToken);
                    return ReportScope.Province(name);
            }
        }
    }
}
