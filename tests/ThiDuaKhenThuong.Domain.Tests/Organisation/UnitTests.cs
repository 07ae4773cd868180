using ThiDuaKhenThuong.Domain.Organisation;
using static ThiDuaKhenThuong.Domain.Tests.Organisation.OrganisationTestData;

namespace ThiDuaKhenThuong.Domain.Tests.Organisation;

public class UnitTests
{
    [Fact]
    public void Rename_KeepsTheOldNameBeforeTheEffectiveDate()
    {
        var unit = NewUnit("SVH", "Sở Văn hóa");

        unit.Rename("Sở Văn hóa, Thể thao và Du lịch", Reform, Decision);

        unit.Name.ShouldBe("Sở Văn hóa, Thể thao và Du lịch");
        unit.NameOn(Reform.AddDays(-1)).ShouldBe("Sở Văn hóa");
        unit.NameOn(Reform).ShouldBe("Sở Văn hóa, Thể thao và Du lịch");
        unit.Names.Count.ShouldBe(2);
        unit.Names.Single(n => n.ValidTo is null).DecisionNumber.ShouldBe(Decision.Number);
    }

    [Fact]
    public void Rename_OnOrBeforeTheUnitsFirstDay_IsRefused()
    {
        var unit = NewUnit("SVH", "Sở Văn hóa");

        var error = Should.Throw<OrganisationRuleException>(() => unit.Rename("Tên mới", Start, Decision));

        error.Message.ShouldContain("phải sau ngày đơn vị \"Sở Văn hóa\" bắt đầu hoạt động (01/01/2021)");
        unit.Name.ShouldBe("Sở Văn hóa");
        unit.Names.Count.ShouldBe(1);
    }

    [Fact]
    public void Rename_BeforeTheLatestChange_IsRefused()
    {
        var unit = NewUnit("SVH", "Sở Văn hóa");
        unit.Rename("Tên thứ hai", Reform, Decision);

        var error = Should.Throw<OrganisationRuleException>(() => unit.Rename("Tên thứ ba", Reform.AddDays(-10), Decision));

        error.Message.ShouldContain("phải sau lần thay đổi gần nhất");
        unit.Name.ShouldBe("Tên thứ hai");
    }

    [Fact]
    public void Rename_ToTheSameName_IsRefused()
        => Should.Throw<OrganisationRuleException>(() => NewUnit("A", "Sở A").Rename(" Sở A ", Reform, Decision))
            .Message.ShouldBe("Tên mới trùng với tên hiện tại của đơn vị.");

    [Fact]
    public void AnyChange_OfAClosedUnit_IsRefused()
    {
        var unit = NewUnit("H1", "Huyện 1");
        var parent = NewUnit("UBND", "UBND tỉnh", kind: UnitKind.ProvinceGovernment);
        unit.Close(Reform);

        Should.Throw<OrganisationRuleException>(() => unit.Rename("Huyện Một", Reform.AddDays(1), Decision)).Message.ShouldContain("đã thôi hoạt động từ ngày 01/07/2025");
        Should.Throw<OrganisationRuleException>(() => unit.MoveTo(parent, [], Reform.AddDays(1), Decision));
        Should.Throw<OrganisationRuleException>(() => unit.Close(Reform.AddDays(1)));
        unit.ValidTo.ShouldBe(Reform);
    }

    [Fact]
    public void Close_EndsTheUnitAndItsCurrentNameAndParent()
    {
        var unit = NewUnit("H1", "Huyện 1");

        unit.Close(Reform);

        unit.IsActiveOn(Reform.AddDays(-1)).ShouldBeTrue();
        unit.IsActiveOn(Reform).ShouldBeFalse();
        unit.Names.ShouldAllBe(n => n.ValidTo == Reform);
        unit.Parents.ShouldAllBe(p => p.ValidTo == Reform);
    }

    [Fact]
    public void MoveTo_RecordsTheParentOverTime()
    {
        var oldParent = NewUnit("SYT", "Sở Y tế", kind: UnitKind.Department);
        var newParent = NewUnit("UBND", "UBND tỉnh", kind: UnitKind.ProvinceGovernment);
        var unit = NewUnit("BV", "Bệnh viện", oldParent, kind: UnitKind.Hospital);

        unit.MoveTo(newParent, [], Reform, Decision);

        unit.ParentId.ShouldBe(newParent.Id);
        unit.Parents.Single(p => p.Covers(Reform.AddDays(-1))).ParentId.ShouldBe(oldParent.Id);
        unit.Parents.Single(p => p.Covers(Reform)).ParentId.ShouldBe(newParent.Id);
    }

    [Fact]
    public void MoveTo_ItselfOrItsOwnDescendant_IsRefusedAsACycle()
    {
        var top = NewUnit("A", "Đơn vị A");
        var child = NewUnit("B", "Đơn vị B", top);
        var grandchild = NewUnit("C", "Đơn vị C", child);

        Should.Throw<OrganisationRuleException>(() => top.MoveTo(top, [], Reform, Decision)).Message.ShouldContain("khép vòng");
        Should.Throw<OrganisationRuleException>(() => top.MoveTo(grandchild, [child.Id, top.Id], Reform, Decision)).Message.ShouldContain("khép vòng");
        top.ParentId.ShouldBeNull();
        top.Parents.Count.ShouldBe(1);
    }

    [Fact]
    public void MoveTo_AClosedParent_IsRefused()
    {
        var closed = NewUnit("H1", "Huyện 1");
        closed.Close(Reform);
        var unit = NewUnit("X", "Xã X");

        Should.Throw<OrganisationRuleException>(() => unit.MoveTo(closed, [], Reform.AddDays(5), Decision)).Message.ShouldContain("đã thôi hoạt động");
    }
}
