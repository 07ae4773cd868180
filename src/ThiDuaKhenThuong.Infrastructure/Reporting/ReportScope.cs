using ThiDuaKhenThuong.Domain.Reporting;

namespace ThiDuaKhenThuong.Infrastructure.Reporting;

/// <summary>What a report counts: the whole province, a unit and the units under it, or a cluster/block's members.</summary>
public sealed record ReportScope(ReportScopeKind Kind, Guid? Id, string Name)
{
    public static ReportScope Province(string name) => new(ReportScopeKind.Province, null, name);
}

/// <summary>The question a report answers: a scope over a period, with the organisation as it stood on <see cref="AsOf"/>.</summary>
public sealed record ReportRequest(Guid TenantId, ReportPeriod Period, ReportScope Scope, DateOnly AsOf);
