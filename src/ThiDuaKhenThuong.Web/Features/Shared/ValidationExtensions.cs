using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace ThiDuaKhenThuong.Web.Features.Shared;

public static class ValidationExtensions
{
    /// <summary>Runs the validator and copies its Vietnamese messages into ModelState; the caller re-renders the form.</summary>
    public static async Task<bool> ValidateAsync<T>(this Controller controller, IValidator<T> validator, T model)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(validator);
        var result = await validator.ValidateAsync(model);
        foreach (var error in result.Errors)
        {
            controller.ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
        }

        return result.IsValid && controller.ModelState.IsValid;
    }
}
