using System;
using Microsoft.EntityFrameworkCore.Migrations;
using ThiDuaKhenThuong.Infrastructure.Persistence;

#nullable disable

namespace ThiDuaKhenThuong.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class CatalogAndPeople : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "award_types",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    parent_award_type_id = table.Column<Guid>(type: "uuid", nullable: true),
                    code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "vi_vn"),
                    short_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    is_title = table.Column<bool>(type: "boolean", nullable: false),
                    recipient_kinds = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    granting_authority = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    allowed_kinds = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    settings = table.Column<string>(type: "jsonb", nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_award_types", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_award_types_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "collectives",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "vi_vn"),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_collectives", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_collectives_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_collectives_units_tenant_id_unit_id",
                        columns: x => new { x.tenant_id, x.unit_id },
                        principalTable: "units",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "national_award_types",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "vi_vn"),
                    short_name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    is_title = table.Column<bool>(type: "boolean", nullable: false),
                    recipient_kinds = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    level = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    granting_authority = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    allowed_kinds = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    settings = table.Column<string>(type: "jsonb", nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_national_award_types", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "national_rule_sets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    rules = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_national_rule_sets", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "people",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    full_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "vi_vn"),
                    gender = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    birth_year = table.Column<int>(type: "integer", nullable: true),
                    national_id = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: true),
                    position = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    is_direct_worker = table.Column<bool>(type: "boolean", nullable: false),
                    leader_level = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    is_ethnic_minority = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_people", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_people_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_people_units_tenant_id_unit_id",
                        columns: x => new { x.tenant_id, x.unit_id },
                        principalTable: "units",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "rule_sets",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    parent_rule_set_code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    rules = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_rule_sets", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_rule_sets_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "award_history",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    person_id = table.Column<Guid>(type: "uuid", nullable: true),
                    collective_id = table.Column<Guid>(type: "uuid", nullable: true),
                    award_code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    decision_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    decision_date = table.Column<DateOnly>(type: "date", nullable: false),
                    issuing_authority = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_award_history", x => new { x.tenant_id, x.id });
                    table.CheckConstraint("ck_award_history_one_holder", "(person_id IS NULL) <> (collective_id IS NULL)");
                    table.ForeignKey(
                        name: "fk_award_history_collectives_tenant_id_collective_id",
                        columns: x => new { x.tenant_id, x.collective_id },
                        principalTable: "collectives",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_award_history_people_tenant_id_person_id",
                        columns: x => new { x.tenant_id, x.person_id },
                        principalTable: "people",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_award_history_tenants_tenant_id",
                        column: x => x.tenant_id,
                        principalTable: "tenants",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_award_history_tenant_id_collective_id_year",
                table: "award_history",
                columns: new[] { "tenant_id", "collective_id", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_award_history_tenant_id_person_id_year",
                table: "award_history",
                columns: new[] { "tenant_id", "person_id", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_award_types_tenant_id_code_valid_from",
                table: "award_types",
                columns: new[] { "tenant_id", "code", "valid_from" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_collectives_tenant_id_name",
                table: "collectives",
                columns: new[] { "tenant_id", "name" });

            migrationBuilder.CreateIndex(
                name: "ix_collectives_tenant_id_unit_id",
                table: "collectives",
                columns: new[] { "tenant_id", "unit_id" });

            migrationBuilder.CreateIndex(
                name: "ix_national_award_types_code_valid_from",
                table: "national_award_types",
                columns: new[] { "code", "valid_from" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_national_rule_sets_code",
                table: "national_rule_sets",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_people_tenant_id_full_name",
                table: "people",
                columns: new[] { "tenant_id", "full_name" });

            migrationBuilder.CreateIndex(
                name: "ix_people_tenant_id_national_id",
                table: "people",
                columns: new[] { "tenant_id", "national_id" },
                unique: true,
                filter: "national_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_people_tenant_id_unit_id",
                table: "people",
                columns: new[] { "tenant_id", "unit_id" });

            migrationBuilder.CreateIndex(
                name: "ix_rule_sets_tenant_id_code",
                table: "rule_sets",
                columns: new[] { "tenant_id", "code" },
                unique: true);

            migrationBuilder.EnableTenantRowSecurity("award_types", "rule_sets", "people", "collectives", "award_history");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "award_history");

            migrationBuilder.DropTable(
                name: "award_types");

            migrationBuilder.DropTable(
                name: "national_award_types");

            migrationBuilder.DropTable(
                name: "national_rule_sets");

            migrationBuilder.DropTable(
                name: "rule_sets");

            migrationBuilder.DropTable(
                name: "collectives");

            migrationBuilder.DropTable(
                name: "people");
        }
    }
}
