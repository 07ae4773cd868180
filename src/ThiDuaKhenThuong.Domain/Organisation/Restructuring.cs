namespace ThiDuaKhenThuong.Domain.Organisation;

/// <summary>
/// The restructuring operations (rename, transfer, merge, absorb, split, abolish). Each changes the units involved
/// through their guarded methods and returns the lineage links to store with them, in one save. A broken rule throws
/// <see cref="OrganisationRuleException"/> before any unit is changed.
/// </summary>
public static class Restructuring
{
    public static UnitLineage Rename(Unit unit, string newName, DateOnly effective, DecisionReference decision, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var link = new UnitLineage(unit.TenantId, LineageKind.Rename, unit.Id, unit.Id, effective, decision, note);
        unit.Rename(newName, effective, decision);
        return link;
    }

    public static UnitLineage Transfer(Unit unit, Unit? newParent, IReadOnlyCollection<Guid> newParentAncestors, DateOnly effective, DecisionReference decision, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var link = new UnitLineage(unit.TenantId, LineageKind.Transfer, unit.Id, unit.Id, effective, decision, note);
        unit.MoveTo(newParent, newParentAncestors, effective, decision);
        return link;
    }

    /// <summary>A + B (+ …) → a new unit C, which starts on the effective date; the predecessors end that day.</summary>
    public static (Unit Successor, IReadOnlyList<UnitLineage> Links) Merge(
        IReadOnlyList<Unit> predecessors, NewUnit successor, DateOnly effective, DecisionReference decision, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(predecessors);
        ArgumentNullException.ThrowIfNull(successor);
        if (predecessors.Count == 0 || predecessors.Select(p => p.Id).Distinct().Count() < predecessors.Count || predecessors.Count < 2)
        {
            throw new OrganisationRuleException("Không thể hợp nhất một đơn vị với chính nó: cần ít nhất hai đơn vị khác nhau.");
        }

        var created = Create(predecessors[0], successor, predecessors, effective, decision);
        return (created, CloseInto(predecessors, created, LineageKind.Merge, effective, decision, note));
    }

    /// <summary>A is absorbed into the existing unit B: A ends on the effective date, B continues.</summary>
    public static UnitLineage Absorb(Unit absorbed, Unit into, DateOnly effective, DecisionReference decision, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(absorbed);
        ArgumentNullException.ThrowIfNull(into);
        if (absorbed.Id == into.Id)
        {
            throw new OrganisationRuleException("Không thể sáp nhập một đơn vị vào chính nó.");
        }

        into.EnsureReceivesOn(effective, "Đơn vị nhận sáp nhập");
        return CloseInto([absorbed], into, LineageKind.Absorb, effective, decision, note)[0];
    }

    /// <summary>A → new units B + C (+ …), which start on the effective date; A ends that day.</summary>
    public static (IReadOnlyList<Unit> Successors, IReadOnlyList<UnitLineage> Links) Split(
        Unit original, IReadOnlyList<NewUnit> successors, DateOnly effective, DecisionReference decision, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(successors);
        if (successors.Count < 2)
        {
            throw new OrganisationRuleException("Chia tách cần ít nhất hai đơn vị mới.");
        }

        if (successors.Select(s => Unit.NormaliseCode(s.Code)).Distinct(StringComparer.Ordinal).Count() < successors.Count
            || successors.Any(s => Unit.NormaliseCode(s.Code) == original.Code))
        {
            throw new OrganisationRuleException("Mỗi đơn vị mới sau chia tách phải có mã riêng, khác nhau và khác mã đơn vị bị chia tách.");
        }

        var created = successors.Select(s => Create(original, s, [original], effective, decision)).ToList();
        original.Close(effective);
        return (created, created.Select(s => new UnitLineage(original.TenantId, LineageKind.Split, original.Id, s.Id, effective, decision, note)).ToList());
    }

    /// <summary>A ends on the effective date; <paramref name="takenOverBy"/>, if given, takes over its work.</summary>
    public static UnitLineage Abolish(Unit unit, Unit? takenOverBy, DateOnly effective, DecisionReference decision, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(unit);
        if (takenOverBy is not null)
        {
            if (takenOverBy.Id == unit.Id)
            {
                throw new OrganisationRuleException("Đơn vị tiếp nhận nhiệm vụ phải khác đơn vị bị giải thể.");
            }

            unit.EnsureSameTenant(takenOverBy);
            takenOverBy.EnsureReceivesOn(effective, "Đơn vị tiếp nhận nhiệm vụ");
        }

        var link = new UnitLineage(unit.TenantId, LineageKind.Abolish, unit.Id, takenOverBy?.Id, effective, decision, note);
        unit.Close(effective);
        return link;
    }

    private static List<UnitLineage> CloseInto(IReadOnlyList<Unit> predecessors, Unit successor, LineageKind kind, DateOnly effective, DecisionReference decision, string? note)
    {
        foreach (var predecessor in predecessors)
        {
            predecessor.EnsureSameTenant(successor);
        }

        // Check every predecessor before closing any, so a refusal leaves all of them as they were.
        var links = predecessors.Select(p => new UnitLineage(p.TenantId, kind, p.Id, successor.Id, effective, decision, note)).ToList();
        foreach (var predecessor in predecessors)
        {
            predecessor.EnsureCanClose(effective);
        }

        foreach (var predecessor in predecessors)
        {
            predecessor.Close(effective);
        }

        return links;
    }

    /// <summary>A unit created by a merge or split: it starts on the effective date, under a parent that exists then.</summary>
    private static Unit Create(Unit from, NewUnit spec, IReadOnlyList<Unit> closing, DateOnly effective, DecisionReference decision)
    {
        if (spec.Parent is { } parent)
        {
            from.EnsureSameTenant(parent);
            if (closing.Any(c => c.Id == parent.Id))
            {
                throw new OrganisationRuleException($"Đơn vị cấp trên của đơn vị mới không thể là \"{parent.Name}\", đơn vị kết thúc hoạt động trong chính thao tác này.");
            }

            parent.EnsureReceivesOn(effective, "Đơn vị cấp trên");
        }

        if (string.IsNullOrWhiteSpace(spec.Code) || string.IsNullOrWhiteSpace(spec.Name))
        {
            throw new OrganisationRuleException("Vui lòng nhập mã và tên của đơn vị mới.");
        }

        return new Unit(from.TenantId, Guid.CreateVersion7(), spec.Code, spec.Name, spec.Kind, spec.Parent?.Id, effective, decision);
    }
}

/// <summary>What the administrator types for a unit created by a merge or a split.</summary>
public sealed record NewUnit(string Code, string Name, UnitKind Kind, Unit? Parent);
