using System.ComponentModel.DataAnnotations;
using FluentValidation;
using ThiDuaKhenThuong.Domain.Organisation;

namespace ThiDuaKhenThuong.Web.Features.EmulationGroups;

/// <summary>The small forms of a group's page. <c>Id</c> is the group (route id); every end date is the first day "thôi".</summary>
public static class GroupForms
{
    public sealed class AddMember
    {
        public Guid Id { get; set; }

        [Display(Name = "Đơn vị")]
        public Guid? UnitId { get; set; }

        [Display(Name = "Từ ngày")]
        public DateOnly? From { get; set; }
    }

    public sealed class CloseMember
    {
        public Guid Id { get; set; }

        public Guid UnitId { get; set; }

        [Display(Name = "Thôi từ ngày")]
        public DateOnly? On { get; set; }
    }

    public sealed class AssignDuty
    {
        public Guid Id { get; set; }

        [Display(Name = "Nhiệm vụ")]
        public GroupRole? Role { get; set; }

        [Display(Name = "Đơn vị")]
        public Guid? UnitId { get; set; }

        [Display(Name = "Từ ngày")]
        public DateOnly? From { get; set; }

        [Display(Name = "Thôi từ ngày (để trống: đến hết năm)")]
        public DateOnly? Until { get; set; }
    }

    public sealed class EndDuty
    {
        public Guid Id { get; set; }

        public Guid DutyId { get; set; }

        [Display(Name = "Thôi từ ngày")]
        public DateOnly? On { get; set; }
    }

    public sealed class AddMemberValidator : AbstractValidator<AddMember>
    {
        public AddMemberValidator()
        {
            RuleFor(c => c.UnitId).NotNull().WithMessage("Vui lòng chọn đơn vị.");
            RuleFor(c => c.From).NotNull().WithMessage("Vui lòng nhập ngày bắt đầu.");
        }
    }

    public sealed class CloseMemberValidator : AbstractValidator<CloseMember>
    {
        public CloseMemberValidator() => RuleFor(c => c.On).NotNull().WithMessage("Vui lòng nhập ngày thôi là thành viên.");
    }

    public sealed class AssignDutyValidator : AbstractValidator<AssignDuty>
    {
        public AssignDutyValidator()
        {
            RuleFor(c => c.Role).NotNull().WithMessage("Vui lòng chọn nhiệm vụ (trưởng hoặc phó).");
            RuleFor(c => c.UnitId).NotNull().WithMessage("Vui lòng chọn đơn vị.");
            RuleFor(c => c.From).NotNull().WithMessage("Vui lòng nhập ngày bắt đầu.");
        }
    }

    public sealed class EndDutyValidator : AbstractValidator<EndDuty>
    {
        public EndDutyValidator() => RuleFor(c => c.On).NotNull().WithMessage("Vui lòng nhập ngày thôi nhiệm vụ.");
    }
}
