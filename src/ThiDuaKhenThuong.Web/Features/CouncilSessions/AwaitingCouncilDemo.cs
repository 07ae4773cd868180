using Microsoft.EntityFrameworkCore;
using ThiDuaKhenThuong.Domain.Catalog;
using ThiDuaKhenThuong.Domain.Dossiers;
using ThiDuaKhenThuong.Domain.Identity;
using ThiDuaKhenThuong.Domain.Tenancy;
using ThiDuaKhenThuong.Domain.Workflow;
using ThiDuaKhenThuong.Infrastructure.Dossiers;
using ThiDuaKhenThuong.Infrastructure.Files;
using ThiDuaKhenThuong.Infrastructure.Persistence;
using ThiDuaKhenThuong.Infrastructure.Seeding;
using ThiDuaKhenThuong.Web.Features.Dossiers;
using ThiDuaKhenThuong.Web.Features.Nominations;

namespace ThiDuaKhenThuong.Web.Features.CouncilSessions;

/// <summary>
/// Demo data: one Thái Bình dossier of the Department of Health (this year's) whose three nominations for the
/// provincial emulation fighter title (secret ballot) are appraised and wait for the council, so that an officer can
/// create a session at once. It is built the way people build it: the unit's staff creates it, adds the nominees (eligibility checked by the
/// engine) and the checklist's documents, the leader sends it, the officer receives it and appraises, the Standing Head
/// sends it to the council — each step through the dossier's workflow (history, outbox). Idempotent by title.
/// </summary>
public sealed class AwaitingCouncilDemo(
    AppDbContext db,
    CreateDossier.Handler create,
    ActOnDossier.Handler act,
    NominationEligibility.Handler eligibility,
    IFileStore files,
    TimeProvider clock) : IDemoSeedStep
{
    public const string Title = "Đề nghị tặng danh hiệu Chiến sĩ thi đua cấp tỉnh – Sở Y tế (chờ Hội đồng xét)";

    public const int Nominees = 3;

    private static readonly string[] Actors = ["tb.canbo", "tb.thutruong", "tb.chuyenvien", "tb.truongban"];

    /// <summary>After the people and their award histories (order 100).</summary>
    public int Order => 110;

    public async Task SeedAsync(Tenant province, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(province);
        if (province.Code != DemoTenants.ThaiBinhCode || await db.Dossiers.AnyAsync(d => d.Title == Title, cancellationToken))
        {
            return;
        }

        var unitId = await db.Units.Where(u => u.Code == "SYT").OrderByDescending(u => u.ValidFrom).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken);
        var accounts = await db.Users.Where(u => u.TenantId == province.Id)
            .Select(u => new { u.UserName, u.Id }).ToDictionaryAsync(u => u.UserName!, u => u.Id, cancellationToken);
        if (unitId is not { } unit || !Actors.All(accounts.ContainsKey))
        {
            return;
        }

        WorkflowActor Actor(string userName, string role) => new(accounts[userName], province.Id, [role], role is Roles.UnitStaff or Roles.UnitLeader ? unit : null);
        DossierViewer Viewer(string userName, string role) => new(accounts[userName], role is Roles.UnitStaff or Roles.UnitLeader ? unit : null, new HashSet<string> { role });

        // The unit's people not yet nominated for the title, those the engine passes first; taken from the end of the
        // alphabet, since the nomination form lists the unit's people from its start.
        var taken = db.Nominations.Where(n => n.AwardCode == AwardCodes.ProvincialEmulationFighter).Select(n => n.Nominee.Id);
        var people = await db.People.Where(p => p.UnitId == unit && !taken.Contains(p.Id)).OrderByDescending(p => p.FullName).ThenByDescending(p => p.Id)
            .Select(p => new { p.Id, p.FullName }).Take(40).ToListAsync(cancellationToken);
        if (people.Count < Nominees)
        {
            return;
        }

        // The current year's annual dossier, as a unit sends it.
        var year = clock.GetLocalNow().Year;
        var staff = Viewer("tb.canbo", Roles.UnitStaff);
        var dossierId = await create.HandleAsync(staff, new CreateDossier.Command
        {
            Year = year,
            Kind = AwardKinds.Annual,
            Title = Title,
            Summary = $"Ba cá nhân có thành tích xuất sắc tiêu biểu trong phong trào thi đua của ngành Y tế năm {year}, đủ điều kiện danh hiệu Chiến sĩ thi đua cấp tỉnh.",
        }, cancellationToken);
        var dossier = await db.Dossiers.Include(d => d.Nominations).SingleAsync(d => d.Id == dossierId, cancellationToken);
        var ranked = new List<(Guid Id, string Name, EligibilityStatus Status)>();
        foreach (var person in people)
        {
            var report = await eligibility.EvaluateAsync(new NomineeRef(NomineeKind.Person, person.Id, person.FullName), AwardCodes.ProvincialEmulationFighter,
                unit, dossier.Year, dossier.Kind, null, null, cancellationToken);
            ranked.Add((person.Id, person.FullName, report.Status));
        }

        foreach (var person in ranked.OrderBy(p => p.Status == EligibilityStatus.Pass ? 0 : p.Status == EligibilityStatus.Fail ? 2 : 1).Take(Nominees))
        {
            var nomination = dossier.AddNomination(Guid.CreateVersion7(clock.GetUtcNow()), new NomineeRef(NomineeKind.Person, person.Id, person.Name), AwardCodes.ProvincialEmulationFighter);
            var result = await eligibility.CheckAsync(dossier, nomination, cancellationToken);
            if (result.Status == EligibilityStatus.Fail)
            {
                nomination.Justify("Thành tích đột xuất trong công tác phòng, chống dịch bệnh năm 2025, được Sở Y tế đề nghị xem xét.");
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await AttachChecklistAsync(dossier, accounts["tb.canbo"], cancellationToken);

        await StepAsync(Viewer("tb.canbo", Roles.UnitStaff), Actor("tb.canbo", Roles.UnitStaff), dossierId, WorkflowActions.SubmitToLeader, cancellationToken);
        await StepAsync(Viewer("tb.thutruong", Roles.UnitLeader), Actor("tb.thutruong", Roles.UnitLeader), dossierId, WorkflowActions.Send, cancellationToken);
        var officer = Viewer("tb.chuyenvien", Roles.StandingOfficer);
        await StepAsync(officer, Actor("tb.chuyenvien", Roles.StandingOfficer), dossierId, WorkflowActions.Receive, cancellationToken);
        await StepAsync(officer, Actor("tb.chuyenvien", Roles.StandingOfficer), dossierId, WorkflowActions.StartReview, cancellationToken);

        dossier = await db.Dossiers.Include(d => d.Nominations).SingleAsync(d => d.Id == dossierId, cancellationToken);
        foreach (var nomination in dossier.Nominations)
        {
            nomination.Appraise(AppraisalResult.Eligible, "Đủ điều kiện; thành tích tiêu biểu, đã xác minh với đơn vị.",
                nomination.EligibilityStatus == EligibilityStatus.Fail ? "Thành tích đột xuất được Cơ quan Thường trực xác minh." : null,
                accounts["tb.chuyenvien"], clock.GetUtcNow());
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        await StepAsync(Viewer("tb.truongban", Roles.StandingHead), Actor("tb.truongban", Roles.StandingHead), dossierId, WorkflowActions.SubmitToCouncil, cancellationToken);
    }

    private async Task StepAsync(DossierViewer viewer, WorkflowActor actor, Guid dossierId, string action, CancellationToken cancellationToken)
    {
        var done = await act.ActOnceAsync(viewer, actor, dossierId, action, null, cancellationToken);
        if (done is not { Outcome.Succeeded: true })
        {
            throw new InvalidOperationException($"Không tạo được hồ sơ mẫu chờ Hội đồng ({action}): {done?.Outcome.RefusalReason ?? "không thấy hồ sơ"}");
        }
    }

    /// <summary>One small PDF for each document the checklist asks for (the cover letter and each nominee's report).</summary>
    private async Task AttachChecklistAsync(Dossier dossier, Guid uploadedBy, CancellationToken cancellationToken)
    {
        foreach (var missing in DossierGuardFacts.Missing(dossier, []))
        {
            var name = missing.NomineeName is null ? missing.Label : $"{missing.Label} – {missing.NomineeName}";
            using var content = new MemoryStream(DemoPdf(name));
            var stored = await files.SaveAsync(dossier.TenantId, content, $"{missing.Code}.pdf", UploadDocument.MaxFileBytes, cancellationToken);
            db.DossierDocuments.Add(new DossierDocument(
                dossier.TenantId, Guid.CreateVersion7(), dossier.Id, missing.NominationId, missing.Code, stored.DisplayName,
                stored.StorageKey, stored.Kind.ContentType(), stored.Size, stored.Sha256, DocumentScanStatus.Clean, uploadedBy, clock.GetUtcNow()));
        }

        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
    }

    /// <summary>A one-page PDF whose text is the document's (ASCII-folded) name.</summary>
    private static byte[] DemoPdf(string title)
    {
        var text = new string(title.Replace('đ', 'd').Replace('Đ', 'D').Normalize(System.Text.NormalizationForm.FormD)
            .Where(c => c < 128 && c is not '(' and not ')' and not '\\').ToArray());
        var stream = $"BT /F1 14 Tf 72 760 Td ({text}) Tj ET";
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
            $"<< /Length {stream.Length} >>\nstream\n{stream}\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman >>",
        };
        var pdf = new System.Text.StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(System.Globalization.CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return System.Text.Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
