using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Organisation;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Features.Organisation;

namespace ThiDuaKhenThuong.Web.Features.EmulationGroups;

/// <summary>Creates a cluster/block for a year, or changes its code, name and kind (the year stays).</summary>
public static class SaveGroup
{
    public sealed class Command
    {
        /// <summary>Null when creating.</summary>
        public Guid? Id { get; set; }

        [Display(Name = "Năm")]
        public int? Year { get; set; }

        [Display(Name = "Mã")]
        public string? Code { get; set; }

        [Display(Name = "Tên cụm, khối")]
        public string? Name { get; set; }

        [Display(Name = "Loại")]
        public EmulationGroupKind? Kind { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(AppDbContext db)
        {
            RuleFor(c => c.Year).NotNull().InclusiveBetween(2000, 2100).WithMessage("Vui lòng nhập năm từ 2000 đến 2100.");
            RuleFor(c => c.Name).NotEmpty().WithMessage("Vui lòng nhập tên cụm, khối.")
                .MaximumLength(EmulationGroup.MaxNameLength).WithMessage($"Tên dài tối đa {EmulationGroup.MaxNameLength} ký tự.");
            RuleFor(c => c.Kind).NotNull().WithMessage("Vui lòng chọn loại (cụm hoặc khối).");
            RuleFor(c => c.Code).UnitCode().DependentRules(() =>
                RuleFor(c => c).MustAsync(async (c, ct) =>
                {
                    var code = EmulationGroup.NormaliseCode(c.Code!);
                    return !await db.EmulationGroups.AnyAsync(g => g.Year == c.Year && g.Code == code && g.Id != c.Id, ct);
                }).OverridePropertyName(nameof(Command.Code)).WithMessage(c => $"Năm {c.Year} đã có cụm, khối mã \"{EmulationGroup.NormaliseCode(c.Code!)}\".").When(c => c.Year is not null));
        }
    }

    public sealed class Handler(AppDbContext db)
    {
        public async Task<Command?> LoadAsync(Guid id, CancellationToken cancellationToken)
            => await db.EmulationGroups.AsNoTracking().Where(g => g.Id == id)
                .Select(g => new Command { Id = g.Id, Year = g.Year, Code = g.Code, Name = g.Name, Kind = g.Kind })
                .FirstOrDefaultAsync(cancellationToken);

        /// <summary>The saved group's id, null if the group to edit is not the province's, or the errors.</summary>
        public async Task<(Guid? Id, IReadOnlyList<string> Errors)> HandleAsync(Command form, CancellationToken cancellationToken)
        {
            EmulationGroup? group;
            if (form.Id is { } id)
            {
                group = await db.EmulationGroups.FirstOrDefaultAsync(g => g.Id == id, cancellationToken);
                if (group is null)
                {
                    return (null, []);
                }

                form.Year = group.Year;
                group.Update(form.Code!, form.Name!, form.Kind!.Value);
            }
            else
            {
                var tenantId = db.CurrentTenantId ?? throw new InvalidOperationException("No province is signed in.");
                group = new EmulationGroup(tenantId, Guid.CreateVersion7(), form.Year!.Value, form.Code!, form.Name!, form.Kind!.Value);
                db.EmulationGroups.Add(group);
            }

            return (group.Id, await db.TrySaveAsync(cancellationToken));
        }
    }
}
