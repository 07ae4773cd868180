using ThiDuaKhenThuong.Infrastructure.Workflow;

namespace ThiDuaKhenThuong.Web.Hosting;

internal static class WorkflowCommands
{
    /// <summary>Verifies every province's history chain and prints the first broken link of each; 3 when any is broken.</summary>
    public static async Task<int> VerifyHistoryAsync(IServiceProvider services)
    {
        var results = await services.GetRequiredService<HistoryVerifier>().VerifyAllTenantsAsync();
        foreach (var result in results)
        {
            Console.WriteLine(result.IsValid
                ? $"  {result.TenantName}: toàn vẹn ({result.RowCount} dòng)"
                : $"  {result.TenantName}: ĐỨT tại dòng số {result.BrokenSequence}: {result.Reason}");
        }

        return results.All(r => r.IsValid) ? 0 : 3;
    }
}
