using Microsoft.EntityFrameworkCore;

namespace ThiDuaKhenThuong.Infrastructure.Persistence;

/// <summary>
/// Database functions used by searches. A static method of the context marked <see cref="DbFunctionAttribute"/> is
/// registered by EF's convention, so no line in OnModelCreating is needed.
/// </summary>
public sealed partial class AppDbContext
{
    /// <summary>
    /// <c>public.f_unaccent(text)</c>: the IMMUTABLE wrapper of <c>unaccent</c> created by the PeopleSearch migration.
    /// An expression index on <c>f_unaccent(lower(full_name))</c> serves
    /// <c>EF.Functions.ILike(AppDbContext.Unaccent(p.FullName.ToLower()), AppDbContext.Unaccent(pattern), "\\")</c>.
    /// </summary>
    [DbFunction("f_unaccent", "public", IsBuiltIn = false)]
    public static string Unaccent(string text) => throw new InvalidOperationException("AppDbContext.Unaccent runs only inside a database query.");
}
