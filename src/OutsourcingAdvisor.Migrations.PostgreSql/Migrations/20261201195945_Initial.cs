using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutsourcingAdvisor.Migrations.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Categories");

            migrationBuilder.DropTable(
                name: "Locations");

            migrationBuilder.DropTable(
                name: "MarketFacts");

            migrationBuilder.DropTable(
                name: "Sources");

            migrationBuilder.DropTable(
                name: "WeightPresets");

            migrationBuilder.DropIndex(
                name: "IX_CatalogueVersions_Label",
                table: "CatalogueVersions");

            migrationBuilder.DropColumn(
                name: "DefaultPreset",
                table: "CatalogueVersions");

            migrationBuilder.DropColumn(
                name: "Label",
                table: "CatalogueVersions");

            migrationBuilder.DropColumn(
                name: "Thresholds",
                table: "CatalogueVersions");

            migrationBuilder.DropColumn(
                name: "AnswersJson",
                table: "Assessments");

            migrationBuilder.AddColumn<string>(
                name: "Document",
                table: "CatalogueVersions",
                type: "text",
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Document",
                table: "CatalogueVersions");

            migrationBuilder.AddColumn<string>(
                name: "DefaultPreset",
                table: "CatalogueVersions",
                type: "character varying(60)",
                maxLength: 60,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Label",
                table: "CatalogueVersions",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Thresholds",
                table: "CatalogueVersions",
                type: "jsonb",
                nullable: false,
                defaultValue: "{}");

            migrationBuilder.AddColumn<string>(
                name: "AnswersJson",
                table: "Assessments",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "Categories",
                columns: table => new
                {
                    CatalogueVersionId = table.Column<int>(type: "integer", nullable: false),
                    Slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Models = table.Column<List<string>>(type: "text[]", nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Office = table.Column<string>(type: "text", nullable: true),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    SkillLevel = table.Column<string>(type: "text", nullable: false),
                    Sources = table.Column<List<string>>(type: "text[]", nullable: false),
                    Specialization = table.Column<string>(type: "text", nullable: true),
                    InHouseWage = table.Column<string>(type: "jsonb", nullable: true),
                    Price = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Categories", x => new { x.CatalogueVersionId, x.Slug });
                    table.ForeignKey(
                        name: "FK_Categories_CatalogueVersions_CatalogueVersionId",
                        column: x => x.CatalogueVersionId,
                        principalTable: "CatalogueVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Locations",
                columns: table => new
                {
                    CatalogueVersionId = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    CostFactorMax = table.Column<decimal>(type: "numeric", nullable: false),
                    CostFactorMin = table.Column<decimal>(type: "numeric", nullable: false),
                    CostNote = table.Column<string>(type: "text", nullable: true),
                    CostSources = table.Column<List<string>>(type: "text[]", nullable: false),
                    Description = table.Column<string>(type: "text", nullable: false),
                    GapHoursMax = table.Column<int>(type: "integer", nullable: false),
                    GapHoursMin = table.Column<int>(type: "integer", nullable: false),
                    HoursNote = table.Column<string>(type: "text", nullable: true),
                    HoursSources = table.Column<List<string>>(type: "text[]", nullable: false),
                    Name = table.Column<string>(type: "text", nullable: false),
                    OverlapHoursMax = table.Column<int>(type: "integer", nullable: false),
                    OverlapHoursMin = table.Column<int>(type: "integer", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    Sources = table.Column<List<string>>(type: "text[]", nullable: false),
                    Risks = table.Column<string>(type: "jsonb", nullable: true),
                    Strengths = table.Column<string>(type: "jsonb", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Locations", x => new { x.CatalogueVersionId, x.Key });
                    table.ForeignKey(
                        name: "FK_Locations_CatalogueVersions_CatalogueVersionId",
                        column: x => x.CatalogueVersionId,
                        principalTable: "CatalogueVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MarketFacts",
                columns: table => new
                {
                    CatalogueVersionId = table.Column<int>(type: "integer", nullable: false),
                    Id = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    DoubtReason = table.Column<string>(type: "text", nullable: true),
                    Doubtful = table.Column<bool>(type: "boolean", nullable: false),
                    Source = table.Column<string>(type: "text", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Topic = table.Column<string>(type: "text", nullable: false),
                    Unit = table.Column<string>(type: "text", nullable: true),
                    Value = table.Column<decimal>(type: "numeric", nullable: true),
                    Year = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MarketFacts", x => new { x.CatalogueVersionId, x.Id });
                    table.ForeignKey(
                        name: "FK_MarketFacts_CatalogueVersions_CatalogueVersionId",
                        column: x => x.CatalogueVersionId,
                        principalTable: "CatalogueVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Sources",
                columns: table => new
                {
                    CatalogueVersionId = table.Column<int>(type: "integer", nullable: false),
                    Id = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    File = table.Column<string>(type: "text", nullable: true),
                    Kind = table.Column<string>(type: "text", nullable: false),
                    Note = table.Column<string>(type: "text", nullable: true),
                    Publisher = table.Column<string>(type: "text", nullable: true),
                    Title = table.Column<string>(type: "text", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sources", x => new { x.CatalogueVersionId, x.Id });
                    table.ForeignKey(
                        name: "FK_Sources_CatalogueVersions_CatalogueVersionId",
                        column: x => x.CatalogueVersionId,
                        principalTable: "CatalogueVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "WeightPresets",
                columns: table => new
                {
                    CatalogueVersionId = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Description = table.Column<string>(type: "text", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false),
                    Weights = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_WeightPresets", x => new { x.CatalogueVersionId, x.Name });
                    table.ForeignKey(
                        name: "FK_WeightPresets_CatalogueVersions_CatalogueVersionId",
                        column: x => x.CatalogueVersionId,
                        principalTable: "CatalogueVersions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueVersions_Label",
                table: "CatalogueVersions",
                column: "Label",
                unique: true);
        }
    }
}
