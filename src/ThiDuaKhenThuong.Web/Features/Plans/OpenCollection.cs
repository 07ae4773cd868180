using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Campaigns;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Tenancy;

namespace ThiDuaKhenThuong.Web.Features.Plans;

/// <summary>Opens a plan collection for a year (deadline, expected units — by default every active unit) or changes one.</summary>
public static class OpenCollection
{
    public sealed class Command
    {
        [Display(Name = "Năm")]
        public int Year { get; set; }

        [Display(Name = "Tiêu đề")]
        public string Title { get; set; } = string.Empty;

        [Display(Name = "Hạn gửi")]
        public DateOnly? Deadline { get; set; }

        [Display(Name = "Ghi chú")]
        public string? Note { get; set; }

        public List<Guid> UnitIds { get; set; } = [];
    }

    public sealed record Form(Guid? Id, Command Command, IReadOnlyList<(Guid Id, string Name)> Units);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(TimeProvider clock, AppDbContext db)
        {
            var year = clock.GetLocalNow().Year;
            RuleFor(c => c.Year).InclusiveBetween(year - 1, year + 1).WithMessage($"Năm phải từ {year - 1} đến {year + 1}.");
            RuleFor(c => c.Title).NotEmpty().WithMessage("Vui lòng nhập tiêu đề đợt thu kế hoạch.").MaximumLength(500).WithMessage("Tiêu đề tối đa 500 ký tự.");
            RuleFor(c => c.Deadline).NotNull().WithMessage("Vui lòng nhập hạn gửi kế hoạch.");
            RuleFor(c => c.Note).MaximumLength(4000).WithMessage("Ghi chú tối đa 4.000 ký tự.");
            RuleFor(c => c.UnitIds).NotEmpty().WithMessage("Vui lòng chọn ít nhất một đơn vị phải gửi kế hoạch.");
            RuleFor(c => c.UnitIds)
                .MustAsync(async (ids, ct) => await db.Units.CountAsync(u => ids.Contains(u.Id), ct) == ids.Distinct().Count())
                .When(c => c.UnitIds.Count > 0).WithMessage("Có đơn vị được chọn không thuộc tỉnh.");
        }
    }

    public sealed class Handler(AppDbContext db, ITenantContext tenant, TimeProvider clock)
    {
        public async Task<Form> NewFormAsync(CancellationToken cancellationToken)
        {
            var units = await ActiveUnitsAsync(cancellationToken);
            var year = clock.GetLocalNow().Year;
            return new Form(null, new Command { Year = year, Title = $"Kế hoạch công tác thi đua, khen thưởng năm {year}", Deadline = new DateOnly(year, 1, 31), UnitIds = [.. units.Select(u => u.Id)] }, units);
        }

        public async Task<Form?> EditFormAsync(Guid id, CancellationToken cancellationToken)
        {
            var collection = await db.PlanCollections.AsNoTracking().Include(c => c.Units).FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
            return collection is null
                ? null
                : new Form(id, new Command { Year = collection.Year, Title = collection.Title, Deadline = collection.Deadline, Note = collection.Note, UnitIds = [.. collection.Units.Select(u => u.UnitId)] }, await ActiveUnitsAsync(cancellationToken));
        }

        public async Task<Form> FormAsync(Guid? id, Command command, CancellationToken cancellationToken) => new(id, command, await ActiveUnitsAsync(cancellationToken));

        /// <summary>The collection's id; null when <paramref name="id"/> names none of the province's. Throws <see cref="CampaignRuleException"/> on a refused change.</summary>
        public async Task<Guid?> HandleAsync(Guid? id, Guid userId, Command command, CancellationToken cancellationToken)
        {
            PlanCollection? collection;
            if (id is { } existing)
            {
                collection = await db.PlanCollections.Include(c => c.Units).FirstOrDefaultAsync(c => c.Id == existing, cancellationToken);
                if (collection is null)
                {
                    return null;
                }

                collection.Change(command.Title, command.Deadline!.Value, command.Note);
            }
            else
            {
                if (await db.PlanCollections.AnyAsync(c => c.Year == command.Year, cancellationToken))
                {
                    throw new CampaignRuleException($"Đã có đợt thu kế hoạch năm {command.Year}; hãy sửa đợt đó.");
                }

                collection = new PlanCollection(tenant.TenantId!.Value, Guid.CreateVersion7(), command.Year, command.Title, command.Deadline!.Value, command.Note, userId, clock.GetUtcNow());
                db.PlanCollections.Add(collection);
            }

            var sent = await db.UnitPlans.Where(p => p.CollectionId == collection.Id && p.FirstSentAt != null).Select(p => p.UnitId).ToListAsync(cancellationToken);
            collection.ExpectUnits(command.UnitIds, sent.ToHashSet());
            await db.SaveChangesAsync(cancellationToken);
            return collection.Id;
        }

        private async Task<IReadOnlyList<(Guid Id, string Name)>> ActiveUnitsAsync(CancellationToken cancellationToken)
        {
            var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
            var units = await db.Units.AsNoTracking().Where(u => u.ValidFrom <= today && (u.ValidTo == null || u.ValidTo > today))
                .OrderBy(u => u.Name).Select(u => new { u.Id, u.Name }).ToListAsync(cancellationToken);
            return [.. units.Select(u => (u.Id, u.Name))];
        }
    }
}
