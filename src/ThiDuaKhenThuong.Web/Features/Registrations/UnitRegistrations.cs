using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Campaigns;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Tenancy;
using ThiDuaKhenThuong.Web.Features.Catalog;

namespace ThiDuaKhenThuong.Web.Features.Registrations;

/// <summary>A unit's own registrations of a year: the list, adding one (picked from the registry or typed), removing one.</summary>
public static class UnitRegistrations
{
    public sealed record Row(Guid Id, NomineeKind Kind, string NomineeName, bool FromRegistry, string AwardCode, string AwardName);

    public sealed record Model(int Year, string UnitName, IReadOnlyList<Row> Rows, bool CanEdit, AddCommand Form,
        IReadOnlyList<(Guid Id, string Name)> People, IReadOnlyList<(Guid Id, string Name)> Collectives, IReadOnlyList<(string Code, string Name)> Awards);

    public sealed class AddCommand
    {
        [Display(Name = "Năm")]
        public int Year { get; set; }

        [Display(Name = "Loại")]
        public NomineeKind Kind { get; set; } = NomineeKind.Person;

        /// <summary>A person or collective of the unit, picked from the registry.</summary>
        public Guid? NomineeId { get; set; }

        /// <summary>A name typed when the nominee is not in the registry yet.</summary>
        public string? NomineeName { get; set; }

        public string? AwardCode { get; set; }
    }

    public sealed class Validator : AbstractValidator<AddCommand>
    {
        public Validator(TimeProvider clock)
        {
            var year = clock.GetLocalNow().Year;
            RuleFor(c => c.Year).InclusiveBetween(year - 1, year + 1).WithMessage($"Năm đăng ký phải từ {year - 1} đến {year + 1}.");
            RuleFor(c => c.Kind).IsInEnum().WithMessage("Vui lòng chọn cá nhân hoặc tập thể.");
            RuleFor(c => c.NomineeName).NotEmpty().When(c => c.NomineeId is null)
                .WithMessage("Vui lòng chọn cá nhân, tập thể trong danh sách hoặc nhập tên.");
            RuleFor(c => c.NomineeName).MaximumLength(300).WithMessage("Tên tối đa 300 ký tự.");
            RuleFor(c => c.AwardCode).NotEmpty().WithMessage("Vui lòng chọn danh hiệu, hình thức đăng ký.");
        }
    }

    public sealed class Handler(AppDbContext db, ITenantContext tenant, TimeProvider clock, ReadCatalog.Handler catalog)
    {
        public async Task<Model> ReadAsync(Guid unitId, int year, bool canEdit, AddCommand? form, CancellationToken cancellationToken)
        {
            var awards = (await catalog.HandleAsync(cancellationToken)).AwardTypes;
            var names = awards.ToDictionary(a => a.Code, a => a.ShortName);
            var rows = await db.TitleRegistrations.AsNoTracking().Where(r => r.UnitId == unitId && r.Year == year)
                .OrderBy(r => r.NomineeKind).ThenBy(r => r.NomineeName).ToListAsync(cancellationToken);
            var people = await db.People.AsNoTracking().Where(p => p.UnitId == unitId).OrderBy(p => p.FullName).Take(2000)
                .Select(p => new { p.Id, p.FullName }).ToListAsync(cancellationToken);
            var collectives = await db.Collectives.AsNoTracking().Where(c => c.UnitId == unitId).OrderBy(c => c.Name).Take(2000)
                .Select(c => new { c.Id, c.Name }).ToListAsync(cancellationToken);
            var unitName = await db.Units.Where(u => u.Id == unitId).Select(u => u.Name).FirstOrDefaultAsync(cancellationToken) ?? "";
            return new Model(
                year, unitName,
                [.. rows.Select(r => new Row(r.Id, r.NomineeKind, r.NomineeName, r.NomineeId is not null, r.AwardCode, names.GetValueOrDefault(r.AwardCode, r.AwardCode)))],
                canEdit, form ?? new AddCommand { Year = year },
                [.. people.Select(p => (p.Id, p.FullName))], [.. collectives.Select(c => (c.Id, c.Name))],
                RegistrationLookup.AwardChoices(awards));
        }

        /// <summary>Null when saved; otherwise the Vietnamese reason.</summary>
        public async Task<string?> AddAsync(Guid unitId, Guid userId, AddCommand command, CancellationToken cancellationToken)
        {
            var award = (await catalog.HandleAsync(cancellationToken)).Award(command.AwardCode!);
            if (award is null)
            {
                return "Danh hiệu, hình thức được chọn không có trong danh mục.";
            }

            if (!award.IsFor(command.Kind == NomineeKind.Person ? RecipientKinds.Individual : RecipientKinds.Collective))
            {
                return $"{award.ShortName} không dành cho {(command.Kind == NomineeKind.Person ? "cá nhân" : "tập thể")}.";
            }

            string name;
            if (command.NomineeId is { } nomineeId)
            {
                var found = command.Kind == NomineeKind.Person
                    ? await db.People.Where(p => p.Id == nomineeId && p.UnitId == unitId).Select(p => p.FullName).FirstOrDefaultAsync(cancellationToken)
                    : await db.Collectives.Where(c => c.Id == nomineeId && c.UnitId == unitId).Select(c => c.Name).FirstOrDefaultAsync(cancellationToken);
                if (found is null)
                {
                    return "Cá nhân, tập thể được chọn không thuộc đơn vị.";
                }

                name = found;
            }
            else
            {
                name = command.NomineeName!.Trim();
            }

            var registration = new TitleRegistration(tenant.TenantId!.Value, Guid.CreateVersion7(), unitId, command.Year, command.Kind, command.NomineeId, name, award.Code, userId, clock.GetUtcNow());
            var existing = await db.TitleRegistrations.Where(r => r.UnitId == unitId && r.Year == command.Year && r.AwardCode == award.Code && r.NomineeKind == command.Kind).ToListAsync(cancellationToken);
            if (existing.Any(r => r.Covers(new NomineeRef(command.Kind, command.NomineeId ?? Guid.Empty, name)) || (command.NomineeId is null && string.Equals(r.NomineeName, name, StringComparison.OrdinalIgnoreCase))))
            {
                return $"{name} đã được đăng ký {award.ShortName} năm {command.Year}.";
            }

            db.TitleRegistrations.Add(registration);
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }

        /// <summary>False when the registration is not the unit's (another unit's or another province's alike).</summary>
        public async Task<bool> RemoveAsync(Guid unitId, Guid id, CancellationToken cancellationToken)
        {
            var registration = await db.TitleRegistrations.FirstOrDefaultAsync(r => r.Id == id && r.UnitId == unitId, cancellationToken);
            if (registration is null)
            {
                return false;
            }

            db.TitleRegistrations.Remove(registration);
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
    }
}
