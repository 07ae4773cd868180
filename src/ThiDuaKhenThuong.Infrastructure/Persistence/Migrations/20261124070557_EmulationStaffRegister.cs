using System;
using Microsoft.EntityFrameworkCore.Migrations;
using ThiDuaKhenThuong.Infrastructure.Persistence;

#nullable disable

namespace ThiDuaKhenThuong.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class EmulationStaffRegister : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "emulation_staff",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    unit_id = table.Column<Guid>(type: "uuid", nullable: false),
                    full_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false, collation: "vi_vn"),
                    birth_year = table.Column<int>(type: "integer", nullable: false),
                    sex = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    education = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    qualification = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    political_theory = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    full_time = table.Column<bool>(type: "boolean", nullable: false),
                    started_year = table.Column<int>(type: "integer", nullable: false),
                    left_on = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_emulation_staff", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_emulation_staff_units_tenant_id_unit_id",
                        columns: x => new { x.tenant_id, x.unit_id },
                        principalTable: "units",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_emulation_staff_tenant_id_unit_id",
                table: "emulation_staff",
                columns: new[] { "tenant_id", "unit_id" });

            migrationBuilder.EnableTenantRowSecurity("emulation_staff");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "emulation_staff");
        }
    }
}
