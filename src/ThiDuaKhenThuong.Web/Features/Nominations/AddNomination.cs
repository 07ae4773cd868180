using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.People;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Web.Features.Catalog;
using ThiDuaKhenThuong.Web.Features.Dossiers;
using ThiDuaKhenThuong.Web.Features.Shared;

namespace ThiDuaKhenThuong.Web.Features.Nominations;

/// <summary>
/// Adds a person or collective of the registry to a draft dossier for an award meant for that kind of recipient, and
/// runs the eligibility check at once. The search ignores diacritics and lists the dossier's unit first.
/// </summary>
public static class AddNomination
{
    public const int MaxOptions = 50;

    public sealed class Command
    {
        /// <summary>The search text that filled the list.</summary>
        public string? Q { get; set; }

        /// <summary>"P:{id}" for a person, "C:{id}" for a collective.</summary>
        [Display(Name = "Cá nhân, tập thể")]
        public string? Nominee { get; set; }

        [Display(Name = "Danh hiệu, hình thức khen thưởng")]
        public string? AwardCode { get; set; }
    }

    public sealed record Option(string Value, string Label, bool OwnUnit);

    public sealed record AwardOption(string Code, string Name, RecipientKinds For);

    public sealed record Model(Dossier Dossier, Command Command, IReadOnlyList<Option> People, IReadOnlyList<Option> Collectives, IReadOnlyList<AwardOption> Awards);

    public sealed record Result(Guid? NominationId, string? Error);

    public sealed class Handler(AppDbContext db, ReadCatalog.Handler catalog, NominationEligibility.Handler eligibility)
    {
        public async Task<Model> FormAsync(Dossier dossier, Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(dossier);
            ArgumentNullException.ThrowIfNull(command);
            var people = db.People.AsNoTracking();
            var collectives = db.Collectives.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(command.Q))
            {
                var text = command.Q.Trim();
                var pattern = "%" + LikePattern.Escape(text) + "%";
                people = people.Where(p => EF.Functions.ILike(EF.Functions.Unaccent(p.FullName), EF.Functions.Unaccent(pattern), "\\") || p.NationalId == text);
                collectives = collectives.Where(c => EF.Functions.ILike(EF.Functions.Unaccent(c.Name), EF.Functions.Unaccent(pattern), "\\"));
            }

            var unitId = dossier.UnitId;
            var personOptions = await people.OrderBy(p => p.UnitId == unitId ? 0 : 1).ThenBy(p => p.FullName).Take(MaxOptions)
                .Select(p => new Option("P:" + p.Id, p.FullName + (p.BirthYear != null ? " (" + p.BirthYear + ")" : "") + " – " + db.Units.Where(u => u.Id == p.UnitId).Select(u => u.Name).FirstOrDefault(), p.UnitId == unitId))
                .ToListAsync(cancellationToken);
            var collectiveOptions = await collectives.OrderBy(c => c.UnitId == unitId ? 0 : 1).ThenBy(c => c.Name).Take(MaxOptions)
                .Select(c => new Option("C:" + c.Id, c.Name, c.UnitId == unitId))
                .ToListAsync(cancellationToken);
            var awards = (await catalog.HandleAsync(cancellationToken)).AwardTypes
                .Where(a => a.Allows(dossier.Kind))
                .Select(a => new AwardOption(a.Code, a.Name, a.RecipientKinds)).ToList();
            return new Model(dossier, command, personOptions, collectiveOptions, awards);
        }

        public async Task<Result> AddAsync(Dossier dossier, Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(dossier);
            ArgumentNullException.ThrowIfNull(command);
            var nominee = await NomineeAsync(command.Nominee, cancellationToken);
            if (nominee is null)
            {
                return new Result(null, "Vui lòng chọn cá nhân hoặc tập thể trong danh sách.");
            }

            var award = string.IsNullOrEmpty(command.AwardCode) ? null : (await catalog.HandleAsync(cancellationToken)).Award(command.AwardCode);
            if (award is null)
            {
                return new Result(null, "Vui lòng chọn danh hiệu, hình thức khen thưởng.");
            }

            if (!award.IsFor(nominee.Value.Recipient))
            {
                return new Result(null, $"{award.Name} không dành cho {(nominee.Value.Ref.Kind == NomineeKind.Person ? "cá nhân" : "tập thể")}.");
            }

            if (!award.Allows(dossier.Kind))
            {
                return new Result(null, $"{award.Name} không áp dụng cho loại hình khen thưởng của hồ sơ này.");
            }

            Nomination nomination;
            try
            {
                nomination = dossier.AddNomination(Guid.CreateVersion7(), nominee.Value.Ref, award.Code);
            }
            catch (DossierRuleException rule)
            {
                return new Result(null, rule.Message);
            }

            db.Nominations.Add(nomination);
            await eligibility.CheckAsync(dossier, nomination, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            return new Result(nomination.Id, null);
        }

        private async Task<(NomineeRef Ref, RecipientKinds Recipient)?> NomineeAsync(string? value, CancellationToken cancellationToken)
        {
            if (value is not { Length: > 2 } || !Guid.TryParse(value[2..], out var id))
            {
                return null;
            }

            if (value.StartsWith("P:", StringComparison.Ordinal))
            {
                var name = await db.People.Where(p => p.Id == id).Select(p => p.FullName).FirstOrDefaultAsync(cancellationToken);
                return name is null ? null : (new NomineeRef(NomineeKind.Person, id, name), RecipientKinds.Individual);
            }

            if (value.StartsWith("C:", StringComparison.Ordinal))
            {
                var collective = await db.Collectives.Where(c => c.Id == id).Select(c => new { c.Name, c.Kind }).FirstOrDefaultAsync(cancellationToken);
                return collective is null ? null
                    : (new NomineeRef(NomineeKind.Collective, id, collective.Name), collective.Kind == CollectiveKind.Household ? RecipientKinds.Household : RecipientKinds.Collective);
            }

            return null;
        }
    }
}
