namespace ThiDuaKhenThuong.Domain.Workflow;

/// <summary>
/// Who acts: the signed-in user, their tenant, their roles and their unit. Built by the caller from the user's
/// account (never from form fields), so it is trusted here.
/// </summary>
public sealed record WorkflowActor(Guid UserId, Guid TenantId, IReadOnlyList<string> Roles, Guid? UnitId)
{
    /// <summary>The first of <paramref name="allowedRoles"/> the actor holds, in the definition's order, or null.</summary>
    public string? RoleFor(IReadOnlyList<string> allowedRoles)
    {
        ArgumentNullException.ThrowIfNull(allowedRoles);
        return allowedRoles.FirstOrDefault(r => Roles.Contains(r, StringComparer.Ordinal));
    }
}
