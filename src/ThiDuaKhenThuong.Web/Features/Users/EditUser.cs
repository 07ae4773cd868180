using System.ComponentModel.DataAnnotations;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Infrastructure.Auditing;
using ThiDuaKhenThuong.Infrastructure.Identity;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Users;

/// <summary>Name, e-mail, unit and roles of an account of the admin's province. A role change ends the account's sessions.</summary>
public static class EditUser
{
    public sealed class Command : UserForm.IFields
    {
        public Guid Id { get; set; }

        public string UserName { get; set; } = string.Empty;

        [Display(Name = "Họ và tên")]
        public string FullName { get; set; } = string.Empty;

        [Display(Name = "Thư điện tử")]
        public string? Email { get; set; }

        [Display(Name = "Đơn vị")]
        public Guid? UnitId { get; set; }

        public List<string> Roles { get; set; } = [];
    }

    public sealed record Model(Command Command, IReadOnlyList<UserForm.UnitOption> Units);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(AppDbContext db, ICurrentActor actor)
        {
            UserForm.AddRules(this, db);
            RuleFor(c => c.Roles).Must(r => r.Contains(Domain.Identity.Roles.TenantAdmin))
                .When(c => c.Id == actor.UserId).WithMessage("Bạn không thể bỏ vai trò quản trị của chính mình.");
        }
    }

    public sealed class Handler(AppDbContext db, UserManager<AppUser> users, SessionRevoker sessions, ICurrentActor actor, TimeProvider clock)
    {
        /// <summary>The form filled from the account, or null when the account is not one of the province's.</summary>
        public async Task<Command?> LoadAsync(Guid id, CancellationToken cancellationToken)
        {
            var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == id && u.TenantId != null, cancellationToken);
            return user is null ? null : new Command
            {
                Id = user.Id,
                UserName = user.UserName ?? string.Empty,
                FullName = user.FullName,
                Email = user.Email,
                UnitId = user.UnitId,
                Roles = await UserChangeLog.RolesOfAsync(db, id, cancellationToken),
            };
        }

        /// <summary>Null when the account is not found; otherwise the errors (none on success).</summary>
        public async Task<IReadOnlyList<string>?> HandleAsync(Command command, CancellationToken cancellationToken)
        {
            var user = await db.Users.FirstOrDefaultAsync(u => u.Id == command.Id && u.TenantId != null, cancellationToken);
            if (user is null)
            {
                return null;
            }

            var oldRoles = await UserChangeLog.RolesOfAsync(db, user.Id, cancellationToken);
            var newRoles = command.Roles.Distinct(StringComparer.Ordinal).ToList();
            var changes = new Dictionary<string, string?[]>();
            var email = string.IsNullOrWhiteSpace(command.Email) ? null : command.Email.Trim();
            Track(changes, "Họ và tên", user.FullName, command.FullName.Trim());
            Track(changes, "Thư điện tử", user.Email, email);
            if (user.UnitId != command.UnitId)
            {
                changes["Đơn vị"] = [await CreateUser.UnitNameAsync(db, user.UnitId, cancellationToken), await CreateUser.UnitNameAsync(db, command.UnitId, cancellationToken)];
            }

            var rolesChanged = !oldRoles.ToHashSet().SetEquals(newRoles);
            if (rolesChanged)
            {
                changes["Vai trò"] = [UserChangeLog.RoleList(oldRoles), UserChangeLog.RoleList(newRoles)];
            }

            if (changes.Count == 0)
            {
                return [];
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            user.FullName = command.FullName.Trim();
            user.Email = email;
            user.UnitId = command.UnitId;
            var results = new List<IdentityResult> { await users.UpdateAsync(user) };
            if (rolesChanged)
            {
                results.Add(await users.RemoveFromRolesAsync(user, oldRoles.Except(newRoles)));
                results.Add(await users.AddToRolesAsync(user, newRoles.Except(oldRoles)));
                // The session carries the roles: end every open session so the new roles apply at the next sign-in.
                results.Add(await users.UpdateSecurityStampAsync(user));
                await sessions.RevokeAllAsync(user.Id, cancellationToken);
            }

            var errors = results.SelectMany(r => r.Errors).Select(e => e.Description).ToList();
            if (errors.Count > 0)
            {
                return errors;
            }

            UserChangeLog.Record(db, actor, clock, user, ChangeAction.Updated, changes);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return [];
        }

        private static void Track(Dictionary<string, string?[]> changes, string field, string? before, string? after)
        {
            if (!string.Equals(before, after, StringComparison.Ordinal))
            {
                changes[field] = [before, after];
            }
        }
    }
}
