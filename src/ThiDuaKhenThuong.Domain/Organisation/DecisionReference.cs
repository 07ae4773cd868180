namespace ThiDuaKhenThuong.Domain.Organisation;

/// <summary>The decision that ordered a change: its number (số, ký hiệu) and date (ngày ban hành).</summary>
public sealed record DecisionReference
{
    public const int MaxNumberLength = 100;

    public DecisionReference(string number, DateOnly date)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            throw new OrganisationRuleException("Vui lòng nhập số quyết định.");
        }

        if (number.Trim().Length > MaxNumberLength)
        {
            throw new OrganisationRuleException($"Số quyết định dài tối đa {MaxNumberLength} ký tự.");
        }

        Number = number.Trim();
        Date = date;
    }

    public string Number { get; }

    public DateOnly Date { get; }

    public override string ToString() => $"{Number} ngày {Date:dd/MM/yyyy}";
}
