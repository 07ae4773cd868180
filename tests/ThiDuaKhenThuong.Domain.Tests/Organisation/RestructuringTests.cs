using ThiDuaKhenThuong.Domain.Organisation;
using static ThiDuaKhenThuong.Domain.Tests.Organisation.OrganisationTestData;

namespace ThiDuaKhenThuong.Domain.Tests.Organisation;

public class RestructuringTests
{
    private readonly Unit province = NewUnit("UBND", "Ủy ban nhân dân tỉnh", kind: UnitKind.ProvinceGovernment);

    [Fact]
    public void Merge_EndsThePredecessors_AndStartsTheSuccessorTheSameDay()
    {
        var a = NewUnit("SKHDT", "Sở Kế hoạch và Đầu tư", province, kind: UnitKind.Department);
        var b = NewUnit("STC", "Sở Tài chính", province, kind: UnitKind.Department);

        var (successor, links) = Restructuring.Merge([a, b], new NewUnit("stc-moi", "Sở Tài chính (mới)", UnitKind.Department, province), Reform, Decision, "Hợp nhất theo Nghị quyết");

        successor.Code.ShouldBe("STC-MOI");
        successor.ValidFrom.ShouldBe(Reform);
        successor.ParentId.ShouldBe(province.Id);
        a.ValidTo.ShouldBe(Reform);
        b.ValidTo.ShouldBe(Reform);
        links.Select(l => (l.Kind, l.PredecessorId, l.SuccessorId)).ShouldBe([(LineageKind.Merge, a.Id, successor.Id), (LineageKind.Merge, b.Id, successor.Id)]);
        links.ShouldAllBe(l => l.DecisionNumber == Decision.Number && l.EffectiveDate == Reform && l.Note == "Hợp nhất theo Nghị quyết");
    }

    [Fact]
    public void Merge_OfAUnitWithItself_IsRefused()
    {
        var a = NewUnit("A", "Đơn vị A");

        Should.Throw<OrganisationRuleException>(() => Restructuring.Merge([a, a], new NewUnit("C", "Đơn vị C", UnitKind.Other, null), Reform, Decision))
            .Message.ShouldContain("chính nó");
        a.IsClosed.ShouldBeFalse();
    }

    [Fact]
    public void Merge_WithOneClosedPredecessor_ChangesNoneOfThem()
    {
        var a = NewUnit("A", "Đơn vị A");
        var b = NewUnit("B", "Đơn vị B");
        b.Close(D(2024, 1, 1));

        Should.Throw<OrganisationRuleException>(() => Restructuring.Merge([a, b], new NewUnit("C", "Đơn vị C", UnitKind.Other, null), Reform, Decision));

        a.IsClosed.ShouldBeFalse();
        b.ValidTo.ShouldBe(D(2024, 1, 1));
    }

    [Fact]
    public void Merge_UnderAParentThatIsBeingMerged_IsRefused()
    {
        var a = NewUnit("A", "Đơn vị A");
        var b = NewUnit("B", "Đơn vị B");

        Should.Throw<OrganisationRuleException>(() => Restructuring.Merge([a, b], new NewUnit("C", "Đơn vị C", UnitKind.Other, a), Reform, Decision))
            .Message.ShouldContain("kết thúc hoạt động trong chính thao tác này");
        a.IsClosed.ShouldBeFalse();
    }

    [Fact]
    public void Absorb_EndsTheAbsorbedUnit_AndLinksItToTheOneThatContinues()
    {
        var absorbed = NewUnit("STTTT", "Sở Thông tin và Truyền thông", province, kind: UnitKind.Department);
        var into = NewUnit("SKHCN", "Sở Khoa học và Công nghệ", province, kind: UnitKind.Department);

        var link = Restructuring.Absorb(absorbed, into, Reform, Decision);

        absorbed.ValidTo.ShouldBe(Reform);
        into.IsClosed.ShouldBeFalse();
        (link.Kind, link.PredecessorId, link.SuccessorId).ShouldBe((LineageKind.Absorb, absorbed.Id, into.Id));
    }

