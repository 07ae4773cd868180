using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace ThiDuaKhenThuong.Web.Hosting;

/// <summary>Model-binding errors in Vietnamese, so a malformed field never shows English framework text.</summary>
internal static class ModelBindingMessages
{
    public static void UseVietnamese(DefaultModelBindingMessageProvider provider)
    {
        provider.SetValueMustNotBeNullAccessor(_ => "Vui lòng nhập giá trị.");
        provider.SetAttemptedValueIsInvalidAccessor((value, _) => $"Giá trị '{value}' không hợp lệ.");
        provider.SetMissingBindRequiredValueAccessor(_ => "Thiếu giá trị bắt buộc.");
        provider.SetMissingKeyOrValueAccessor(() => "Thiếu giá trị.");
        provider.SetMissingRequestBodyRequiredValueAccessor(() => "Yêu cầu không có nội dung.");
        provider.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Giá trị '{value}' không hợp lệ.");
        provider.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Giá trị không hợp lệ.");
        provider.SetNonPropertyValueMustBeANumberAccessor(() => "Giá trị phải là một số.");
        provider.SetUnknownValueIsInvalidAccessor(_ => "Giá trị không hợp lệ.");
        provider.SetValueIsInvalidAccessor(value => $"Giá trị '{value}' không hợp lệ.");
        provider.SetValueMustBeANumberAccessor(_ => "Giá trị phải là một số.");
    }
}
