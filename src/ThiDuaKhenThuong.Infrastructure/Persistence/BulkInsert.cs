using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace ThiDuaKhenThuong.Infrastructure.Persistence;

/// <summary>
/// Inserts many added entities of one type with a single <c>INSERT … SELECT FROM unnest(…)</c> statement, columns and
/// values taken from the EF model (converters included). One statement matters where a table has statement-level
/// triggers (nominations keep the search dictionary that way): EF's batches send one statement per row, so such a
/// trigger would run once per row. Row security still applies (the statement runs as the app on the tenant's
/// connection). The caller runs it inside a transaction, and afterwards marks the entries unchanged.
/// </summary>
public static class BulkInsert
{
    public static async Task<int> InsertAsync(DbContext db, IReadOnlyList<EntityEntry> entries, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(entries);
        if (entries.Count == 0)
        {
            return 0;
        }

        var type = entries[0].Metadata;
        if (entries.Any(e => e.Metadata != type || e.State != EntityState.Added))
        {
            throw new InvalidOperationException("Bulk insert takes added entities of one type only.");
        }

        var table = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());
        var columns = new List<(IProperty Property, Func<EntityEntry, object?> Read)>();
        foreach (var property in type.GetProperties())
        {
            // A value the database makes (identity, sequence) is left to it unless a row carries one of its own.
            if (property.ValueGenerated != ValueGenerated.Never
                && entries.All(e => e.Property(property.Name).IsTemporary || IsDefault(e.Property(property.Name).CurrentValue)))
            {
                continue;
            }

            columns.Add((property, e => e.Property(property.Name).CurrentValue));
        }

        foreach (var complex in type.GetComplexProperties())
        {
            foreach (var property in complex.ComplexType.GetProperties())
            {
                columns.Add((property, e => e.ComplexProperty(complex.Name).Property(property.Name).CurrentValue));
            }
        }

        columns.RemoveAll(c => c.Property.GetColumnName(table) is null || c.Property.GetComputedColumnSql(table) is not null
            || c.Property.ValueGenerated == ValueGenerated.OnAddOrUpdate);

        var sql = new StringBuilder("INSERT INTO ").Append(Quote(table.Name)).Append(" (")
            .AppendJoin(", ", columns.Select(c => Quote(c.Property.GetColumnName(table)!)))
            .Append(") SELECT ")
            .AppendJoin(", ", columns.Select((c, i) => string.Create(CultureInfo.InvariantCulture, $"c{i}::{c.Property.GetColumnType(table)}")))
            .Append(" FROM unnest(")
            .AppendJoin(", ", columns.Select((_, i) => string.Create(CultureInfo.InvariantCulture, $"@p{i}")))
            .Append(") AS u(")
            .AppendJoin(", ", columns.Select((_, i) => string.Create(CultureInfo.InvariantCulture, $"c{i}")))
            .Append(')');

        var parameters = columns.Select((c, i) => (object)new NpgsqlParameter(string.Create(CultureInfo.InvariantCulture, $"p{i}"), Column(c.Property, entries, c.Read))).ToArray();
        return await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, cancellationToken);
    }

    /// <summary>One column's values as a typed array of provider values (text for anything converted to a string).</summary>
    private static Array Column(IProperty property, IReadOnlyList<EntityEntry> entries, Func<EntityEntry, object?> read)
    {
        var converter = property.GetTypeMapping().Converter;
        var clr = converter?.ProviderClrType ?? property.ClrType;
        clr = Nullable.GetUnderlyingType(clr) ?? clr;
        if (clr.IsEnum)
        {
            clr = Enum.GetUnderlyingType(clr);
        }

        var element = clr.IsValueType ? typeof(Nullable<>).MakeGenericType(clr) : clr;
        var values = Array.CreateInstance(element, entries.Count);
        for (var i = 0; i < entries.Count; i++)
        {
            var value = read(entries[i]);
            if (value is not null && converter is not null)
            {
                value = converter.ConvertToProvider(value);
            }

            if (value is Enum)
            {
                value = Convert.ChangeType(value, clr, CultureInfo.InvariantCulture);
            }

            values.SetValue(value, i);
        }

        return values;
    }

    private static bool IsDefault(object? value)
        => value is null || (value.GetType().IsValueType && value.Equals(Activator.CreateInstance(value.GetType())));

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
