using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Attache.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class EconomicZones : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EconomicZone",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    NameVietnamese = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    NameEnglish = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    EstablishedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    DecisionNumber = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AreaHectares = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    IsPublic = table.Column<bool>(type: "boolean", nullable: false),
                    SearchText = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    ProvinceId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EconomicZone", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EconomicZone_Provinces_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "Provinces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "EconomicZoneGate",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EconomicZoneId = table.Column<int>(type: "integer", nullable: false),
                    BorderGateId = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    ProvinceId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EconomicZoneGate", x => x.Id);
                    table.ForeignKey(
                        name: "FK_EconomicZoneGate_BorderGate_BorderGateId",
                        column: x => x.BorderGateId,
                        principalTable: "BorderGate",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EconomicZoneGate_EconomicZone_EconomicZoneId",
                        column: x => x.EconomicZoneId,
                        principalTable: "EconomicZone",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_EconomicZoneGate_Provinces_ProvinceId",
                        column: x => x.ProvinceId,
                        principalTable: "Provinces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EconomicZone_ProvinceId_NameVietnamese",
                table: "EconomicZone",
                columns: new[] { "ProvinceId", "NameVietnamese" });

            migrationBuilder.CreateIndex(
                name: "IX_EconomicZoneGate_BorderGateId",
                table: "EconomicZoneGate",
                column: "BorderGateId");

            migrationBuilder.CreateIndex(
                name: "IX_EconomicZoneGate_EconomicZoneId_BorderGateId",
                table: "EconomicZoneGate",
                columns: new[] { "EconomicZoneId", "BorderGateId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EconomicZoneGate_ProvinceId",
                table: "EconomicZoneGate",
                column: "ProvinceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EconomicZoneGate");

            migrationBuilder.DropTable(
                name: "EconomicZone");
        }
    }
}
