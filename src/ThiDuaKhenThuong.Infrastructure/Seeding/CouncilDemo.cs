using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Domain.Council;
using ThiDuaKhenThuong.Domain.Tenancy;
using ThiDuaKhenThuong.Infrastructure.Persistence;

namespace ThiDuaKhenThuong.Infrastructure.Seeding;

/// <summary>
/// The demo councils: Thái Bình's current 2021–2026 term with its usual make-up (the chair of the provincial People's
/// Committee chairs it, the director of Home Affairs is the standing vice-chair, heads of the Front, mass organisations
/// and departments are members), and a small Hưng Yên council. The council member demo account is linked.
/// </summary>
public sealed class CouncilDemo(AppDbContext db, TimeProvider clock) : IDemoSeedStep
{
    private sealed record Seat(string FullName, string Position, CouncilRole Role, string? UnitCode, string? UserName = null);

    public int Order => 20;

    private static readonly Seat[] ThaiBinh =
    [
        new("Nguyễn Khắc Thận", "Chủ tịch UBND tỉnh", CouncilRole.ChairMan, "UBND"),
        new("Vũ Đức Thắng", "Giám đốc Sở Nội vụ", CouncilRole.StandingViceChair, "SNV", "tb.hoidong"),
        new("Lại Văn Hoàn", "Phó Chủ tịch Thường trực UBND tỉnh", CouncilRole.ViceChair, "UBND"),
        new("Nguyễn Quang Hưng", "Phó Chủ tịch UBND tỉnh", CouncilRole.ViceChair, "UBND"),
        new("Đặng Trọng Thăng", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh", CouncilRole.ViceChair, "MTTQ"),
        new("Phạm Văn Xuyên", "Chủ tịch Liên đoàn Lao động tỉnh", CouncilRole.Member, "LDLD"),
        new("Nguyễn Thị Thu Hà", "Chủ tịch Hội Liên hiệp Phụ nữ tỉnh", CouncilRole.Member, "HLHPN"),
        new("Trần Văn Quân", "Chủ tịch Hội Nông dân tỉnh", CouncilRole.Member, "HND"),
        new("Bùi Quang Đức", "Bí thư Tỉnh đoàn", CouncilRole.Member, "TINHDOAN"),
        new("Hà Văn Thành", "Chủ tịch Hội Cựu chiến binh tỉnh", CouncilRole.Member, "HCCB"),
        new("Lê Minh Tuấn", "Trưởng ban Ban Thi đua - Khen thưởng tỉnh", CouncilRole.Member, "BTDKT"),
        new("Phạm Thị Hằng", "Chánh Văn phòng UBND tỉnh", CouncilRole.Member, "VP-UBND"),
        new("Vũ Văn Sơn", "Giám đốc Sở Tài chính", CouncilRole.Member, "STC"),
        new("Nguyễn Văn Dũng", "Giám đốc Sở Giáo dục và Đào tạo", CouncilRole.Member, "SGDDT"),
        new("Trần Thị Bích Hằng", "Giám đốc Sở Y tế", CouncilRole.Member, "SYT"),
        new("Đỗ Văn Hải", "Giám đốc Sở Lao động - Thương binh và Xã hội", CouncilRole.Member, "SLDTBXH"),
        new("Ngô Quang Vinh", "Giám đốc Sở Kế hoạch và Đầu tư", CouncilRole.Member, "SKHDT"),
        new("Hoàng Văn Lâm", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn", CouncilRole.Member, "SNNPTNT"),
    ];

    private static readonly Seat[] HungYen =
    [
        new("Nguyễn Duy Hưng", "Chủ tịch UBND tỉnh", CouncilRole.ChairMan, "UBND"),
        new("Trịnh Văn Sơn", "Giám đốc Sở Nội vụ", CouncilRole.StandingViceChair, "SNV", "hy.hoidong"),
        new("Phạm Minh Tuấn", "Phó Chủ tịch UBND tỉnh", CouncilRole.ViceChair, "UBND"),
        new("Phan Văn Long", "Trưởng ban Ban Thi đua - Khen thưởng tỉnh", CouncilRole.Member, "BTDKT"),
        new("Đỗ Thị Thanh", "Giám đốc Sở Tài chính", CouncilRole.Member, "STC"),
    ];

    /// <summary>
    /// tb.hoidong02 … tb.hoidong18: one account for each other seat of Thái Bình's council (tb.hoidong holds the standing
    /// vice-chair's), so that a whole session can be voted in the browser.
    /// </summary>
    public static IReadOnlyList<DemoAccount> ThaiBinhSeatAccounts() =>
        ThaiBinh.Where(s => s.UserName is null)
            .Select((s, i) => new DemoAccount(string.Create(CultureInfo.InvariantCulture, $"tb.hoidong{i + 2:00}"), Roles.CouncilMember, DemoTenants.ThaiBinhCode, s.UnitCode, s.FullName, Compact: true))
            .ToList();

    public async Task SeedAsync(Tenant province, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(province);
        var seats = province.Code == DemoTenants.ThaiBinhCode ? ThaiBinh : province.Code == DemoTenants.HungYenCode ? HungYen : [];
        if (seats.Length == 0)
        {
            return;
        }

        if (await db.CouncilTerms.AnyAsync(cancellationToken))
        {
            await LinkSeatAccountsAsync(province, cancellationToken);
            return;
        }

        var start = new DateOnly(2021, 7, 1);
        var term = new CouncilTerm(province.Id, Guid.CreateVersion7(clock.GetUtcNow()), "Nhiệm kỳ 2021 – 2026", start, new DateOnly(2026, 6, 30),
            province.Code == DemoTenants.ThaiBinhCode ? "1568/QĐ-UBND" : "1102/QĐ-UBND");
        db.CouncilTerms.Add(term);
        var units = await UnitCodes.ByCodeAsync(db, new DateOnly(2025, 1, 1), cancellationToken);
        var names = seats.Where(s => s.UserName is not null).Select(s => s.UserName).ToList();
        var accounts = await db.Users.Where(u => names.Contains(u.UserName)).ToDictionaryAsync(u => u.UserName!, u => u.Id, cancellationToken);
        var seatAccounts = province.Code == DemoTenants.ThaiBinhCode ? ThaiBinhSeatAccounts() : [];
        foreach (var seat in seats)
        {
            var member = new CouncilMember(province.Id, Guid.CreateVersion7(clock.GetUtcNow()), term.Id, seat.FullName, seat.Position, seat.Role, start, null);
            member.Update(seat.FullName, seat.Position, seat.Role,
                seat.UnitCode is not null && units.TryGetValue(seat.UnitCode, out var unitId) ? unitId : null,
                seat.UserName is not null && accounts.TryGetValue(seat.UserName, out var userId) ? userId : await SeatAccountAsync(seatAccounts, seat.FullName, cancellationToken),
                start, null);
            db.CouncilMembers.Add(member);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<Guid?> SeatAccountAsync(IReadOnlyList<DemoAccount> seatAccounts, string fullName, CancellationToken cancellationToken)
    {
        var name = seatAccounts.FirstOrDefault(a => a.FullName == fullName)?.UserName;
        return name is null ? null : await db.Users.Where(u => u.UserName == name).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>A database seeded before the seat accounts existed: link each unlinked seat to its account.</summary>
    private async Task LinkSeatAccountsAsync(Tenant province, CancellationToken cancellationToken)
    {
        if (province.Code != DemoTenants.ThaiBinhCode)
        {
            return;
        }

        var accounts = ThaiBinhSeatAccounts();
        var names = accounts.Select(a => a.FullName).ToList();
        foreach (var member in await db.CouncilMembers.Where(m => m.UserId == null && names.Contains(m.FullName)).ToListAsync(cancellationToken))
        {
            if (await SeatAccountAsync(accounts, member.FullName, cancellationToken) is { } userId)
            {
                member.Update(member.FullName, member.Position, member.Role, member.UnitId, userId, member.StartsOn, member.EndsOn);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
