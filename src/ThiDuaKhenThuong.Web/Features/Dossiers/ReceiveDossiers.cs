using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Workflow;

namespace ThiDuaKhenThuong.Web.Features.Dossiers;

/// <summary>
/// Receives several sent dossiers at once. Each goes through <see cref="ActOnDossier"/>'s own path — one transaction,
/// a fresh one-time token and the instance's current version — so one refusal does not hold up the others.
/// </summary>
public static class ReceiveDossiers
{
    public sealed record Result(bool Succeeded, string Message);

    public sealed class Handler(ActOnDossier.Handler act)
    {
        public async Task<Result> HandleAsync(DossierViewer viewer, WorkflowActor actor, IReadOnlyCollection<Guid> ids, string? clientIp, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(viewer);
            ArgumentNullException.ThrowIfNull(ids);
            var received = new List<string>();
            var refused = new List<string>();
            foreach (var id in ids.Distinct())
            {
                var result = await act.ActOnceAsync(viewer, actor, id, WorkflowActions.Receive, clientIp, cancellationToken);
                if (result is not { } done || done.Outcome.Status == WorkflowOutcomeStatus.NotFound)
                {
                    refused.Add("hồ sơ không tìm thấy (chưa được gửi hoặc không thuộc tỉnh)");
                }
                else if (done.Outcome.Succeeded)
                {
                    received.Add(done.Dossier.NumberLabel);
                }
                else
                {
                    refused.Add($"“{done.Dossier.Title}” – {done.Outcome.RefusalReason}");
                }
            }

            var message = received.Count > 0
                ? $"Đã tiếp nhận {received.Count} hồ sơ ({string.Join(", ", received)})"
                : "Chưa tiếp nhận được hồ sơ nào";
            if (refused.Count > 0)
            {
                message += $"; {refused.Count} hồ sơ không tiếp nhận được: {string.Join("; ", refused)}";
            }

            return new Result(refused.Count == 0, message + ".");
        }
    }
}