    [Fact]
    public void Absorb_IntoItself_IsRefused()
    {
        var a = NewUnit("A", "Đơn vị A");

        Should.Throw<OrganisationRuleException>(() => Restructuring.Absorb(a, a, Reform, Decision)).Message.ShouldBe("Không thể sáp nhập một đơn vị vào chính nó.");
        a.IsClosed.ShouldBeFalse();
    }

    [Fact]
    public void Absorb_IntoAClosedUnit_IsRefused()
    {
        var a = NewUnit("A", "Đơn vị A");
        var closed = NewUnit("B", "Đơn vị B");
        closed.Close(D(2024, 1, 1));

        Should.Throw<OrganisationRuleException>(() => Restructuring.Absorb(a, closed, Reform, Decision)).Message.ShouldContain("đã thôi hoạt động");
        a.IsClosed.ShouldBeFalse();
    }

    [Fact]
    public void Split_EndsTheOriginal_AndStartsEachNewUnit()
    {
        var original = NewUnit("SLDTBXH", "Sở Lao động - Thương binh và Xã hội", province, kind: UnitKind.Department);

        var (created, links) = Restructuring.Split(original,
            [new NewUnit("SLD", "Phần lao động", UnitKind.Department, province), new NewUnit("SXH", "Phần xã hội", UnitKind.Department, province)], Reform, Decision);

        original.ValidTo.ShouldBe(Reform);
        created.Select(c => c.Code).ShouldBe(["SLD", "SXH"]);
        created.ShouldAllBe(c => c.ValidFrom == Reform && c.ParentId == province.Id);
        links.ShouldAllBe(l => l.Kind == LineageKind.Split && l.PredecessorId == original.Id);
    }

    [Fact]
    public void Split_IntoOneUnit_OrWithRepeatedCodes_IsRefused()
    {
        var original = NewUnit("A", "Đơn vị A");

        Should.Throw<OrganisationRuleException>(() => Restructuring.Split(original, [new NewUnit("B", "B", UnitKind.Other, null)], Reform, Decision));
        Should.Throw<OrganisationRuleException>(() => Restructuring.Split(original, [new NewUnit("B", "B", UnitKind.Other, null), new NewUnit("b", "B2", UnitKind.Other, null)], Reform, Decision));
        Should.Throw<OrganisationRuleException>(() => Restructuring.Split(original, [new NewUnit("A", "A2", UnitKind.Other, null), new NewUnit("C", "C", UnitKind.Other, null)], Reform, Decision));
        original.IsClosed.ShouldBeFalse();
    }

    [Fact]
    public void Abolish_WithASuccessor_LinksTheWorkTakenOver()
    {
        var district = NewUnit("H-VUTHU", "Ủy ban nhân dân huyện Vũ Thư", province);

        var link = Restructuring.Abolish(district, province, Reform, Decision, "Cấp huyện kết thúc hoạt động");

        district.ValidTo.ShouldBe(Reform);
        (link.Kind, link.SuccessorId, link.Note).ShouldBe((LineageKind.Abolish, province.Id, "Cấp huyện kết thúc hoạt động"));
    }

    [Fact]
    public void Abolish_WithoutASuccessor_IsAllowed_ButNotWithItselfAsSuccessor()
    {
        var a = NewUnit("A", "Đơn vị A");
        Should.Throw<OrganisationRuleException>(() => Restructuring.Abolish(a, a, Reform, Decision));
        a.IsClosed.ShouldBeFalse();

        Restructuring.Abolish(a, null, Reform, Decision).SuccessorId.ShouldBeNull();
    }

    [Fact]
    public void Operations_AcrossProvinces_AreRefused()
    {
        var a = NewUnit("A", "Đơn vị A");
        var foreign = new Unit(Guid.NewGuid(), Guid.CreateVersion7(), "B", "Đơn vị tỉnh khác", UnitKind.Other, null, Start);

        Should.Throw<Tenancy.CrossTenantWriteException>(() => Restructuring.Absorb(a, foreign, Reform, Decision));
        a.IsClosed.ShouldBeFalse();
    }

    [Fact]
    public void DecisionReference_NeedsANumber()
        => Should.Throw<OrganisationRuleException>(() => new DecisionReference("  ", Reform)).Message.ShouldBe("Vui lòng nhập số quyết định.");
}
