using ThiDuaKhenThuong.Domain.Auditing;
using ThiDuaKhenThuong.Domain.Tenancy;

namespace ThiDuaKhenThuong.Domain.Reporting;

/// <summary>The four narrative sections of a periodic report; the officer edits them, a draft pre-fills them.</summary>
public sealed record ReportNarrative(string Movements, string Commendation, string Shortcomings, string NextTasks)
{
    public const int MaxLength = 20000;
}

/// <summary>
/// A report being written: its period, scope and "as of" day, and the narrative the Standing Agency edits. Figures are
/// not stored here: they are computed from the data each time, and frozen only by <see cref="PublishedReport"/>.
/// </summary>
public sealed class ReportDraft : ITenantOwned, IAuditable
{
    private ReportDraft()
    {
        ScopeName = Movements = Commendation = Shortcomings = NextTasks = string.Empty;
    }

    public ReportDraft(Guid tenantId, Guid id, ReportPeriod period, ReportScopeKind scopeKind, Guid? scopeId, string scopeName, DateOnly asOf, ReportNarrative narrative, Guid userId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentException.ThrowIfNullOrWhiteSpace(scopeName);
        if ((scopeKind == ReportScopeKind.Province) != (scopeId is null))
        {
            throw new ArgumentException("A unit or group report names its unit or group; a province report does not.", nameof(scopeId));
        }

        TenantId = tenantId;
        Id = id;
        PeriodKind = period.Kind;
        Year = period.Year;
        ScopeKind = scopeKind;
        ScopeId = scopeId;
        ScopeName = scopeName.Trim();
        AsOf = asOf;
        CreatedBy = userId;
        CreatedAt = now;
        Movements = Commendation = Shortcomings = NextTasks = string.Empty;
        Edit(narrative, userId, now);
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public ReportPeriodKind PeriodKind { get; private set; }

    public int Year { get; private set; }

    public ReportScopeKind ScopeKind { get; private set; }

    /// <summary>The unit or emulation group; null for the province.</summary>
    public Guid? ScopeId { get; private set; }

    public string ScopeName { get; private set; }

    public DateOnly AsOf { get; private set; }

    public string Movements { get; private set; }

    public string Commendation { get; private set; }

    public string Shortcomings { get; private set; }

    public string NextTasks { get; private set; }

    public Guid CreatedBy { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public Guid UpdatedBy { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>How many versions have been published from this draft.</summary>
    public int PublishedVersions { get; private set; }

    public ReportPeriod Period => new(PeriodKind, Year);

    public ReportNarrative Narrative => new(Movements, Commendation, Shortcomings, NextTasks);

    public void Edit(ReportNarrative narrative, Guid userId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(narrative);
        Movements = narrative.Movements.Trim();
        Commendation = narrative.Commendation.Trim();
        Shortcomings = narrative.Shortcomings.Trim();
        NextTasks = narrative.NextTasks.Trim();
        UpdatedBy = userId;
        UpdatedAt = now;
    }

    /// <summary>Freezes the draft with the figures of the moment into a new immutable version.</summary>
    public PublishedReport Publish(Guid versionId, string figuresJson, string publishedByName, Guid userId, DateTimeOffset now)
    {
        PublishedVersions++;
        return new PublishedReport(this, versionId, PublishedVersions, figuresJson, publishedByName, userId, now);
    }
}

/// <summary>
/// A published version: figures (JSON) and text exactly as they were, who and when. Never changed: the application's
/// database role may only insert and read the table, so a report downloaded in July still reads the same in December.
/// </summary>
public sealed class PublishedReport : ITenantOwned
{
    private PublishedReport()
    {
        ScopeName = FiguresJson = Movements = Commendation = Shortcomings = NextTasks = PublishedByName = string.Empty;
    }

    internal PublishedReport(ReportDraft draft, Guid id, int version, string figuresJson, string publishedByName, Guid userId, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(figuresJson);
        TenantId = draft.TenantId;
        Id = id;
        DraftId = draft.Id;
        Version = version;
        PeriodKind = draft.PeriodKind;
        Year = draft.Year;
        ScopeKind = draft.ScopeKind;
        ScopeId = draft.ScopeId;
        ScopeName = draft.ScopeName;
        AsOf = draft.AsOf;
        FiguresJson = figuresJson;
        Movements = draft.Movements;
        Commendation = draft.Commendation;
        Shortcomings = draft.Shortcomings;
        NextTasks = draft.NextTasks;
        PublishedBy = userId;
        PublishedByName = publishedByName;
        PublishedAt = now;
    }

    public Guid TenantId { get; private set; }

    public Guid Id { get; private set; }

    public Guid DraftId { get; private set; }

    public int Version { get; private set; }

    public ReportPeriodKind PeriodKind { get; private set; }

    public int Year { get; private set; }

    public ReportScopeKind ScopeKind { get; private set; }

    public Guid? ScopeId { get; private set; }

    public string ScopeName { get; private set; }

    public DateOnly AsOf { get; private set; }

    public string FiguresJson { get; private set; }

    public string Movements { get; private set; }

    public string Commendation { get; private set; }

    public string Shortcomings { get; private set; }

    public string NextTasks { get; private set; }

    public Guid PublishedBy { get; private set; }

    public string PublishedByName { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }

    public ReportNarrative Narrative => new(Movements, Commendation, Shortcomings, NextTasks);

    public ReportPeriod Period => new(PeriodKind, Year);
}
