using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Infrastructure.Auditing;
using ThiDuaKhenThuong.Infrastructure.Identity;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Web.Features.Users;

/// <summary>Disable, enable, unlock and password reset of an account of the admin's province, each recorded in the change log.</summary>
public static class AccountActions
{
    public enum Action
    {
        Disable,
        Enable,
        Unlock,
        ResetPassword,
    }

    /// <summary><see cref="Found"/> false: not an account of this province. <see cref="Error"/>: refused, with the reason.</summary>
    public sealed record Result(bool Found, string? Error = null, string? Password = null);

    public sealed class Handler(AppDbContext db, UserManager<AppUser> users, SessionRevoker sessions, ICurrentActor actor, TimeProvider clock)
    {
        public async Task<Result> HandleAsync(Guid id, Action action, CancellationToken cancellationToken)
        {
            var user = await db.Users.FirstOrDefaultAsync(u => u.Id == id && u.TenantId != null, cancellationToken);
            if (user is null)
            {
                return new Result(false);
            }

            if (user.Id == actor.UserId && action is Action.Disable)
            {
                return new Result(true, "Bạn không thể vô hiệu hóa tài khoản của chính mình.");
            }

            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            string? password = null;
            var changes = new Dictionary<string, string?[]>();
            IdentityResult result;
            switch (action)
            {
                case Action.Disable:
                    user.IsDisabled = true;
                    changes["Trạng thái"] = ["Đang hoạt động", "Đã vô hiệu hóa"];
                    result = await users.UpdateSecurityStampAsync(user);
                    await sessions.RevokeAllAsync(user.Id, cancellationToken);
                    break;
                case Action.Enable:
                    user.IsDisabled = false;
                    changes["Trạng thái"] = ["Đã vô hiệu hóa", "Đang hoạt động"];
                    result = await users.UpdateAsync(user);
                    break;
                case Action.Unlock:
                    changes["Khóa tạm thời"] = ["Đang khóa", "Đã mở khóa"];
                    await users.ResetAccessFailedCountAsync(user);
                    result = await users.SetLockoutEndDateAsync(user, null);
                    break;
                case Action.ResetPassword:
                    password = GeneratedPassword.Create();
                    changes["Mật khẩu"] = [null, "Đặt lại (mật khẩu do hệ thống tạo)"];
                    result = await users.RemovePasswordAsync(user);
                    if (result.Succeeded)
                    {
                        // AddPassword also renews the security stamp; the sessions are ended explicitly as well.
                        result = await users.AddPasswordAsync(user, password);
                    }

                    await sessions.RevokeAllAsync(user.Id, cancellationToken);
                    break;
                default:
                    return new Result(false);
            }

            if (!result.Succeeded)
            {
                return new Result(true, string.Join(" ", result.Errors.Select(e => e.Description)));
            }

            UserChangeLog.Record(db, actor, clock, user, ChangeAction.Updated, changes);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new Result(true, null, password);
        }
    }
}
