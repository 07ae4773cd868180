namespace ThiDuaKhenThuong.Domain.Catalog;

/// <summary>
/// The code names of the national catalog (DOMAIN §4). Codes are stable strings because dossiers, history rows,
/// rules and reports refer to them long after a catalog entry has been renamed.
/// </summary>
public static class AwardCodes
{
    public const string AdvancedWorker = nameof(AdvancedWorker);
    public const string GrassrootsEmulationFighter = nameof(GrassrootsEmulationFighter);
    public const string ProvincialEmulationFighter = nameof(ProvincialEmulationFighter);
    public const string NationalEmulationFighter = nameof(NationalEmulationFighter);
    public const string AdvancedCollective = nameof(AdvancedCollective);
    public const string ExcellentCollective = nameof(ExcellentCollective);
    public const string ProvincialFlag = nameof(ProvincialFlag);
    public const string GovernmentFlag = nameof(GovernmentFlag);
    public const string ProvincialCertificate = nameof(ProvincialCertificate);
    public const string PrimeMinisterCertificate = nameof(PrimeMinisterCertificate);
    public const string MeritCertificate = nameof(MeritCertificate);
    public const string StateOrderOrMedal = nameof(StateOrderOrMedal);
}

/// <summary>
/// Counts that are not awards but serve as the basis or subject of a share rule (e.g. "≥ 70 % of the members are
/// LĐTT"). They live in the same key space as award codes inside <see cref="ScopeCount"/>.
/// </summary>
public static class CountCodes
{
    /// <summary>Members (people) of the collective or unit.</summary>
    public const string Members = nameof(Members);

    /// <summary>Members rated at least "hoàn thành nhiệm vụ".</summary>
    public const string MembersCompletingTasks = nameof(MembersCompletingTasks);
}
