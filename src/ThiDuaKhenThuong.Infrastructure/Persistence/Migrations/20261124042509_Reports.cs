using System;
using Microsoft.EntityFrameworkCore.Migrations;
using ThiDuaKhenThuong.Infrastructure.Reporting;

#nullable disable

namespace ThiDuaKhenThuong.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Reports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "report_drafts",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    period_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    scope_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    scope_id = table.Column<Guid>(type: "uuid", nullable: true),
                    scope_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    as_of = table.Column<DateOnly>(type: "date", nullable: false),
                    movements = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    commendation = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    shortcomings = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    next_tasks = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<Guid>(type: "uuid", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_versions = table.Column<int>(type: "integer", nullable: false),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_drafts", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_report_drafts_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "published_reports",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    draft_id = table.Column<Guid>(type: "uuid", nullable: false),
                    version = table.Column<int>(type: "integer", nullable: false),
                    period_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    scope_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    scope_id = table.Column<Guid>(type: "uuid", nullable: true),
                    scope_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    as_of = table.Column<DateOnly>(type: "date", nullable: false),
                    figures = table.Column<string>(type: "jsonb", nullable: false),
                    movements = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    commendation = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    shortcomings = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    next_tasks = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    published_by = table.Column<Guid>(type: "uuid", nullable: false),
                    published_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_published_reports", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_published_reports_report_drafts_tenant_id_draft_id",
                        columns: x => new { x.tenant_id, x.draft_id },
                        principalTable: "report_drafts",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_published_reports_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "report_jobs",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    draft_id = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_by = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_by_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    progress = table.Column<int>(type: "integer", nullable: false),
                    stage = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    published_report_id = table.Column<Guid>(type: "uuid", nullable: true),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_jobs", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_report_jobs_report_drafts_tenant_id_draft_id",
                        columns: x => new { x.tenant_id, x.draft_id },
                        principalTable: "report_drafts",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_report_jobs_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_published_reports_tenant_id_draft_id_version",
                table: "published_reports",
                columns: new[] { "tenant_id", "draft_id", "version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_published_reports_tenant_id_year_period_kind_published_at",
                table: "published_reports",
                columns: new[] { "tenant_id", "year", "period_kind", "published_at" });

            migrationBuilder.CreateIndex(
                name: "ix_report_drafts_tenant_id_year_period_kind",
                table: "report_drafts",
                columns: new[] { "tenant_id", "year", "period_kind" });

            migrationBuilder.CreateIndex(
                name: "ix_report_jobs_tenant_id_draft_id",
                table: "report_jobs",
                columns: new[] { "tenant_id", "draft_id" });

            migrationBuilder.CreateIndex(
                name: "ix_report_jobs_tenant_id_status_created_at",
                table: "report_jobs",
                columns: new[] { "tenant_id", "status", "created_at" });

            migrationBuilder.EnableTenantRowSecurity("report_drafts", "published_reports", "report_jobs");

            // A published version never changes, not even for the owner role (the app role has no UPDATE/DELETE grant).
            migrationBuilder.Sql("""
                CREATE FUNCTION published_reports_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'published report % is immutable', OLD.id;
                END $$;
                CREATE TRIGGER published_reports_immutable BEFORE UPDATE OR DELETE ON published_reports
                    FOR EACH ROW EXECUTE FUNCTION published_reports_immutable();
                """);
            migrationBuilder.Sql(ReportSql.LocalDayFunction);

            // Report queries: awards of a period, and the dossier kind behind an award.
            migrationBuilder.Sql("CREATE INDEX ix_award_history_tenant_id_decision_date ON award_history (tenant_id, decision_date);");
            migrationBuilder.Sql("CREATE INDEX ix_nominations_tenant_id_nominee_id_award_code ON nominations (tenant_id, nominee_id, award_code);");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP INDEX IF EXISTS ix_award_history_tenant_id_decision_date; DROP INDEX IF EXISTS ix_nominations_tenant_id_nominee_id_award_code; DROP FUNCTION IF EXISTS local_day(timestamptz);");
            migrationBuilder.Sql("DROP TRIGGER IF EXISTS published_reports_immutable ON published_reports; DROP FUNCTION IF EXISTS published_reports_immutable();");
            migrationBuilder.DropTable(
                name: "published_reports");

            migrationBuilder.DropTable(
                name: "report_jobs");

            migrationBuilder.DropTable(
                name: "report_drafts");
        }
    }
}
