using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Council;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Tenancy;

namespace ThiDuaKhenThuong.Web.Features.Council;

/// <summary>Creates or edits a council term; the terms of a province may not overlap.</summary>
public static class SaveTerm
{
    public sealed class Command
    {
        public Guid? Id { get; set; }

        [Display(Name = "Tên nhiệm kỳ")]
        public string Name { get; set; } = string.Empty;

        [Display(Name = "Từ ngày")]
        public DateOnly? StartsOn { get; set; }

        [Display(Name = "Đến ngày")]
        public DateOnly? EndsOn { get; set; }

        [Display(Name = "Số quyết định thành lập")]
        public string? DecisionNumber { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(AppDbContext db)
        {
            RuleFor(c => c.Name).NotEmpty().WithMessage("Vui lòng nhập tên nhiệm kỳ.").MaximumLength(200).WithMessage("Tên nhiệm kỳ không được dài quá 200 ký tự.");
            RuleFor(c => c.DecisionNumber).MaximumLength(100).WithMessage("Số quyết định không được dài quá 100 ký tự.");
            RuleFor(c => c.StartsOn).NotEmpty().WithMessage("Vui lòng nhập ngày bắt đầu nhiệm kỳ.");
            RuleFor(c => c.EndsOn).NotEmpty().WithMessage("Vui lòng nhập ngày kết thúc nhiệm kỳ.")
                .GreaterThan(c => c.StartsOn).When(c => c.StartsOn is not null).WithMessage("Ngày kết thúc phải sau ngày bắt đầu.");
            RuleFor(c => c).CustomAsync(async (c, context, ct) =>
            {
                if (c.StartsOn is { } from && c.EndsOn is { } to && to > from
                    && await db.CouncilTerms.AnyAsync(t => t.Id != c.Id && t.StartsOn <= to && from <= t.EndsOn, ct))
                {
                    context.AddFailure(string.Empty, "Nhiệm kỳ này trùng thời gian với một nhiệm kỳ khác của Hội đồng.");
                }
            });
        }
    }

    public sealed class Handler(AppDbContext db, ITenantContext tenant, TimeProvider clock)
    {
        public async Task<Command?> LoadAsync(Guid id, CancellationToken cancellationToken)
            => await db.CouncilTerms.AsNoTracking().Where(t => t.Id == id)
                .Select(t => new Command { Id = t.Id, Name = t.Name, StartsOn = t.StartsOn, EndsOn = t.EndsOn, DecisionNumber = t.DecisionNumber })
                .FirstOrDefaultAsync(cancellationToken);

        /// <summary>The term's id, or null when an edited term is not the province's.</summary>
        public async Task<Guid?> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var from = command.StartsOn!.Value;
            var to = command.EndsOn!.Value;
            CouncilTerm? term;
            if (command.Id is { } id)
            {
                term = await db.CouncilTerms.FirstOrDefaultAsync(t => t.Id == id, cancellationToken);
                term?.Update(command.Name, from, to, command.DecisionNumber);
            }
            else
            {
                term = new CouncilTerm(tenant.TenantId!.Value, Guid.CreateVersion7(clock.GetUtcNow()), command.Name, from, to, command.DecisionNumber);
                db.CouncilTerms.Add(term);
            }

            if (term is null)
            {
                return null;
            }

            await db.SaveChangesAsync(cancellationToken);
            return term.Id;
        }
    }
}
