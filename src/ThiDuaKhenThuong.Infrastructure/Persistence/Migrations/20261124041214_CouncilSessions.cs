using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDuaKhenThuong.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CouncilSessions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "person_id",
                table: "council_members",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "council_sessions",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    term_id = table.Column<Guid>(type: "uuid", nullable: false),
                    meeting_date = table.Column<DateOnly>(type: "date", nullable: false),
                    place = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    agenda_note = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    voting_closes_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    voting_opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_by = table.Column<Guid>(type: "uuid", nullable: true),
                    council_size = table.Column<int>(type: "integer", nullable: true),
                    results_recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reset_requested_by = table.Column<Guid>(type: "uuid", nullable: true),
                    reset_requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    reset_reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    reset_count = table.Column<int>(type: "integer", nullable: false),
                    created_by = table.Column<Guid>(type: "uuid", nullable: false),
                    created_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_council_sessions", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_council_sessions_council_terms_tenant_id_term_id",
                        columns: x => new { x.tenant_id, x.term_id },
                        principalTable: "council_terms",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "council_participations",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    member_id = table.Column<Guid>(type: "uuid", nullable: false),
                    method = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    entered_by = table.Column<Guid>(type: "uuid", nullable: true),
                    entered_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_council_participations", x => new { x.tenant_id, x.session_id, x.member_id });
                    table.ForeignKey(
                        name: "fk_council_participations_council_members_tenant_id_member_id",
                        columns: x => new { x.tenant_id, x.member_id },
                        principalTable: "council_members",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_council_participations_council_sessions_tenant_id_session_id",
                        columns: x => new { x.tenant_id, x.session_id },
                        principalTable: "council_sessions",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "council_session_items",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    session_id = table.Column<Guid>(type: "uuid", nullable: false),
                    nomination_id = table.Column<Guid>(type: "uuid", nullable: false),
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    dossier_unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    nominee_kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    nominee_id = table.Column<Guid>(type: "uuid", nullable: false),
                    nominee_name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    award_code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    order = table.Column<int>(type: "integer", nullable: false),
                    pass_numerator = table.Column<int>(type: "integer", nullable: false),
                    pass_denominator = table.Column<int>(type: "integer", nullable: false),
                    @base = table.Column<string>(name: "base", type: "character varying(20)", maxLength: 20, nullable: false),
                    quorum_numerator = table.Column<int>(type: "integer", nullable: false),
                    quorum_denominator = table.Column<int>(type: "integer", nullable: false),
                    for_votes = table.Column<int>(type: "integer", nullable: true),
                    against_votes = table.Column<int>(type: "integer", nullable: true),
                    abstain_votes = table.Column<int>(type: "integer", nullable: true),
                    present_count = table.Column<int>(type: "integer", nullable: true),
                    eligible_count = table.Column<int>(type: "integer", nullable: true),
                    result = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_council_session_items", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_council_session_items_council_sessions_tenant_id_session_id",
                        columns: x => new { x.tenant_id, x.session_id },
                        principalTable: "council_sessions",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_council_session_items_dossiers_tenant_id_dossier_id",
                        columns: x => new { x.tenant_id, x.dossier_id },
                        principalTable: "dossiers",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_council_session_items_nominations_tenant_id_nomination_id",
                        columns: x => new { x.tenant_id, x.nomination_id },
                        principalTable: "nominations",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "council_ballots",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    item_id = table.Column<Guid>(type: "uuid", nullable: false),
                    choice = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_council_ballots", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_council_ballots_council_session_items_tenant_id_item_id",
                        columns: x => new { x.tenant_id, x.item_id },
                        principalTable: "council_session_items",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_council_members_tenant_id_person_id",
                table: "council_members",
                columns: new[] { "tenant_id", "person_id" });

            migrationBuilder.CreateIndex(
                name: "ix_council_ballots_tenant_id_item_id",
                table: "council_ballots",
                columns: new[] { "tenant_id", "item_id" });

            migrationBuilder.CreateIndex(
                name: "ix_council_participations_tenant_id_member_id",
                table: "council_participations",
                columns: new[] { "tenant_id", "member_id" });

            migrationBuilder.CreateIndex(
                name: "ix_council_session_items_tenant_id_dossier_id",
                table: "council_session_items",
                columns: new[] { "tenant_id", "dossier_id" });

            migrationBuilder.CreateIndex(
                name: "ix_council_session_items_tenant_id_nomination_id",
                table: "council_session_items",
                columns: new[] { "tenant_id", "nomination_id" });

            migrationBuilder.CreateIndex(
                name: "ix_council_session_items_tenant_id_session_id_nomination_id",
                table: "council_session_items",
                columns: new[] { "tenant_id", "session_id", "nomination_id" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_council_sessions_tenant_id_meeting_date",
                table: "council_sessions",
                columns: new[] { "tenant_id", "meeting_date" });

            migrationBuilder.CreateIndex(
                name: "ix_council_sessions_tenant_id_term_id",
                table: "council_sessions",
                columns: new[] { "tenant_id", "term_id" });

            migrationBuilder.AddForeignKey(
                name: "fk_council_members_people_tenant_id_person_id",
                table: "council_members",
                columns: new[] { "tenant_id", "person_id" },
                principalTable: "people",
                principalColumns: new[] { "tenant_id", "id" },
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.EnableTenantRowSecurity("council_sessions", "council_session_items", "council_ballots", "council_participations");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "fk_council_members_people_tenant_id_person_id",
                table: "council_members");

            migrationBuilder.DropTable(
                name: "council_ballots");

            migrationBuilder.DropTable(
                name: "council_participations");

            migrationBuilder.DropTable(
                name: "council_session_items");

            migrationBuilder.DropTable(
                name: "council_sessions");

            migrationBuilder.DropIndex(
                name: "ix_council_members_tenant_id_person_id",
                table: "council_members");

            migrationBuilder.DropColumn(
                name: "person_id",
                table: "council_members");
        }
    }
}
