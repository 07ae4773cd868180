using System;
using Microsoft.EntityFrameworkCore.Migrations;
using ThiDuaKhenThuong.Infrastructure.Persistence;

#nullable disable

namespace ThiDuaKhenThuong.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Dossiers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dossier_counters",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    last_number = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dossier_counters", x => new { x.tenant_id, x.year });
                    table.ForeignKey(
                        name: "fk_dossier_counters_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "dossiers",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: true),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false, collation: "vi_vn"),
                    summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    number = table.Column<int>(type: "integer", nullable: true),
                    workflow_instance_id = table.Column<Guid>(type: "uuid", nullable: true),
                    is_editable = table.Column<bool>(type: "boolean", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dossiers", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_dossiers_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_dossiers_units_tenant_id_unit_id",
                        columns: x => new { x.tenant_id, x.unit_id },
                        principalTable: "units",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "dossier_documents",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    nomination_id = table.Column<Guid>(type: "uuid", nullable: true),
                    document_code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    display_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    storage_key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    content_type = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    size = table.Column<long>(type: "bigint", nullable: false),
                    sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    scan_status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    uploaded_by = table.Column<Guid>(type: "uuid", nullable: false),
                    uploaded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_dossier_documents", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_dossier_documents_dossiers_tenant_id_dossier_id",
                        columns: x => new { x.tenant_id, x.dossier_id },
                        principalTable: "dossiers",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "nominations",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    award_code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    eligibility_status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    eligibility_report = table.Column<string>(type: "jsonb", nullable: true),
                    justification = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    appraisal = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    appraisal_note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    override_reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    appraised_by = table.Column<Guid>(type: "uuid", nullable: true),
                    appraised_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    nominee_id = table.Column<Guid>(type: "uuid", nullable: false),
                    nominee_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    nominee_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_nominations", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_nominations_dossiers_tenant_id_dossier_id",
                        columns: x => new { x.tenant_id, x.dossier_id },
                        principalTable: "dossiers",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_dossier_documents_tenant_id_dossier_id",
                table: "dossier_documents",
                columns: new[] { "tenant_id", "dossier_id" });

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_tenant_id_unit_id_year",
                table: "dossiers",
                columns: new[] { "tenant_id", "unit_id", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_tenant_id_year_number",
                table: "dossiers",
                columns: new[] { "tenant_id", "year", "number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_nominations_tenant_id_award_code",
                table: "nominations",
                columns: new[] { "tenant_id", "award_code" });

            migrationBuilder.CreateIndex(
                name: "ix_nominations_tenant_id_dossier_id",
                table: "nominations",
                columns: new[] { "tenant_id", "dossier_id" });

            migrationBuilder.EnableTenantRowSecurity("dossiers", "nominations", "dossier_documents", "dossier_counters");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dossier_counters");

            migrationBuilder.DropTable(
                name: "dossier_documents");

            migrationBuilder.DropTable(
                name: "nominations");

            migrationBuilder.DropTable(
                name: "dossiers");
        }
    }
}
