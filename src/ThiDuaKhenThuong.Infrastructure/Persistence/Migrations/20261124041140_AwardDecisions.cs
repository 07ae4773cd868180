using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDuaKhenThuong.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AwardDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "decision_id",
                table: "award_history",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "nomination_id",
                table: "award_history",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "revocation_reason",
                table: "award_history",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "revoked_at",
                table: "award_history",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "revoked_by_decision_number",
                table: "award_history",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "award_decisions",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    award_code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    number = table.Column<int>(type: "integer", nullable: false),
                    symbol = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    decision_date = table.Column<DateOnly>(type: "date", nullable: false),
                    subject = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    legal_basis = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    signer_title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    signer_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    issuing_authority = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    revokes_decision_id = table.Column<Guid>(type: "uuid", nullable: true),
                    reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    drafted_by = table.Column<Guid>(type: "uuid", nullable: false),
                    drafted_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    signed_by = table.Column<Guid>(type: "uuid", nullable: true),
                    signed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    scan_storage_key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    scan_sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    scan_file_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    central_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    central_date = table.Column<DateOnly>(type: "date", nullable: true),
                    central_authority = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    central_recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_award_decisions", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_award_decisions_award_decisions_tenant_id_revokes_decision_",
                        columns: x => new { x.tenant_id, x.revokes_decision_id },
                        principalTable: "award_decisions",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_award_decisions_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "decision_items",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    decision_id = table.Column<Guid>(type: "uuid", nullable: false),
                    nomination_id = table.Column<Guid>(type: "uuid", nullable: false),
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    nominee_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    nominee_id = table.Column<Guid>(type: "uuid", nullable: false),
                    nominee_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    award_code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_decision_items", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_decision_items_award_decisions_tenant_id_decision_id",
                        columns: x => new { x.tenant_id, x.decision_id },
                        principalTable: "award_decisions",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_decision_items_nominations_tenant_id_nomination_id",
                        columns: x => new { x.tenant_id, x.nomination_id },
                        principalTable: "nominations",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_award_history_tenant_id_nomination_id",
                table: "award_history",
                columns: new[] { "tenant_id", "nomination_id" });

            migrationBuilder.CreateIndex(
                name: "ix_award_decisions_tenant_id_revokes_decision_id",
                table: "award_decisions",
                columns: new[] { "tenant_id", "revokes_decision_id" });

            migrationBuilder.CreateIndex(
                name: "ix_award_decisions_tenant_id_status_year",
                table: "award_decisions",
                columns: new[] { "tenant_id", "status", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_award_decisions_tenant_id_year_number_symbol",
                table: "award_decisions",
                columns: new[] { "tenant_id", "year", "number", "symbol" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_decision_items_tenant_id_decision_id",
                table: "decision_items",
                columns: new[] { "tenant_id", "decision_id" });

            migrationBuilder.CreateIndex(
                name: "ix_decision_items_tenant_id_nomination_id",
                table: "decision_items",
                columns: new[] { "tenant_id", "nomination_id" });

            migrationBuilder.EnableTenantRowSecurity("award_decisions", "decision_items");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "decision_items");

            migrationBuilder.DropTable(
                name: "award_decisions");

            migrationBuilder.DropIndex(
                name: "ix_award_history_tenant_id_nomination_id",
                table: "award_history");

            migrationBuilder.DropColumn(
                name: "decision_id",
                table: "award_history");

            migrationBuilder.DropColumn(
                name: "nomination_id",
                table: "award_history");

            migrationBuilder.DropColumn(
                name: "revocation_reason",
                table: "award_history");

            migrationBuilder.DropColumn(
                name: "revoked_at",
                table: "award_history");

            migrationBuilder.DropColumn(
                name: "revoked_by_decision_number",
                table: "award_history");
        }
    }
}
