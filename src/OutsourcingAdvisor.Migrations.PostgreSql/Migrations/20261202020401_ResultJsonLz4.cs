using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace OutsourcingAdvisor.Migrations.PostgreSql.Migrations
{
    /// <summary>
    /// PostgreSQL only (SQLite does not compress): new stored results are compressed with lz4 instead of the default
    /// pglz. A result is some 20 KB of JSON, compressed on every insert; under bench/load.sh (2026-12-02) lz4 took
    /// POST /api/assessments from about 1,090 to 1,490 requests/s on the same cluster. Rows already stored keep their
    /// compression; reading either is transparent. A server built without lz4 keeps pglz.
    /// </summary>
    public partial class ResultJsonLz4 : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Compression("lz4"));

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(Compression("pglz"));

        private static string Compression(string method) => $"""
            DO $$
            BEGIN
                IF EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND '{method}' = ANY (enumvals)) THEN
                    ALTER TABLE "Assessments" ALTER COLUMN "ResultJson" SET COMPRESSION {method};
                END IF;
            END $$;
            """;
    }
}
