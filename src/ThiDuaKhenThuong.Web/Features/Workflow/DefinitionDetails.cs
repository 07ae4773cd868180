using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Workflow;

namespace ThiDuaKhenThuong.Web.Features.Workflow;

public static class DefinitionDetails
{
    public sealed record Model(WorkflowDefinitionRecord Record, WorkflowDefinition Definition, string Mermaid, string Dot, string Svg);

    public sealed class Handler(WorkflowDefinitions definitions)
    {
        /// <summary>The definition of the current province, or null (another province's id is as good as missing).</summary>
        public async Task<Model?> HandleAsync(Guid id, CancellationToken cancellationToken)
        {
            var record = await definitions.FindAsync(id, cancellationToken);
            if (record is null)
            {
                return null;
            }

            var definition = record.Read();
            return new Model(record, definition, WorkflowDiagram.ToMermaid(definition), WorkflowDiagram.ToDot(definition), WorkflowSvg.Render(definition));
        }
    }
}
