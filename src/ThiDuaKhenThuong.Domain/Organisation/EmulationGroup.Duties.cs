namespace ThiDuaKhenThuong.Domain.Organisation;

/// <summary>The leader and deputy duties of a group, and copying a group to the next year.</summary>
public sealed partial class EmulationGroup
{
    /// <summary>Gives <paramref name="role"/> to a member from <paramref name="from"/> until <paramref name="until"/> (exclusive; null: end of year).</summary>
    public EmulationGroupLeader AssignLeader(GroupRole role, Guid unitId, DateOnly from, DateOnly? until)
    {
        EnsureInYear(from, "Ngày bắt đầu");
        var end = End(until);
        if (end <= from || end > EndOfYear)
        {
            throw new OrganisationRuleException($"Ngày kết thúc phải sau ngày bắt đầu và không quá ngày 31/12/{Year}.");
        }

        var label = RoleLabel(role);
        if (!IsMemberThroughout(unitId, from, end))
        {
            throw new OrganisationRuleException($"Đơn vị làm {label} phải là thành viên của {Name} trong suốt thời gian làm {label}.");
        }

        if (leaders.FirstOrDefault(l => l.Role == role && Overlaps(l.ValidFrom, l.ValidTo, from, until)) is { } clash)
        {
            throw new OrganisationRuleException(
                $"Thời gian làm {label} trùng với một nhiệm kỳ {label} khác (từ {Dates.Show(clash.ValidFrom)} đến hết {Dates.Show(End(clash.ValidTo).AddDays(-1))}).");
        }

        if (leaders.Any(l => l.UnitId == unitId && l.Role != role && Overlaps(l.ValidFrom, l.ValidTo, from, until)))
        {
            throw new OrganisationRuleException($"Một đơn vị không thể đồng thời là {RoleLabel(GroupRole.Leader)} và {RoleLabel(GroupRole.Deputy)}.");
        }

        var leader = new EmulationGroupLeader(TenantId, Id, role, unitId, from, until == EndOfYear ? null : until);
        leaders.Add(leader);
        return leader;
    }

    /// <summary>Ends a leader or deputy duty on <paramref name="on"/>; ending it on its first day removes it.</summary>
    public void EndLeadership(Guid leaderId, DateOnly on)
    {
        var duty = leaders.FirstOrDefault(l => l.Id == leaderId)
            ?? throw new OrganisationRuleException("Không tìm thấy nhiệm kỳ này.");
        if (on < duty.ValidFrom || on >= End(duty.ValidTo))
        {
            throw new OrganisationRuleException(
                $"Ngày kết thúc phải từ {Dates.Show(duty.ValidFrom)} đến trước {Dates.Show(End(duty.ValidTo))}.");
        }

        if (on == duty.ValidFrom)
        {
            leaders.Remove(duty);
        }
        else
        {
            duty.End(on);
        }
    }

    /// <summary>
    /// The same group for the next year: members still in it at the end of this year whose unit still exists on
    /// 1 January (<paramref name="unitExistsNextYear"/>), and the leader and deputy holding their duty at year end.
    /// </summary>
    public EmulationGroup CopyToNextYear(Guid newId, Func<Guid, bool> unitExistsNextYear)
    {
        ArgumentNullException.ThrowIfNull(unitExistsNextYear);
        var copy = new EmulationGroup(TenantId, newId, Year + 1, Code, Name, Kind);
        foreach (var member in members.Where(m => m.ValidTo is null && unitExistsNextYear(m.UnitId)).OrderBy(m => m.ValidFrom))
        {
            copy.AddMember(member.UnitId);
        }

        foreach (var duty in leaders.Where(l => l.ValidTo is null && copy.members.Any(m => m.UnitId == l.UnitId)).OrderBy(l => l.Role))
        {
            copy.AssignLeader(duty.Role, duty.UnitId, copy.FirstDay, null);
        }

        return copy;
    }

    private bool IsMemberThroughout(Guid unitId, DateOnly from, DateOnly end)
    {
        // Walk the unit's periods in order; touching periods (closed and reopened the same day) count as one.
        var covered = from;
        foreach (var period in members.Where(m => m.UnitId == unitId).OrderBy(m => m.ValidFrom))
        {
            if (period.ValidFrom <= covered && End(period.ValidTo) > covered)
            {
                covered = End(period.ValidTo);
            }
        }

        return covered >= end;
    }

    /// <summary>Duties of the unit overlapping [<paramref name="on"/>, <paramref name="until"/>) end on <paramref name="on"/>, or go if not yet begun.</summary>
    private void EndDutiesWithin(Guid unitId, DateOnly on, DateOnly until)
    {
        foreach (var duty in leaders.Where(l => l.UnitId == unitId && End(l.ValidTo) > on && l.ValidFrom < until).ToList())
        {
            if (duty.ValidFrom >= on)
            {
                leaders.Remove(duty);
            }
            else
            {
                duty.End(on);
            }
        }
    }
}
