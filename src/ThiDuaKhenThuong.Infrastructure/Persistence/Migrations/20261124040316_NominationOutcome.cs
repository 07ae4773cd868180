using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDuaKhenThuong.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class NominationOutcome : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "decision_id",
                table: "nominations",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "outcome",
                table: "nominations",
                type: "character varying(30)",
                maxLength: 30,
                nullable: false,
                defaultValue: "Pending");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "outcome_at",
                table: "nominations",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "outcome_reason",
                table: "nominations",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_nominations_tenant_id_outcome",
                table: "nominations",
                columns: new[] { "tenant_id", "outcome" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_nominations_tenant_id_outcome",
                table: "nominations");

            migrationBuilder.DropColumn(
                name: "decision_id",
                table: "nominations");

            migrationBuilder.DropColumn(
                name: "outcome",
                table: "nominations");

            migrationBuilder.DropColumn(
                name: "outcome_at",
                table: "nominations");

            migrationBuilder.DropColumn(
                name: "outcome_reason",
                table: "nominations");
        }
    }
}
