using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Domain.Organisation.Scoring;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Clusters;

/// <summary>
/// The scoring sheet of a cluster's year, edited by the leader unit: copied forward from last year's sheet of the same
/// cluster (same code) or, when there is none, from the default sheet; lines added, changed, removed until the first
/// score is entered.
/// </summary>
public static class EditSheet
{
    public sealed class Command
    {
        public Guid? CriterionId { get; set; }

        [Display(Name = "Thứ tự")]
        public int Order { get; set; }

        [Display(Name = "Phần")]
        public string? Section { get; set; }

        [Display(Name = "Nội dung tiêu chí")]
        public string? Title { get; set; }

        [Display(Name = "Loại")]
        public CriterionKind Kind { get; set; }

        [Display(Name = "Điểm tối đa")]
        public string? MaxPoints { get; set; }

        [Display(Name = "Minh chứng cần có")]
        public string? Evidence { get; set; }
    }

    public sealed record Model(ClusterContext Context, IReadOnlyList<ScoringCriterion> Criteria, bool Locked, decimal Maximum, Command Form);

    public const string LockedRefusal = "Bảng điểm đã có đơn vị chấm điểm; không thể sửa bảng điểm nữa.";

    public sealed class Handler(AppDbContext db)
    {
        public async Task<Model> ReadAsync(ClusterContext context, Command? form, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(context);
            var criteria = await db.ScoringCriteria.AsNoTracking().Where(c => c.GroupId == context.Group.Id)
                .OrderBy(c => c.Order).ThenBy(c => c.Section).ToListAsync(cancellationToken);
            var locked = await IsLockedAsync(context, cancellationToken);
            var next = criteria.Count == 0 ? 1 : criteria.Max(c => c.Order) + 1;
            return new Model(context, criteria, locked, GroupScoring.SheetMaximum(criteria.Select(c => new GroupScoring.Criterion(c.Id, c.Kind, c.MaxPoints))),
                form ?? new Command { Order = next, Section = criteria.LastOrDefault()?.Section });
        }

        /// <summary>Copies last year's sheet (or the default one) into an empty sheet; returns the message for the user.</summary>
        public async Task<(bool Ok, string Message)> CopyForwardAsync(ClusterContext context, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(context);
            if (!context.IsManager)
            {
                return (false, "Chỉ đơn vị trưởng cụm, khối được lập bảng điểm.");
            }

            if (await db.ScoringCriteria.AnyAsync(c => c.GroupId == context.Group.Id, cancellationToken))
            {
                return (false, "Bảng điểm năm nay đã có tiêu chí; chỉ sao chép vào bảng điểm còn trống.");
            }

            var previous = await db.EmulationGroups.AsNoTracking()
                .Where(g => g.Code == context.Group.Code && g.Year == context.Group.Year - 1).Select(g => (Guid?)g.Id).FirstOrDefaultAsync(cancellationToken);
            var source = previous is { } id
                ? await db.ScoringCriteria.AsNoTracking().Where(c => c.GroupId == id).OrderBy(c => c.Order).ToListAsync(cancellationToken)
                : [];
            if (source.Count > 0)
            {
                db.ScoringCriteria.AddRange(source.Select(c => c.CopyTo(context.Group.Id)));
                await db.SaveChangesAsync(cancellationToken);
                return (true, $"Đã sao chép {source.Count} tiêu chí từ bảng điểm năm {context.Group.Year - 1}.");
            }

            db.ScoringCriteria.AddRange(Default(context.Group));
            await db.SaveChangesAsync(cancellationToken);
            return (true, $"Năm {context.Group.Year - 1} chưa có bảng điểm; đã tạo bảng điểm mẫu để chỉnh sửa.");
        }

        public async Task<string?> SaveAsync(ClusterContext context, Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(context);
            ArgumentNullException.ThrowIfNull(command);
            if (Refusal(context) is { } refusal)
            {
                return refusal;
            }

            if (await IsLockedAsync(context, cancellationToken))
            {
                return LockedRefusal;
            }

            if (!decimal.TryParse(command.MaxPoints?.Trim().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var max))
            {
                return "Điểm tối đa phải là một số, ví dụ 10 hoặc 2,5.";
            }

            if ((command.Section?.Length ?? 0) > ScoringCriterion.MaxSectionLength || (command.Title?.Length ?? 0) > ScoringCriterion.MaxTitleLength
                || (command.Evidence?.Length ?? 0) > ScoringCriterion.MaxEvidenceLength)
            {
                return "Phần tối đa 300 ký tự, nội dung và minh chứng tối đa 1.000 ký tự.";
            }

            try
            {
                if (command.CriterionId is { } id)
                {
                    var criterion = await db.ScoringCriteria.FirstOrDefaultAsync(c => c.Id == id && c.GroupId == context.Group.Id, cancellationToken);
                    if (criterion is null)
                    {
                        return "Không tìm thấy tiêu chí.";
                    }

                    criterion.Update(command.Order, command.Section ?? string.Empty, command.Title ?? string.Empty, command.Kind, max, command.Evidence);
                }
                else
                {
                    db.ScoringCriteria.Add(new ScoringCriterion(context.Group.TenantId, Guid.CreateVersion7(), context.Group.Id, command.Order,
                        command.Section ?? string.Empty, command.Title ?? string.Empty, command.Kind, max, command.Evidence));
                }
            }
            catch (OrganisationRuleException rule)
            {
                return rule.Message;
            }

            await db.SaveChangesAsync(cancellationToken);
            return null;
        }

        public async Task<string?> DeleteAsync(ClusterContext context, Guid criterionId, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(context);
            if (Refusal(context) is { } refusal)
            {
                return refusal;
            }

            if (await IsLockedAsync(context, cancellationToken))
            {
                return LockedRefusal;
            }

            var criterion = await db.ScoringCriteria.FirstOrDefaultAsync(c => c.Id == criterionId && c.GroupId == context.Group.Id, cancellationToken);
            if (criterion is null)
            {
                return "Không tìm thấy tiêu chí.";
            }

            db.ScoringCriteria.Remove(criterion);
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }

        private static string? Refusal(ClusterContext context) => context.IsManager ? null : "Chỉ đơn vị trưởng cụm, khối được sửa bảng điểm.";

        private Task<bool> IsLockedAsync(ClusterContext context, CancellationToken cancellationToken)
            => db.GroupScores.AnyAsync(s => s.GroupId == context.Group.Id, cancellationToken);
    }

    public static IEnumerable<ScoringCriterion> Default(EmulationGroup group)
    {
        ArgumentNullException.ThrowIfNull(group);
        return DefaultScoringSheet.Lines.Select((line, i) => new ScoringCriterion(
            group.TenantId, Guid.CreateVersion7(), group.Id, i + 1, line.Section, line.Title, line.Kind, line.MaxPoints, line.Evidence));
    }
}
