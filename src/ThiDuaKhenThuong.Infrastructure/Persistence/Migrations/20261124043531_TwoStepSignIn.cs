using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDuaKhenThuong.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class TwoStepSignIn : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "totp_last_step",
                table: "users",
                type: "bigint",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "totp_last_step",
                table: "users");
        }
    }
}
