using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Domain.Organisation.Scoring;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Clusters;

/// <summary>
/// Points per criterion: a member's self-assessment (its own staff or leader, with evidence and notes) or a cross-score
/// given by a scorer unit to another member. The scorer is always the signed-in account's unit, so nobody can write
/// another unit's scores; a unit never cross-scores itself; other scorers' points stay hidden until all are in.
/// </summary>
public static class EnterScores
{
    public sealed class Line
    {
        public Guid CriterionId { get; set; }

        public string? Points { get; set; }

        public string? Note { get; set; }
    }

    public sealed class Command
    {
        public List<Line> Lines { get; set; } = [];
    }

    public sealed record Row(ScoringCriterion Criterion, string? Points, string? Note, decimal? SelfPoints, IReadOnlyList<GroupFile> Evidence);

    public sealed record Model(ClusterContext Context, Guid ScoredUnitId, bool IsSelf, bool ReadOnly, IReadOnlyList<Row> Rows);

    /// <summary>Null: saved. Otherwise what went wrong (nothing saved). NotFound: the page is not the viewer's to use.</summary>
    public sealed record Outcome(bool NotFound, IReadOnlyList<string> Errors);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        /// <summary>Why the viewer may not score <paramref name="scored"/>, or null; <paramref name="notFound"/> when the page is simply not theirs.</summary>
        public static string? Refusal(ClusterContext context, Guid scored, bool isSelf, out bool notFound)
        {
            ArgumentNullException.ThrowIfNull(context);
            notFound = false;
            if (context.ViewerUnitId is not { } unit)
            {
                notFound = true;
                return "Chỉ cán bộ, thủ trưởng đơn vị thành viên được chấm điểm.";
            }

            if (isSelf)
            {
                notFound = !context.IsMember;
                return notFound ? "Đơn vị không là thành viên cụm, khối vào cuối năm." : null;
            }

            if (scored == unit)
            {
                return GroupScore.SelfCrossScoreRefusal;
            }

            notFound = !context.Members.Contains(scored) || !context.ExpectedScorers(scored).Contains(unit);
            return notFound ? "Đơn vị của bạn không chấm điểm chéo đơn vị này." : null;
        }

        public async Task<Model?> ReadAsync(ClusterContext context, Guid scored, bool isSelf, Command? typed, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(context);
            if (Refusal(context, scored, isSelf, out _) is not null)
            {
                return null;
            }

            var scorer = context.ViewerUnitId!.Value;
            var criteria = await db.ScoringCriteria.AsNoTracking().Where(c => c.GroupId == context.Group.Id).OrderBy(c => c.Order).ToListAsync(cancellationToken);
            var mine = await db.GroupScores.AsNoTracking()
                .Where(s => s.GroupId == context.Group.Id && s.ScoredUnitId == scored && s.ScorerUnitId == scorer).ToDictionaryAsync(s => s.CriterionId, cancellationToken);
            var self = isSelf ? [] : await db.GroupScores.AsNoTracking()
                .Where(s => s.GroupId == context.Group.Id && s.ScoredUnitId == scored && s.ScorerUnitId == scored).ToDictionaryAsync(s => s.CriterionId, s => s.Points, cancellationToken);
            var evidence = (await db.GroupFiles.AsNoTracking()
                .Where(f => f.GroupId == context.Group.Id && f.UnitId == scored && f.Purpose == GroupFilePurpose.Evidence).OrderBy(f => f.UploadedAt).ToListAsync(cancellationToken))
                .ToLookup(f => f.CriterionId);
            var rows = criteria.Select(c =>
            {
                var typedLine = typed?.Lines.FirstOrDefault(l => l.CriterionId == c.Id);
                var saved = mine.GetValueOrDefault(c.Id);
                return new Row(c,
                    typedLine is not null ? typedLine.Points : saved?.Points.ToString("0.##", CultureInfo.GetCultureInfo("vi-VN")),
                    typedLine is not null ? typedLine.Note : saved?.Note,
                    self.TryGetValue(c.Id, out var p) ? p : null,
                    evidence[c.Id].ToList());
            }).ToList();
            return new Model(context, scored, isSelf, context.Year.IsPublished, rows);
        }

        public async Task<Outcome> SaveAsync(ClusterContext context, Guid scored, bool isSelf, Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(context);
            ArgumentNullException.ThrowIfNull(command);
            if (Refusal(context, scored, isSelf, out var notFound) is { } refusal)
            {
                return new Outcome(notFound, [refusal]);
            }

            if (context.Year.IsPublished)
            {
                return new Outcome(false, ["Kết quả chấm điểm đã công bố; không thể sửa điểm."]);
            }

            var scorer = context.ViewerUnitId!.Value;
            var criteria = await db.ScoringCriteria.AsNoTracking().Where(c => c.GroupId == context.Group.Id).ToDictionaryAsync(c => c.Id, cancellationToken);
            var existing = await db.GroupScores
                .Where(s => s.GroupId == context.Group.Id && s.ScoredUnitId == scored && s.ScorerUnitId == scorer).ToDictionaryAsync(s => s.CriterionId, cancellationToken);
            var errors = new List<string>();
            var now = clock.GetUtcNow();
            foreach (var line in command.Lines)
            {
                if (!criteria.TryGetValue(line.CriterionId, out var criterion))
                {
                    continue;
                }

                if (string.IsNullOrWhiteSpace(line.Points))
                {
                    if (existing.Remove(line.CriterionId, out var cleared))
                    {
                        db.GroupScores.Remove(cleared);
                    }

                    continue;
                }

                if (!decimal.TryParse(line.Points.Trim().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var points))
                {
                    errors.Add($"Điểm của tiêu chí \"{criterion.Title}\" phải là một số.");
                    continue;
                }

                if ((line.Note?.Length ?? 0) > GroupScore.MaxNoteLength)
                {
                    errors.Add($"Ghi chú của tiêu chí \"{criterion.Title}\" tối đa 2.000 ký tự.");
                    continue;
                }

                try
                {
                    if (!existing.TryGetValue(criterion.Id, out var score))
                    {
                        score = new GroupScore(context.Group.TenantId, context.Group.Id, scored, scorer, criterion.Id, isSelf ? ScoreKind.Self : ScoreKind.Cross);
                        db.GroupScores.Add(score);
                        existing[criterion.Id] = score;
                    }

                    score.Record(criterion, points, line.Note, context.Viewer.UserId, now);
                }
                catch (OrganisationRuleException rule)
                {
                    errors.Add(rule.Message);
                }
            }

            if (errors.Count > 0)
            {
                db.ChangeTracker.Clear();
                return new Outcome(false, errors);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                return new Outcome(false, ["Điểm vừa được người khác của đơn vị lưu cùng lúc; vui lòng tải lại trang và nhập lại."]);
            }

            return new Outcome(false, []);
        }
    }
}
