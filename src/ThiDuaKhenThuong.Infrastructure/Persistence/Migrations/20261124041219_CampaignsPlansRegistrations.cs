using System;
using Microsoft.EntityFrameworkCore.Migrations;
using ThiDuaKhenThuong.Infrastructure.Persistence;

#nullable disable

namespace ThiDuaKhenThuong.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CampaignsPlansRegistrations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "campaigns",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false, collation: "vi_vn"),
                    level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    scope = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    from_year = table.Column<int>(type: "integer", nullable: false),
                    to_year = table.Column<int>(type: "integer", nullable: false),
                    goals = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    launch_date = table.Column<DateOnly>(type: "date", nullable: true),
                    preliminary_review_date = table.Column<DateOnly>(type: "date", nullable: true),
                    final_review_date = table.Column<DateOnly>(type: "date", nullable: true),
                    created_by = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_campaigns", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_campaigns_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plan_collections",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    deadline = table.Column<DateOnly>(type: "date", nullable: false),
                    note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    created_by = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_collections", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_plan_collections_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "title_registrations",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    nominee_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    nominee_id = table.Column<Guid>(type: "uuid", nullable: true),
                    nominee_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "vi_vn"),
                    award_code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_title_registrations", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_title_registrations_units_tenant_id_unit_id",
                        columns: x => new { x.tenant_id, x.unit_id },
                        principalTable: "units",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "campaign_documents",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    campaign_id = table.Column<Guid>(type: "uuid", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
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
                    table.PrimaryKey("pk_campaign_documents", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_campaign_documents_campaigns_tenant_id_campaign_id",
                        columns: x => new { x.tenant_id, x.campaign_id },
                        principalTable: "campaigns",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "plan_collection_units",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    collection_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_plan_collection_units", x => new { x.tenant_id, x.collection_id, x.unit_id });
                    table.ForeignKey(
                        name: "fk_plan_collection_units_plan_collections_tenant_id_collection",
                        columns: x => new { x.tenant_id, x.collection_id },
                        principalTable: "plan_collections",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_plan_collection_units_units_tenant_id_unit_id",
                        columns: x => new { x.tenant_id, x.unit_id },
                        principalTable: "units",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "unit_plans",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    collection_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    campaigns = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    target_titles = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    document_name = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: true),
                    storage_key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    content_type = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    document_size = table.Column<long>(type: "bigint", nullable: true),
                    sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: true),
                    scan_status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    workflow_instance_id = table.Column<Guid>(type: "uuid", nullable: true),
                    is_editable = table.Column<bool>(type: "boolean", nullable: false),
                    first_sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    last_sent_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    created_by = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_unit_plans", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_unit_plans_plan_collections_tenant_id_collection_id",
                        columns: x => new { x.tenant_id, x.collection_id },
                        principalTable: "plan_collections",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_unit_plans_units_tenant_id_unit_id",
                        columns: x => new { x.tenant_id, x.unit_id },
                        principalTable: "units",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_dossiers_tenant_id_campaign_id",
                table: "dossiers",
                columns: new[] { "tenant_id", "campaign_id" });

            migrationBuilder.CreateIndex(
                name: "ix_campaign_documents_tenant_id_campaign_id",
                table: "campaign_documents",
                columns: new[] { "tenant_id", "campaign_id" });

            migrationBuilder.CreateIndex(
                name: "ix_campaigns_tenant_id_from_year_to_year",
                table: "campaigns",
                columns: new[] { "tenant_id", "from_year", "to_year" });

            migrationBuilder.CreateIndex(
                name: "ix_plan_collection_units_tenant_id_unit_id",
                table: "plan_collection_units",
                columns: new[] { "tenant_id", "unit_id" });

            migrationBuilder.CreateIndex(
                name: "ix_plan_collections_tenant_id_year",
                table: "plan_collections",
                columns: new[] { "tenant_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_title_registrations_tenant_id_unit_id",
                table: "title_registrations",
                columns: new[] { "tenant_id", "unit_id" });

            migrationBuilder.CreateIndex(
                name: "ix_title_registrations_tenant_id_year_award_code",
                table: "title_registrations",
                columns: new[] { "tenant_id", "year", "award_code" });

            migrationBuilder.CreateIndex(
                name: "ix_title_registrations_tenant_id_year_unit_id",
                table: "title_registrations",
                columns: new[] { "tenant_id", "year", "unit_id" });

            migrationBuilder.CreateIndex(
                name: "ix_unit_plans_tenant_id_collection_id_unit_id",
                table: "unit_plans",
                columns: new[] { "tenant_id", "collection_id", "unit_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_unit_plans_tenant_id_unit_id",
                table: "unit_plans",
                columns: new[] { "tenant_id", "unit_id" });

            migrationBuilder.AddForeignKey(
                name: "fk_dossiers_campaigns_tenant_id_campaign_id",
                table: "dossiers",
                columns: new[] { "tenant_id", "campaign_id" },
                principalTable: "campaigns",
                principalColumns: new[] { "tenant_id", "id" },
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.EnableTenantRowSecurity(
                "campaigns", "campaign_documents", "plan_collections", "plan_collection_units", "unit_plans", "title_registrations");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_dossiers_campaigns_tenant_id_campaign_id",
                table: "dossiers");

            migrationBuilder.DropTable(
                name: "campaign_documents");

            migrationBuilder.DropTable(
                name: "plan_collection_units");

            migrationBuilder.DropTable(
                name: "title_registrations");

            migrationBuilder.DropTable(
                name: "unit_plans");

            migrationBuilder.DropTable(
                name: "campaigns");

            migrationBuilder.DropTable(
                name: "plan_collections");

            migrationBuilder.DropIndex(
                name: "ix_dossiers_tenant_id_campaign_id",
                table: "dossiers");
        }
    }
}
