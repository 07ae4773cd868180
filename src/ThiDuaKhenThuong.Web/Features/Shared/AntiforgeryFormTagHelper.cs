using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace ThiDuaKhenThuong.Web.Features.Shared;

/// <summary>
/// Puts the antiforgery token into every <c>&lt;form method="post" action="…"&gt;</c>. The framework's form tag helper
/// only adds it to forms built with <c>asp-action</c>/<c>asp-controller</c> (or an explicit <c>asp-antiforgery</c>), so a
/// form written with a plain address would be refused (400) when a browser posts it, since the token is validated on
/// every POST.
/// </summary>
[HtmlTargetElement("form", Attributes = "action,method")]
public sealed class AntiforgeryFormTagHelper(IAntiforgery antiforgery) : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>After the framework's form tag helper.</summary>
    public override int Order => 1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var method = context.AllAttributes["method"]?.Value?.ToString();
        if (!string.Equals(method, "post", StringComparison.OrdinalIgnoreCase) || context.AllAttributes.ContainsName("asp-antiforgery"))
        {
            return;
        }

        var tokens = antiforgery.GetAndStoreTokens(ViewContext.HttpContext);
        output.PostContent.AppendHtml($"<input name=\"{HtmlEncoder.Default.Encode(tokens.FormFieldName)}\" type=\"hidden\" value=\"{HtmlEncoder.Default.Encode(tokens.RequestToken ?? string.Empty)}\" />");
    }
}
