using FluentValidation;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Workflow;

namespace ThiDuaKhenThuong.Web.Features.Workflow;

public static class ApplyTransition
{
    public sealed class Command
    {
        public Guid InstanceId { get; set; }

        public string? Action { get; set; }

        public string? Comment { get; set; }

        /// <summary>The one-time token of the form: a resent form makes no second transition.</summary>
        public string? FormToken { get; set; }

        /// <summary>The row version the page showed: a move made meanwhile by someone else refuses this one.</summary>
        public uint Version { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Action).NotEmpty().WithMessage("Vui lòng chọn thao tác.");
            RuleFor(c => c.Comment).MaximumLength(4000).WithMessage("Ý kiến không quá 4.000 ký tự.");
            RuleFor(c => c.FormToken).NotEmpty().MaximumLength(100).WithMessage(WorkflowService.TokenMissingRefusal);
        }
    }

    public sealed class Handler(WorkflowService workflow, IEnumerable<IGuardFactsSource> facts)
    {
        public async Task<WorkflowOutcome> HandleAsync(Command command, WorkflowActor actor, string? clientIp, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var view = await workflow.GetAsync(command.InstanceId, cancellationToken);
            if (view is null)
            {
                return WorkflowOutcome.NotFound;
            }

            var guardFacts = await facts.LoadAsync(view.Instance, cancellationToken);
            return await workflow.ApplyAsync(
                command.InstanceId, command.Action!, actor, command.Comment, new TransitionData { ClientIp = clientIp }, guardFacts,
                command.FormToken!, command.Version, cancellationToken);
        }
    }
}
