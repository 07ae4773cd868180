namespace ThiDuaKhenThuong.Infrastructure.Persistence;

internal static class DbCollations
{
    /// <summary>ICU collation for Vietnamese alphabetical order (created by the first migration).</summary>
    public const string Vietnamese = "vi_vn";
}
