using ThiDuaKhenThuong.Infrastructure.Workflow;

namespace ThiDuaKhenThuong.Web.Features.Workflow;

public static class VerifyHistoryChain
{
    public sealed class Handler(HistoryVerifier verifier)
    {
        public Task<HistoryVerification> HandleAsync(CancellationToken cancellationToken) => verifier.VerifyCurrentTenantAsync(cancellationToken);
    }
}
