using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDuaKhenThuong.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class PeopleSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // unaccent() is only STABLE (its dictionary could change), so it cannot appear in an index; this wrapper
            // names the dictionary explicitly and is IMMUTABLE. btree_gin (trusted) lets the GIN index lead with
            // tenant_id like every index of a tenant-owned table.
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION public.f_unaccent(text) RETURNS text
                    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
                    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$;
                CREATE EXTENSION IF NOT EXISTS btree_gin;
                CREATE INDEX ix_people_tenant_id_name_trgm ON people
                    USING gin (tenant_id, public.f_unaccent(lower(full_name)) gin_trgm_ops);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX IF EXISTS ix_people_tenant_id_name_trgm;
                DROP FUNCTION IF EXISTS public.f_unaccent(text);
                """);
        }
    }
}
