using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Attache.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class SignedReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SignedReports",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    To = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CompareFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CompareTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Lang = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    ReportKey = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    SignedById = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    SignedByEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    SignerName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SignedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvinceId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignedReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SignedReports_Provinces_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "Provinces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SignedReportFiles",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SignedReportId = table.Column<int>(type: "INTEGER", nullable: false),
                    Format = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 150, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    ProvinceId = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SignedReportFiles", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SignedReportFiles_Provinces_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "Provinces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SignedReportFiles_SignedReports_SignedReportId",
                        column: x => x.SignedReportId,
                        principalTable: "SignedReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_SignedReportFiles_ProvinceId",
                table: "SignedReportFiles",
                column: "ProvinceId");

            migrationBuilder.CreateIndex(
                name: "IX_SignedReportFiles_SignedReportId_Format",
                table: "SignedReportFiles",
                columns: new[] { "SignedReportId", "Format" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SignedReports_ProvinceId_ReportKey_Revision",
                table: "SignedReports",
                columns: new[] { "ProvinceId", "ReportKey", "Revision" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SignedReports_SignedAt",
                table: "SignedReports",
                column: "SignedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SignedReportFiles");

            migrationBuilder.DropTable(
                name: "SignedReports");
        }
    }
}
