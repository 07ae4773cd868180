using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Tenancy;

namespace ThiDuaKhenThuong.Infrastructure.Workflow;

/// <summary>Result of checking one tenant's history chain: valid, or the first broken link with a Vietnamese reason.</summary>
public sealed record HistoryVerification(Guid TenantId, string TenantName, int RowCount, bool IsValid, long? BrokenSequence, string? Reason);

/// <summary>
/// Re-computes each tenant's history chain and compares its end with the chain head (the checkpoint), so an edited,
/// inserted, reordered or deleted row — the last one included — is reported.
/// </summary>
public sealed class HistoryVerifier(AppDbContext db, ITenantContext tenant)
{
    public async Task<HistoryVerification> VerifyCurrentTenantAsync(CancellationToken cancellationToken = default)
    {
        var tenantId = tenant.TenantId ?? throw new InvalidOperationException("No tenant.");
        var name = await db.Tenants.Where(t => t.Id == tenantId).Select(t => t.Name).FirstAsync(cancellationToken);
        var rows = await db.WorkflowHistory.AsNoTracking().OrderBy(h => h.Sequence).ToListAsync(cancellationToken);
        var entries = rows.Select(r => r.ToEntry()).ToList();
        var chain = HistoryChain.Verify(entries);
        if (!chain.IsValid)
        {
            return new HistoryVerification(tenantId, name, rows.Count, false, chain.BrokenSequence, chain.Reason);
        }

        var head = await db.WorkflowChainHeads.AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        var lastSequence = entries.Count == 0 ? 0 : entries[^1].Sequence;
        var lastHash = entries.Count == 0 ? HistoryChain.GenesisHash : entries[^1].Hash;
        if ((head?.LastSequence ?? 0) != lastSequence || (head?.LastHash ?? HistoryChain.GenesisHash) != lastHash)
        {
            var expected = head?.LastSequence ?? 0;
            return new HistoryVerification(tenantId, name, rows.Count, false, Math.Min(expected, lastSequence + 1),
                $"Chuỗi lịch sử kết thúc ở dòng số {lastSequence} nhưng điểm kiểm tra ghi dòng số {expected}: có dòng cuối bị xóa hoặc sửa.");
        }

        return new HistoryVerification(tenantId, name, rows.Count, true, null, null);
    }

    /// <summary>Every province, one after another (the <c>verify-history</c> command).</summary>
    public async Task<IReadOnlyList<HistoryVerification>> VerifyAllTenantsAsync(CancellationToken cancellationToken = default)
    {
        var tenants = await db.Tenants.AsNoTracking().OrderBy(t => t.Code).Select(t => t.Id).ToListAsync(cancellationToken);
        var results = new List<HistoryVerification>();
        foreach (var tenantId in tenants)
        {
            using (tenant.Use(tenantId))
            {
                results.Add(await VerifyCurrentTenantAsync(cancellationToken));
            }
        }

        return results;
    }
}
