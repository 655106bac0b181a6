using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutsourcingAdvisor.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialCatalogue : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Assessments",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CatalogueVersion = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    TaskType = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Model = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ClientName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    AnswersJson = table.Column<string>(type: "TEXT", nullable: false),
                    ResultJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Assessments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CatalogueVersions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Label = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Origin = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DefaultPreset = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Thresholds = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CatalogueVersions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Categories",
                columns: table => new
                {
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    CatalogueVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Models = table.Column<string>(type: "TEXT", nullable: false),
                    Specialization = table.Column<string>(type: "TEXT", nullable: true),
                    Office = table.Column<string>(type: "TEXT", nullable: true),
                    SkillLevel = table.Column<string>(type: "TEXT", nullable: false),
                    Sources = table.Column<string>(type: "TEXT", nullable: false),
                    InHouseWage = table.Column<string>(type: "TEXT", nullable: true),
                    Price = table.Column<string>(type: "TEXT", nullable: true)
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
                    Key = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CatalogueVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    CostFactorMin = table.Column<decimal>(type: "TEXT", nullable: false),
                    CostFactorMax = table.Column<decimal>(type: "TEXT", nullable: false),
                    CostSources = table.Column<string>(type: "TEXT", nullable: false),
                    CostNote = table.Column<string>(type: "TEXT", nullable: true),
                    GapHoursMin = table.Column<int>(type: "INTEGER", nullable: false),
                    GapHoursMax = table.Column<int>(type: "INTEGER", nullable: false),
                    OverlapHoursMin = table.Column<int>(type: "INTEGER", nullable: false),
                    OverlapHoursMax = table.Column<int>(type: "INTEGER", nullable: false),
                    HoursSources = table.Column<string>(type: "TEXT", nullable: false),
                    HoursNote = table.Column<string>(type: "TEXT", nullable: true),
                    Sources = table.Column<string>(type: "TEXT", nullable: false),
                    Risks = table.Column<string>(type: "TEXT", nullable: true),
                    Strengths = table.Column<string>(type: "TEXT", nullable: true)
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
                    Id = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    CatalogueVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<decimal>(type: "TEXT", nullable: true),
                    Unit = table.Column<string>(type: "TEXT", nullable: true),
                    Year = table.Column<int>(type: "INTEGER", nullable: true),
                    Source = table.Column<string>(type: "TEXT", nullable: false),
                    Doubtful = table.Column<bool>(type: "INTEGER", nullable: false),
                    DoubtReason = table.Column<string>(type: "TEXT", nullable: true)
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
                    Id = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    CatalogueVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", nullable: false),
                    Publisher = table.Column<string>(type: "TEXT", nullable: true),
                    Year = table.Column<int>(type: "INTEGER", nullable: true),
                    File = table.Column<string>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", nullable: true)
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
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    CatalogueVersionId = table.Column<int>(type: "INTEGER", nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: false),
                    Weights = table.Column<string>(type: "TEXT", nullable: false)
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
                name: "IX_Assessments_CreatedAtUtc",
                table: "Assessments",
                column: "CreatedAtUtc");

            migrationBuilder.CreateIndex(
                name: "IX_CatalogueVersions_Label",
                table: "CatalogueVersions",
                column: "Label",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Assessments");

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

            migrationBuilder.DropTable(
                name: "CatalogueVersions");
        }
    }
}
