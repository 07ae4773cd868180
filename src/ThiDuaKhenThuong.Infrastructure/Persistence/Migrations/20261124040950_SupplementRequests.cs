using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using ThiDuaKhenThuong.Infrastructure.Persistence;

#nullable disable

namespace ThiDuaKhenThuong.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class SupplementRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "supplement_requests",
                columns: table => new
                {
                    tenant_id = table.Column<Guid>(type: "uuid", nullable: false),
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    dossier_id = table.Column<Guid>(type: "uuid", nullable: false),
                    items = table.Column<List<string>>(type: "text[]", nullable: false),
                    requested_by = table.Column<Guid>(type: "uuid", nullable: false),
                    requested_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    resolved_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_supplement_requests", x => new { x.tenant_id, x.id });
                    table.ForeignKey(
                        name: "fk_supplement_requests_dossiers_tenant_id_dossier_id",
                        columns: x => new { x.tenant_id, x.dossier_id },
                        principalTable: "dossiers",
                        principalColumns: new[] { "tenant_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_supplement_requests_tenant_id_dossier_id",
                table: "supplement_requests",
                columns: new[] { "tenant_id", "dossier_id" });

            migrationBuilder.EnableTenantRowSecurity("supplement_requests");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "supplement_requests");
        }
    }
}
