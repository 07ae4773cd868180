using System;
using Microsoft.EntityFrameworkCore.Migrations;
using ThiDuaKhenThuong.Infrastructure.Persistence;

#nullable disable

namespace ThiDuaKhenThuong.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class OrganisationHistory : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropPrimaryKey(
                name: "pk_emulation_group_members",
                table: "emulation_group_members");

            migrationBuilder.AlterColumn<string>(
                name: "name",
                table: "emulation_groups",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                collation: "vi_vn",
                oldClrType: typeof(string),
                oldType: "character varying(300)",
                oldMaxLength: 300);

            migrationBuilder.AddColumn<DateOnly>(
                name: "valid_from",
                table: "emulation_group_members",
                type: "date",
                nullable: false,
                defaultValue: new DateOnly(1, 1, 1));

            migrationBuilder.AddColumn<DateOnly>(
                name: "valid_to",
                table: "emulation_group_members",
                type: "date",
                nullable: true);

            // Existing members belonged for the whole of their group's year.
            migrationBuilder.ForEachTenant("""
                UPDATE emulation_group_members m SET valid_from = make_date(g.year, 1, 1)
                FROM emulation_groups g WHERE g.tenant_id = m.tenant_id AND g.id = m.group_id
                """);

            migrationBuilder.AddPrimaryKey(
                name: "pk_emulation_group_members",
                table: "emulation_group_members",
                columns: new[] { "tenant_id", "group_id", "unit_id", "valid_from" });

            migrationBuilder.CreateTable(
                name: "emulation_group_leaders",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    group_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_emulation_group_leaders", x => new { x.tenant_id, x.group_id, x.id });
                    table.ForeignKey(
                        name: "fk_emulation_group_leaders_emulation_groups_tenant_id_group_id",
                        columns: x => new { x.tenant_id, x.group_id },
                        principalTable: "emulation_groups",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_emulation_group_leaders_units_tenant_id_unit_id",
                        columns: x => new { x.tenant_id, x.unit_id },
                        principalTable: "units",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "unit_lineage",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    predecessor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    successor_id = table.Column<Guid>(type: "uuid", nullable: true),
                    effective_date = table.Column<DateOnly>(type: "date", nullable: false),
                    decision_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    decision_date = table.Column<DateOnly>(type: "date", nullable: false),
                    note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_unit_lineage", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_unit_lineage_units_tenant_id_predecessor_id",
                        columns: x => new { x.tenant_id, x.predecessor_id },
                        principalTable: "units",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_unit_lineage_units_tenant_id_successor_id",
                        columns: x => new { x.tenant_id, x.successor_id },
                        principalTable: "units",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "unit_names",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false, collation: "vi_vn"),
                    decision_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    decision_date = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_unit_names", x => new { x.tenant_id, x.unit_id, x.valid_from });
                    table.ForeignKey(
                        name: "fk_unit_names_units_tenant_id_unit_id",
                        columns: x => new { x.tenant_id, x.unit_id },
                        principalTable: "units",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "unit_parents",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    valid_from = table.Column<DateOnly>(type: "date", nullable: false),
                    valid_to = table.Column<DateOnly>(type: "date", nullable: true),
                    parent_id = table.Column<Guid>(type: "uuid", nullable: true),
                    decision_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    decision_date = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_unit_parents", x => new { x.tenant_id, x.unit_id, x.valid_from });
                    table.ForeignKey(
                        name: "fk_unit_parents_units_tenant_id_parent_id",
                        columns: x => new { x.tenant_id, x.parent_id },
                        principalTable: "units",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_unit_parents_units_tenant_id_unit_id",
                        columns: x => new { x.tenant_id, x.unit_id },
                        principalTable: "units",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_emulation_group_leaders_tenant_id_unit_id",
                table: "emulation_group_leaders",
                columns: new[] { "tenant_id", "unit_id" });

            migrationBuilder.CreateIndex(
                name: "ix_unit_lineage_tenant_id_predecessor_id",
                table: "unit_lineage",
                columns: new[] { "tenant_id", "predecessor_id" });

            migrationBuilder.CreateIndex(
                name: "ix_unit_lineage_tenant_id_successor_id",
                table: "unit_lineage",
                columns: new[] { "tenant_id", "successor_id" });

            migrationBuilder.CreateIndex(
                name: "ix_unit_names_tenant_id_valid_from_valid_to",
                table: "unit_names",
                columns: new[] { "tenant_id", "valid_from", "valid_to" });

            migrationBuilder.CreateIndex(
                name: "ix_unit_parents_tenant_id_parent_id",
                table: "unit_parents",
                columns: new[] { "tenant_id", "parent_id" });

            // Every existing unit starts its history with its present name and parent.
            migrationBuilder.ForEachTenant("""
                INSERT INTO unit_names (tenant_id, unit_id, valid_from, valid_to, name)
                SELECT tenant_id, id, valid_from, valid_to, name FROM units
                """);
            migrationBuilder.ForEachTenant("""
                INSERT INTO unit_parents (tenant_id, unit_id, valid_from, valid_to, parent_id)
                SELECT tenant_id, id, valid_from, valid_to, parent_id FROM units
                """);

            // Periods that must never overlap, held by the database as well as by the domain and the validators.
            migrationBuilder.Sql("""
                CREATE EXTENSION IF NOT EXISTS btree_gist;
                ALTER TABLE units ADD CONSTRAINT ex_units_code_period
                    EXCLUDE USING gist (tenant_id WITH =, code WITH =, daterange(valid_from, valid_to) WITH &&);
                ALTER TABLE unit_names ADD CONSTRAINT ex_unit_names_period
                    EXCLUDE USING gist (tenant_id WITH =, unit_id WITH =, daterange(valid_from, valid_to) WITH &&);
                ALTER TABLE unit_parents ADD CONSTRAINT ex_unit_parents_period
                    EXCLUDE USING gist (tenant_id WITH =, unit_id WITH =, daterange(valid_from, valid_to) WITH &&);
                ALTER TABLE emulation_group_members ADD CONSTRAINT ex_emulation_group_members_period
                    EXCLUDE USING gist (tenant_id WITH =, group_id WITH =, unit_id WITH =, daterange(valid_from, valid_to) WITH &&);
                ALTER TABLE emulation_group_leaders ADD CONSTRAINT ex_emulation_group_leaders_period
                    EXCLUDE USING gist (tenant_id WITH =, group_id WITH =, role WITH =, daterange(valid_from, valid_to) WITH &&);
                """);

            migrationBuilder.EnableTenantRowSecurity("unit_names", "unit_parents", "unit_lineage", "emulation_group_leaders");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "emulation_group_leaders");

            migrationBuilder.DropTable(
                name: "unit_lineage");

            migrationBuilder.DropTable(
                name: "unit_names");

            migrationBuilder.DropTable(
                name: "unit_parents");

            migrationBuilder.Sql("""
                ALTER TABLE units DROP CONSTRAINT ex_units_code_period;
                ALTER TABLE emulation_group_members DROP CONSTRAINT ex_emulation_group_members_period;
                """);

            // Only the first period of each membership fits the old key.
            migrationBuilder.ForEachTenant("""
                DELETE FROM emulation_group_members m USING emulation_group_members earlier
                WHERE earlier.tenant_id = m.tenant_id AND earlier.group_id = m.group_id AND earlier.unit_id = m.unit_id
                  AND earlier.valid_from < m.valid_from
                """);

            migrationBuilder.DropPrimaryKey(
                name: "pk_emulation_group_members",
                table: "emulation_group_members");

            migrationBuilder.DropColumn(
                name: "valid_from",
                table: "emulation_group_members");

            migrationBuilder.DropColumn(
                name: "valid_to",
                table: "emulation_group_members");

            migrationBuilder.AlterColumn<string>(
                name: "name",
                table: "emulation_groups",
                type: "character varying(300)",
                maxLength: 300,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(300)",
                oldMaxLength: 300,
                oldCollation: "vi_vn");

            migrationBuilder.AddPrimaryKey(
                name: "pk_emulation_group_members",
                table: "emulation_group_members",
                columns: new[] { "tenant_id", "group_id", "unit_id" });
        }
    }
}
