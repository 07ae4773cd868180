using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Domain.Organisation;

/// <summary>A unit's guarded changes: each takes effect on a date after the unit's latest change, never on a closed unit.</summary>
public sealed partial class Unit
{
    /// <summary>Gives the unit a new name from <paramref name="effective"/>; the old name stays valid before that day.</summary>
    public void Rename(string newName, DateOnly effective, DecisionReference decision)
    {
        ArgumentNullException.ThrowIfNull(decision);
        if (string.IsNullOrWhiteSpace(newName))
        {
            throw new OrganisationRuleException("Vui lòng nhập tên mới của đơn vị.");
        }

        EnsureCanChange(effective);
        var trimmed = newName.Trim();
        if (trimmed.Length > MaxNameLength)
        {
            throw new OrganisationRuleException($"Tên đơn vị dài tối đa {MaxNameLength} ký tự.");
        }

        if (string.Equals(trimmed, Name, StringComparison.Ordinal))
        {
            throw new OrganisationRuleException("Tên mới trùng với tên hiện tại của đơn vị.");
        }

        CurrentName().End(effective);
        names.Add(new UnitName(TenantId, Id, effective, trimmed, decision));
        Name = trimmed;
    }

    /// <summary>
    /// Places the unit under <paramref name="newParent"/> (null: top level) from <paramref name="effective"/>.
    /// <paramref name="newParentAncestors"/> are the ids above the new parent; the unit must not be among them.
    /// </summary>
    public void MoveTo(Unit? newParent, IReadOnlyCollection<Guid> newParentAncestors, DateOnly effective, DecisionReference decision)
    {
        ArgumentNullException.ThrowIfNull(newParentAncestors);
        ArgumentNullException.ThrowIfNull(decision);
        EnsureCanChange(effective);
        if (newParent is not null)
        {
            EnsureSameTenant(newParent);
            if (newParent.Id == Id || newParentAncestors.Contains(Id))
            {
                throw new OrganisationRuleException(
                    $"Không thể chuyển \"{Name}\" vào chính nó hoặc vào một đơn vị trực thuộc nó: cây đơn vị sẽ bị khép vòng.");
            }

            newParent.EnsureReceivesOn(effective, "Đơn vị cấp trên mới");
        }

        if (newParent?.Id == ParentId)
        {
            throw new OrganisationRuleException("Đơn vị đã trực thuộc đơn vị cấp trên này.");
        }

        CurrentParent().End(effective);
        parents.Add(new UnitParent(TenantId, Id, effective, newParent?.Id, decision));
        ParentId = newParent?.Id;
    }

    /// <summary>Ends the unit on <paramref name="effective"/> (the first day it no longer exists).</summary>
    public void Close(DateOnly effective)
    {
        EnsureCanChange(effective);
        CurrentName().End(effective);
        CurrentParent().End(effective);
        ValidTo = effective;
    }

    internal void EnsureSameTenant(Unit other)
    {
        if (other.TenantId != TenantId)
        {
            throw new CrossTenantWriteException();
        }
    }

    /// <summary>A unit that takes something over (a parent, a successor) must be open and already exist on the day.</summary>
    internal void EnsureReceivesOn(DateOnly effective, string role)
    {
        if (IsClosed)
        {
            throw new OrganisationRuleException($"{role} \"{Name}\" đã thôi hoạt động từ ngày {Dates.Show(ValidTo!.Value)}.");
        }

        if (effective < ValidFrom)
        {
            throw new OrganisationRuleException(
                $"{role} \"{Name}\" chỉ hoạt động từ ngày {Dates.Show(ValidFrom)}, sau ngày hiệu lực {Dates.Show(effective)}.");
        }
    }

    /// <summary>Throws unless the unit may be closed (or otherwise changed) on <paramref name="effective"/>.</summary>
    internal void EnsureCanClose(DateOnly effective) => EnsureCanChange(effective);

    private void EnsureCanChange(DateOnly effective)
    {
        if (IsClosed)
        {
            throw new OrganisationRuleException($"Đơn vị \"{Name}\" đã thôi hoạt động từ ngày {Dates.Show(ValidTo!.Value)}; không thể thay đổi thêm.");
        }

        if (effective <= ValidFrom)
        {
            throw new OrganisationRuleException(
                $"Ngày hiệu lực ({Dates.Show(effective)}) phải sau ngày đơn vị \"{Name}\" bắt đầu hoạt động ({Dates.Show(ValidFrom)}).");
        }

        var latest = LatestChange();
        if (effective <= latest)
        {
            throw new OrganisationRuleException(
                $"Ngày hiệu lực ({Dates.Show(effective)}) phải sau lần thay đổi gần nhất của đơn vị \"{Name}\" ({Dates.Show(latest)}).");
        }
    }
}
