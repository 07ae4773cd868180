using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Decisions;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Features.Catalog;
using ThiDuaKhenThuong.Web.Features.Shared;

namespace ThiDuaKhenThuong.Web.Features.Decisions;

public static class ListDecisions
{
    public const int PageSize = 20;

    public sealed class Query
    {
        public int? Year { get; set; }

        public DecisionStatus? Status { get; set; }

        public DecisionKind? Kind { get; set; }

        public string? Award { get; set; }

        /// <summary>"date" (newest first, the default), "number", "award".</summary>
        public string? Sort { get; set; }

        public int Page { get; set; } = 1;
    }

    public sealed record Row(Guid Id, DecisionKind Kind, DecisionStatus Status, string NumberAndSymbol, DateOnly Date, string Subject, string AwardName, int Count, string? CentralNumber);

    public sealed record Model(Query Query, Paged<Row> Rows, IReadOnlyList<int> Years, IReadOnlyList<(string Code, string Name)> Awards, int AwaitingDecision);

    public sealed class Handler(AppDbContext db, ReadCatalog.Handler catalog)
    {
        public async Task<Model> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var data = await catalog.HandleAsync(cancellationToken);
            var decisions = db.AwardDecisions.AsNoTracking();
            if (query.Year is { } year)
            {
                decisions = decisions.Where(d => d.Year == year);
            }

            if (query.Status is { } status)
            {
                decisions = decisions.Where(d => d.Status == status);
            }

            if (query.Kind is { } kind)
            {
                decisions = decisions.Where(d => d.Kind == kind);
            }

            if (!string.IsNullOrWhiteSpace(query.Award))
            {
                decisions = decisions.Where(d => d.AwardCode == query.Award);
            }

            decisions = query.Sort switch
            {
                "number" => decisions.OrderBy(d => d.Year).ThenBy(d => d.Number).ThenBy(d => d.Id),
                "award" => decisions.OrderBy(d => d.AwardCode).ThenByDescending(d => d.DecisionDate).ThenBy(d => d.Id),
                _ => decisions.OrderByDescending(d => d.DecisionDate).ThenByDescending(d => d.Number).ThenBy(d => d.Id),
            };
            var total = await decisions.CountAsync(cancellationToken);
            var page = Math.Clamp(query.Page, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
            query.Page = page;
            var rows = await decisions.Skip((page - 1) * PageSize).Take(PageSize)
                .Select(d => new { d.Id, d.Kind, d.Status, d.Number, d.Symbol, d.DecisionDate, d.Subject, d.AwardCode, Count = d.Items.Count, d.CentralNumber })
                .ToListAsync(cancellationToken);
            var years = await db.AwardDecisions.Select(d => d.Year).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);
            var awaiting = await db.Nominations.CountAsync(n => n.Outcome == Domain.Dossiers.NominationOutcome.AwaitingDecision, cancellationToken);
            return new Model(
                query,
                new Paged<Row>(rows.Select(r => new Row(r.Id, r.Kind, r.Status, $"{r.Number}/{r.Symbol}", r.DecisionDate, r.Subject, data.Award(r.AwardCode)?.Name ?? r.AwardCode, r.Count, r.CentralNumber)).ToList(), page, PageSize, total),
                years,
                data.AwardTypes.Select(a => (a.Code, a.Name)).ToList(),
                awaiting);
        }
    }

    public static string Label(this DecisionStatus status) => status switch
    {
        DecisionStatus.Draft => "Dự thảo, chờ ký",
        DecisionStatus.Recorded => "Đã ký, đã ghi nhận",
        _ => status.ToString(),
    };

    public static string Label(this DecisionKind kind) => kind switch
    {
        DecisionKind.Award => "Quyết định khen thưởng",
        DecisionKind.CentralSubmission => "Tờ trình cấp Trung ương",
        DecisionKind.Revocation => "Quyết định thu hồi",
        _ => kind.ToString(),
    };
}
