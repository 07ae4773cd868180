using ThiDuaKhenThuong.Domain.Tenancy;
using ThiDuaKhenThuong.Infrastructure.Seeding;

namespace ThiDuaKhenThuong.Infrastructure.Workflow;

/// <summary>Each demo province gets the default workflow definitions and working calendar.</summary>
internal sealed class WorkflowDemoSeedStep(WorkflowDefinitions definitions) : IDemoSeedStep
{
    public int Order => 10;

    public Task SeedAsync(Tenant province, CancellationToken cancellationToken)
        => definitions.EnsureDefaultsAsync(province.Id, cancellationToken);
}
