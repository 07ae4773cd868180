using ThiDuaKhenThuong.Domain.Catalog;

namespace ThiDuaKhenThuong.Web.Features.Catalog;

/// <summary>Formatting shared by the catalog views.</summary>
public static class CatalogView
{
    public static string Recipients(RecipientKinds kinds)
    {
        var labels = new List<string>();
        if (kinds.HasFlag(RecipientKinds.Individual))
        {
            labels.Add("Cá nhân");
        }

        if (kinds.HasFlag(RecipientKinds.Collective))
        {
            labels.Add("Tập thể");
        }

        if (kinds.HasFlag(RecipientKinds.Household))
        {
            labels.Add("Hộ gia đình");
        }

        return string.Join(", ", labels);
    }

    /// <summary>Half-open periods are shown with their last day in force, as people read them.</summary>
    public static string Validity(DateOnly from, DateOnly? to) =>
        "từ " + from.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)
        + (to is { } end ? " đến hết " + end.AddDays(-1).ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture) : " (đang có hiệu lực)");

    public static string Status(EligibilityStatus status) => status switch
    {
        EligibilityStatus.Pass => "Đạt",
        EligibilityStatus.Fail => "Không đạt",
        EligibilityStatus.Unknown => "Chưa đủ dữ liệu",
    };

    public static string StatusClass(EligibilityStatus status) => status switch
    {
        EligibilityStatus.Pass => "text-success",
        EligibilityStatus.Fail => "text-danger",
        EligibilityStatus.Unknown => "text-warning-emphasis",
    };
}
