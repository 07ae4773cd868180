using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Infrastructure.Catalog;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Tenancy;

namespace ThiDuaKhenThuong.Web.Features.Catalog;

/// <summary>Makes the province's own, editable copy of a national rule set (same rules, same period).</summary>
public static class DeriveRuleSet
{
    public sealed record Result(string? Code, string Message);

    public sealed class Handler(AppDbContext db, ITenantContext tenant)
    {
        public async Task<Result> HandleAsync(string parentCode, CancellationToken cancellationToken)
        {
            var parent = await db.NationalRuleSets.AsNoTracking().FirstOrDefaultAsync(s => s.Code == parentCode, cancellationToken);
            if (parent is null || tenant.TenantId is not { } tenantId)
            {
                return new Result(null, "Không tìm thấy bộ quy tắc quốc gia đã chọn.");
            }

            var code = "TINH-" + parent.Code;
            if (await db.TenantRuleSets.AnyAsync(s => s.Code == code, cancellationToken))
            {
                return new Result(code, $"Tỉnh đã có bộ quy tắc {code} lập từ {parent.Code}; hãy điều chỉnh bộ quy tắc đó.");
            }

            var derived = parent.ToDomain().DeriveForTenant(tenantId, Guid.CreateVersion7(), code, $"Bộ quy tắc của tỉnh (lập từ {parent.Code})");
            var record = new TenantRuleSet();
            record.CopyFrom(derived);
            db.TenantRuleSets.Add(record);
            await db.SaveChangesAsync(cancellationToken);
            return new Result(code, $"Đã lập bộ quy tắc {code} của tỉnh từ bộ quy tắc quốc gia {parent.Code}.");
        }
    }
}
