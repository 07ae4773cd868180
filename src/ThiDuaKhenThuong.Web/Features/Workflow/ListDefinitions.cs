using ThiDuaKhenThuong.Infrastructure.Workflow;

namespace ThiDuaKhenThuong.Web.Features.Workflow;

public static class ListDefinitions
{
    public sealed record Row(Guid Id, string Code, int Version, string Name, string SubjectKind, DateTimeOffset? FirstUsedAt);

    public sealed class Handler(WorkflowDefinitions definitions)
    {
        public async Task<IReadOnlyList<Row>> HandleAsync(CancellationToken cancellationToken)
            => [.. (await definitions.ListAsync(cancellationToken)).Select(d => new Row(d.Id, d.Code, d.Version, d.Name, d.SubjectKind, d.FirstUsedAt))];
    }
}
