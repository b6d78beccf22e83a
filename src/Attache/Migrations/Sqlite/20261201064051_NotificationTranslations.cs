using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Attache.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class NotificationTranslations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "TranslatedBody",
                table: "Notification",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "TranslatedTitle",
                table: "Notification",
                type: "TEXT",
                maxLength: 300,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "TranslatedBody",
                table: "Notification");

            migrationBuilder.DropColumn(
                name: "TranslatedTitle",
                table: "Notification");
        }
    }
}
