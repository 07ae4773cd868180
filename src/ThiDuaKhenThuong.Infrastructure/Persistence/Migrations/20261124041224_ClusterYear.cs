using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDuaKhenThuong.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ClusterYear : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "group_ballot_participations",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    group_id = table.Column<Guid>(type: "uuid", nullable: false),
                    voter_unit_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_group_ballot_participations", x => new { x.tenant_id, x.group_id, x.voter_unit_id });
                    table.ForeignKey(
                        name: "fk_group_ballot_participations_emulation_groups_tenant_id_grou",
                        columns: x => new { x.tenant_id, x.group_id },
                        principalTable: "emulation_groups",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_group_ballot_participations_units_tenant_id_voter_unit_id",
                        columns: x => new { x.tenant_id, x.voter_unit_id },
                        principalTable: "units",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "group_ballots",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    group_id = table.Column<Guid>(type: "uuid", nullable: false),
                    candidate_unit_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_group_ballots", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_group_ballots_emulation_groups_tenant_id_group_id",
                        columns: x => new { x.tenant_id, x.group_id },
                        principalTable: "emulation_groups",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_group_ballots_units_tenant_id_candidate_unit_id",
                        columns: x => new { x.tenant_id, x.candidate_unit_id },
                        principalTable: "units",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "group_criteria",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    group_id = table.Column<Guid>(type: "uuid", nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false),
                    section = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    title = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    max_points = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false),
                    evidence = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_group_criteria", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_group_criteria_emulation_groups_tenant_id_group_id",
                        columns: x => new { x.tenant_id, x.group_id },
                        principalTable: "emulation_groups",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "group_files",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    group_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    criterion_id = table.Column<Guid>(type: "uuid", nullable: true),
                    purpose = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
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
                    table.PrimaryKey("pk_group_files", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_group_files_emulation_groups_tenant_id_group_id",
                        columns: x => new { x.tenant_id, x.group_id },
                        principalTable: "emulation_groups",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_group_files_units_tenant_id_unit_id",
                        columns: x => new { x.tenant_id, x.unit_id },
                        principalTable: "units",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "group_years",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    group_id = table.Column<Guid>(type: "uuid", nullable: false),
                    mode = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    certificate_share_percent = table.Column<int>(type: "integer", nullable: false),
                    commitment_file_id = table.Column<Guid>(type: "uuid", nullable: true),
                    commitment_signed_on = table.Column<DateOnly>(type: "date", nullable: true),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    vote_opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    vote_closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    elected_unit_id = table.Column<Guid>(type: "uuid", nullable: true),
                    proposal_dossier_id = table.Column<Guid>(type: "uuid", nullable: true),
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_group_years", x => new { x.tenant_id, x.group_id });
                    table.ForeignKey(
                        name: "fk_group_years_emulation_groups_tenant_id_group_id",
                        columns: x => new { x.tenant_id, x.group_id },
                        principalTable: "emulation_groups",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "group_scores",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    group_id = table.Column<Guid>(type: "uuid", nullable: false),
                    scored_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    scorer_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    criterion_id = table.Column<Guid>(type: "uuid", nullable: false),
                    points = table.Column<decimal>(type: "numeric(7,2)", precision: 7, scale: 2, nullable: false),
                    note = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    updated_by = table.Column<Guid>(type: "uuid", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_group_scores", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_group_scores_emulation_groups_tenant_id_group_id",
                        columns: x => new { x.tenant_id, x.group_id },
                        principalTable: "emulation_groups",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_group_scores_group_criteria_tenant_id_criterion_id",
                        columns: x => new { x.tenant_id, x.criterion_id },
                        principalTable: "group_criteria",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_group_scores_units_tenant_id_scored_unit_id",
                        columns: x => new { x.tenant_id, x.scored_unit_id },
                        principalTable: "units",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_group_scores_units_tenant_id_scorer_unit_id",
                        columns: x => new { x.tenant_id, x.scorer_unit_id },
                        principalTable: "units",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_group_ballot_participations_tenant_id_voter_unit_id",
                table: "group_ballot_participations",
                columns: new[] { "tenant_id", "voter_unit_id" });

            migrationBuilder.CreateIndex(
                name: "ix_group_ballots_tenant_id_candidate_unit_id",
                table: "group_ballots",
                columns: new[] { "tenant_id", "candidate_unit_id" });

            migrationBuilder.CreateIndex(
                name: "ix_group_ballots_tenant_id_group_id",
                table: "group_ballots",
                columns: new[] { "tenant_id", "group_id" });

            migrationBuilder.CreateIndex(
                name: "ix_group_criteria_tenant_id_group_id_order",
                table: "group_criteria",
                columns: new[] { "tenant_id", "group_id", "order" });

            migrationBuilder.CreateIndex(
                name: "ix_group_files_tenant_id_group_id_unit_id",
                table: "group_files",
                columns: new[] { "tenant_id", "group_id", "unit_id" });

            migrationBuilder.CreateIndex(
                name: "ix_group_files_tenant_id_unit_id",
                table: "group_files",
                columns: new[] { "tenant_id", "unit_id" });

            migrationBuilder.CreateIndex(
                name: "ix_group_scores_tenant_id_criterion_id",
                table: "group_scores",
                columns: new[] { "tenant_id", "criterion_id" });

            migrationBuilder.CreateIndex(
                name: "ix_group_scores_tenant_id_group_id_scored_unit_id_scorer_unit_",
                table: "group_scores",
                columns: new[] { "tenant_id", "group_id", "scored_unit_id", "scorer_unit_id", "criterion_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_group_scores_tenant_id_scored_unit_id",
                table: "group_scores",
                columns: new[] { "tenant_id", "scored_unit_id" });

            migrationBuilder.CreateIndex(
                name: "ix_group_scores_tenant_id_scorer_unit_id",
                table: "group_scores",
                columns: new[] { "tenant_id", "scorer_unit_id" });

            migrationBuilder.EnableTenantRowSecurity(
                "group_years", "group_criteria", "group_scores", "group_files", "group_ballots", "group_ballot_participations");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "group_ballot_participations");

            migrationBuilder.DropTable(
                name: "group_ballots");

            migrationBuilder.DropTable(
                name: "group_files");

            migrationBuilder.DropTable(
                name: "group_scores");

            migrationBuilder.DropTable(
                name: "group_years");

            migrationBuilder.DropTable(
                name: "group_criteria");
        }
    }
}
