using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutsourcingAdvisor.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class CatalogueVersionDocuments : Migration
    {
        /// <summary>SQLite json1: one document per version, built from that version's rows, in the shape the app writes.</summary>
        private const string FillDocuments = """
            UPDATE "CatalogueVersions" SET "Document" = json_object(
              'sources', (SELECT json_group_array(json_object('id', s."Id", 'kind', s."Kind", 'title', s."Title", 'publisher', s."Publisher",
                  'year', s."Year", 'file', s."File", 'note', s."Note"))
                FROM (SELECT * FROM "Sources" WHERE "CatalogueVersionId" = "CatalogueVersions"."Id" ORDER BY "Id") s),
              'categories', (SELECT json_group_array(json_object('slug', c."Slug", 'name', c."Name", 'description', c."Description",
                  'models', json(c."Models"), 'specialization', c."Specialization", 'office', c."Office", 'skillLevel', c."SkillLevel",
                  'sources', json(c."Sources"),
                  'price', json(CASE WHEN c."Price" IS NULL THEN NULL ELSE json_object(
                      'min', json(json_extract(c."Price", '$.Min')), 'max', json(json_extract(c."Price", '$.Max')),
                      'unit', json_extract(c."Price", '$.Unit'), 'currency', json_extract(c."Price", '$.Currency'),
                      'provenance', json_extract(c."Price", '$.Provenance'), 'sources', json(json_extract(c."Price", '$.Sources')),
                      'derivedFrom', json_extract(c."Price", '$.DerivedFrom'), 'note', json_extract(c."Price", '$.Note')) END),
                  'inHouseWage', json(CASE WHEN c."InHouseWage" IS NULL THEN NULL ELSE json_object(
                      'min', json(json_extract(c."InHouseWage", '$.Min')), 'max', json(json_extract(c."InHouseWage", '$.Max')),
                      'unit', json_extract(c."InHouseWage", '$.Unit'), 'currency', json_extract(c."InHouseWage", '$.Currency'),
                      'provenance', json_extract(c."InHouseWage", '$.Provenance'), 'sources', json(json_extract(c."InHouseWage", '$.Sources')),
                      'derivedFrom', json_extract(c."InHouseWage", '$.DerivedFrom'), 'note', json_extract(c."InHouseWage", '$.Note')) END)))
                FROM (SELECT * FROM "Categories" WHERE "CatalogueVersionId" = "CatalogueVersions"."Id" ORDER BY "Slug") c),
              'locations', (SELECT json_group_array(json_object('key', l."Key", 'name', l."Name", 'description', l."Description",
                  'costFactor', json_object('min', json(l."CostFactorMin"), 'max', json(l."CostFactorMax"), 'sources', json(l."CostSources"), 'note', l."CostNote"),
                  'timeZoneGapHours', json_object('min', l."GapHoursMin", 'max', l."GapHoursMax", 'sources', json(l."HoursSources"), 'note', l."HoursNote"),
                  'overlapHours', json_object('min', l."OverlapHoursMin", 'max', l."OverlapHoursMax", 'sources', json_array(), 'note', NULL),
                  'strengths', (SELECT json_group_array(json_object('text', json_extract(n.value, '$.Text'), 'source', json_extract(n.value, '$.Source')))
                    FROM json_each(COALESCE(l."Strengths", '[]')) n),
                  'risks', (SELECT json_group_array(json_object('text', json_extract(n.value, '$.Text'), 'source', json_extract(n.value, '$.Source')))
                    FROM json_each(COALESCE(l."Risks", '[]')) n),
                  'sources', json(l."Sources")))
                FROM (SELECT * FROM "Locations" WHERE "CatalogueVersionId" = "CatalogueVersions"."Id"
                      ORDER BY CASE "Key" WHEN 'onshore' THEN 0 WHEN 'nearshore' THEN 1 ELSE 2 END) l),
              'marketFacts', (SELECT json_group_array(json_object('id', f."Id", 'topic', f."Topic", 'text', f."Text", 'value', json(f."Value"),
                  'unit', f."Unit", 'year', f."Year", 'source', f."Source", 'doubtful', json(CASE WHEN f."Doubtful" THEN 'true' ELSE 'false' END),
                  'doubtReason', f."DoubtReason"))
                FROM (SELECT * FROM "MarketFacts" WHERE "CatalogueVersionId" = "CatalogueVersions"."Id" ORDER BY "Id") f),
              'presets', (SELECT json_group_array(json_object('name', p."Name", 'description', p."Description", 'weights', json(p."Weights")))
                FROM (SELECT * FROM "WeightPresets" WHERE "CatalogueVersionId" = "CatalogueVersions"."Id" ORDER BY "Name") p),
              'thresholds', json_object(
                'slightPoints', json(json_extract("Thresholds", '$.SlightPoints')),
                'moderatePoints', json(json_extract("Thresholds", '$.ModeratePoints')),
                'strongPoints', json(json_extract("Thresholds", '$.StrongPoints')),
                'scoreSpread', json(json_extract("Thresholds", '$.ScoreSpread')),
                'tightBudgetPerHour', json(json_extract("Thresholds", '$.TightBudgetPerHour')),
                'ampleBudgetPerHour', json(json_extract("Thresholds", '$.AmpleBudgetPerHour')),
                'loadedCostFactorMin', json(json_extract("Thresholds", '$.LoadedCostFactorMin')),
                'loadedCostFactorMax', json(json_extract("Thresholds", '$.LoadedCostFactorMax')),
                'loadedCostSources', json(json_extract("Thresholds", '$.LoadedCostSources')),
                'clearLead', json(json_extract("Thresholds", '$.ClearLead')),
                'closeLead', json(json_extract("Thresholds", '$.CloseLead')),
                'whatIfBudgetFactors', (SELECT json_group_array(json(w.value)) FROM json_each(json_extract("Thresholds", '$.WhatIfBudgetFactors')) w)),
              'defaultPreset', "DefaultPreset");
            """;

        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The rows of each version become its document before the row tables go.
            migrationBuilder.AddColumn<string>(
                name: "Document",
                table: "CatalogueVersions",
                type: "TEXT",
                nullable: false,
                defaultValue: "");

            migrationBuilder.Sql(FillDocuments);

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

            // The answers are part of the stored result ("answers"); this copy was written and never read.
            migrationBuilder.DropColumn(
                name: "AnswersJson",
                table: "Assessments");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) =>
            throw new NotSupportedException("Catalogue documents are not split back into rows: restore a backup taken before this migration instead.");
    }
}
