using System.Globalization;
using Microsoft.AspNetCore.Identity;
using OtpNet;

namespace ThiDuaKhenThuong.Infrastructure.Identity;

/// <summary>
/// Authenticator-app codes (RFC 6238: SHA-1, 6 digits, 30 s) for two-step sign-in. Unlike Identity's built-in provider
/// (±90 s, reusable), a code is accepted only one step either side of now, and once: the accepted step is stored on the
/// account and that step or any earlier one is refused afterwards. Time comes from <see cref="TimeProvider"/>.
/// </summary>
public sealed class TotpAuthenticator(TimeProvider clock) : IUserTwoFactorTokenProvider<AppUser>
{
    public const string Issuer = "ThiDuaKhenThuong";

    private static readonly VerificationWindow Window = new(previous: 1, future: 1);

    public Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        return HasKeyAsync(manager, user);
    }

    /// <summary>The app generates codes, the server never sends one.</summary>
    public Task<string> GenerateAsync(string purpose, UserManager<AppUser> manager, AppUser user) => Task.FromResult(string.Empty);

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        var code = Normalise(token);
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (code is null || string.IsNullOrEmpty(key))
        {
            return false;
        }

        var totp = new Totp(Base32Encoding.ToBytes(key));
        if (!totp.VerifyTotp(clock.GetUtcNow().UtcDateTime, code, out var step, Window) || step <= (user.TotpLastStep ?? long.MinValue))
        {
            return false;
        }

        // The concurrency stamp makes two simultaneous uses of one code race: only one update succeeds.
        user.TotpLastStep = step;
        return (await manager.UpdateAsync(user)).Succeeded;
    }

    /// <summary>The current code for a key (for the development command and tests that play the user's phone).</summary>
    public static string CodeFor(string key, DateTimeOffset at) =>
        new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(at.UtcDateTime);

    /// <summary>The address an authenticator app reads from the QR code.</summary>
    public static string Uri(string account, string key) =>
        string.Create(CultureInfo.InvariantCulture, $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(account)}?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6&period=30");

    /// <summary>The key in groups of four, as people type it.</summary>
    public static string Grouped(string key) =>
        string.Join(' ', Enumerable.Range(0, (key.Length + 3) / 4).Select(i => key.Substring(i * 4, Math.Min(4, key.Length - (i * 4)))));

    private static string? Normalise(string? token)
    {
        var digits = new string((token ?? string.Empty).Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
        return digits.Length == 6 && digits.All(char.IsAsciiDigit) ? digits : null;
    }

    private static async Task<bool> HasKeyAsync(UserManager<AppUser> manager, AppUser user) =>
        !string.IsNullOrEmpty(await manager.GetAuthenticatorKeyAsync(user));
}
