using System;
using Microsoft.EntityFrameworkCore.Migrations;
using ThiDuaKhenThuong.Infrastructure.Persistence;

#nullable disable

namespace ThiDuaKhenThuong.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Accounts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "council_terms",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "vi_vn"),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: false),
                    decision_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_council_terms", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_council_terms_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "council_members",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    term_id = table.Column<Guid>(type: "uuid", nullable: false),
                    full_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "vi_vn"),
                    position = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    role = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: true),
                    user_id = table.Column<Guid>(type: "uuid", nullable: true),
                    starts_on = table.Column<DateOnly>(type: "date", nullable: false),
                    ends_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_council_members", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_council_members_council_terms_tenant_id_term_id",
                        columns: x => new { x.tenant_id, x.term_id },
                        principalTable: "council_terms",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_council_members_units_tenant_id_unit_id",
                        columns: x => new { x.tenant_id, x.unit_id },
                        principalTable: "units",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_council_members_tenant_id_term_id_role",
                table: "council_members",
                columns: new[] { "tenant_id", "term_id", "role" });

            migrationBuilder.CreateIndex(
                name: "ix_council_members_tenant_id_unit_id",
                table: "council_members",
                columns: new[] { "tenant_id", "unit_id" });

            migrationBuilder.CreateIndex(
                name: "ix_council_members_tenant_id_user_id",
                table: "council_members",
                columns: new[] { "tenant_id", "user_id" });

            migrationBuilder.CreateIndex(
                name: "ix_council_terms_tenant_id_starts_on",
                table: "council_terms",
                columns: new[] { "tenant_id", "starts_on" });

            // A council member's account must be of the same province: (tenant_id, user_id) → users (tenant_id, id).
            // EF cannot model a key over the nullable users.tenant_id, hence SQL.
            migrationBuilder.Sql("""
                ALTER TABLE users ADD CONSTRAINT ak_users_tenant_id_id UNIQUE (tenant_id, id);
                ALTER TABLE council_members ADD CONSTRAINT fk_council_members_users_tenant_id_user_id
                    FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE RESTRICT;
                """);
            migrationBuilder.EnableTenantRowSecurity("council_terms", "council_members");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("ALTER TABLE council_members DROP CONSTRAINT IF EXISTS fk_council_members_users_tenant_id_user_id; ALTER TABLE users DROP CONSTRAINT IF EXISTS ak_users_tenant_id_id;");
            migrationBuilder.DropTable(
                name: "council_members");

            migrationBuilder.DropTable(
                name: "council_terms");
        }
    }
}
