using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Council;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Tenancy;

namespace ThiDuaKhenThuong.Web.Features.Council;

/// <summary>Adds or edits a member of a term: dates within the term, one chair at a time, unit and account of the province.</summary>
public static class SaveMember
{
    public sealed class Command
    {
        public Guid? Id { get; set; }

        public Guid TermId { get; set; }

        [Display(Name = "Họ và tên")]
        public string FullName { get; set; } = string.Empty;

        [Display(Name = "Chức vụ")]
        public string Position { get; set; } = string.Empty;

        [Display(Name = "Chức danh trong Hội đồng")]
        public CouncilRole Role { get; set; } = CouncilRole.Member;

        [Display(Name = "Đơn vị")]
        public Guid? UnitId { get; set; }

        [Display(Name = "Tài khoản (tên đăng nhập)")]
        public string? UserName { get; set; }

        [Display(Name = "Từ ngày")]
        public DateOnly? StartsOn { get; set; }

        [Display(Name = "Đến ngày")]
        public DateOnly? EndsOn { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(AppDbContext db)
        {
            RuleFor(c => c.FullName).NotEmpty().WithMessage("Vui lòng nhập họ và tên.").MaximumLength(200).WithMessage("Họ và tên không được dài quá 200 ký tự.");
            RuleFor(c => c.Position).NotEmpty().WithMessage("Vui lòng nhập chức vụ.").MaximumLength(300).WithMessage("Chức vụ không được dài quá 300 ký tự.");
            RuleFor(c => c.Role).IsInEnum().WithMessage("Chức danh trong Hội đồng không hợp lệ.");
            RuleFor(c => c.StartsOn).NotEmpty().WithMessage("Vui lòng nhập ngày bắt đầu tham gia.");
            RuleFor(c => c.EndsOn).GreaterThanOrEqualTo(c => c.StartsOn).When(c => c.StartsOn is not null && c.EndsOn is not null)
                .WithMessage("Ngày thôi tham gia phải sau ngày bắt đầu.");
            RuleFor(c => c.UnitId).MustAsync(async (id, ct) => await db.Units.AnyAsync(u => u.Id == id, ct))
                .When(c => c.UnitId is not null).WithMessage("Đơn vị không thuộc tỉnh của bạn.");
            RuleFor(c => c.UserName).MustAsync(async (name, ct) => await db.Users.AnyAsync(u => u.UserName == name!.Trim() && u.TenantId != null, ct))
                .When(c => !string.IsNullOrWhiteSpace(c.UserName)).WithMessage("Không có tài khoản '{PropertyValue}' trong tỉnh.");
            RuleFor(c => c).CustomAsync(async (c, context, ct) =>
            {
                var term = await db.CouncilTerms.AsNoTracking().FirstOrDefaultAsync(t => t.Id == c.TermId, ct);
                if (term is null || c.StartsOn is not { } from)
                {
                    return;
                }

                if (from < term.StartsOn || from > term.EndsOn || c.EndsOn > term.EndsOn)
                {
                    context.AddFailure(string.Empty, $"Thời gian tham gia phải nằm trong nhiệm kỳ ({term.StartsOn:dd/MM/yyyy} – {term.EndsOn:dd/MM/yyyy}).");
                }

                if (c.Role == CouncilRole.ChairMan)
                {
                    var chairs = await db.CouncilMembers.AsNoTracking().Where(m => m.TermId == c.TermId && m.Role == CouncilRole.ChairMan && m.Id != c.Id).ToListAsync(ct);
                    if (chairs.FirstOrDefault(m => m.Overlaps(from, c.EndsOn, term.EndsOn)) is { } other)
                    {
                        context.AddFailure(string.Empty, $"Mỗi thời điểm Hội đồng chỉ có một Chủ tịch: {other.FullName} đang là Chủ tịch trong thời gian này.");
                    }
                }
            });
        }
    }

    /// <summary><see cref="Found"/> false: the term or member is not the province's. <see cref="Warning"/>: saved, but worth a look.</summary>
    public sealed record Result(bool Found, string? Warning = null);

    public sealed class Handler(AppDbContext db, ITenantContext tenant, TimeProvider clock)
    {
        public async Task<bool> TermExistsAsync(Guid termId, CancellationToken cancellationToken) => await db.CouncilTerms.AnyAsync(t => t.Id == termId, cancellationToken);

        public async Task<Command?> LoadAsync(Guid id, CancellationToken cancellationToken)
        {
            var m = await db.CouncilMembers.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
            return m is null ? null : new Command
            {
                Id = m.Id, TermId = m.TermId, FullName = m.FullName, Position = m.Position, Role = m.Role, UnitId = m.UnitId, StartsOn = m.StartsOn, EndsOn = m.EndsOn,
                UserName = m.UserId is { } userId ? await db.Users.Where(u => u.Id == userId).Select(u => u.UserName).FirstOrDefaultAsync(cancellationToken) : null,
            };
        }

        public async Task<Result> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var user = string.IsNullOrWhiteSpace(command.UserName) ? null
                : await db.Users.Where(u => u.UserName == command.UserName.Trim() && u.TenantId != null).Select(u => new
                {
                    u.Id,
                    IsCouncilMember = db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.CouncilMember)),
                }).FirstOrDefaultAsync(cancellationToken);
            var member = command.Id is { } id
                ? await db.CouncilMembers.FirstOrDefaultAsync(m => m.Id == id && m.TermId == command.TermId, cancellationToken)
                : new CouncilMember(tenant.TenantId!.Value, Guid.CreateVersion7(clock.GetUtcNow()), command.TermId, command.FullName, command.Position, command.Role, command.StartsOn!.Value, command.EndsOn);
            if (member is null)
            {
                return new Result(false);
            }

            member.Update(command.FullName, command.Position, command.Role, command.UnitId, user?.Id, command.StartsOn!.Value, command.EndsOn);
            if (command.Id is null)
            {
                db.CouncilMembers.Add(member);
            }

            await db.SaveChangesAsync(cancellationToken);
            return new Result(true, user is { IsCouncilMember: false }
                ? $"Lưu ý: tài khoản {command.UserName!.Trim()} chưa có vai trò \"{Roles.Label(Roles.CouncilMember)}\", nên chưa thể bỏ phiếu. Hãy gán vai trò này ở trang tài khoản."
                : null);
        }
    }
}
