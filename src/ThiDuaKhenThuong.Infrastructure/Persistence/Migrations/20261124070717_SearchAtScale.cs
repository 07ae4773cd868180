using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDuaKhenThuong.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// Dossier search by nominee name or title on a province with tens of thousands of dossiers, under row-level
    /// security (docs/decisions/ADR-007-search-under-row-security.md). Row security lets only leakproof operators into
    /// index conditions, and <c>ILIKE</c> and trigram matching are not leakproof, so the search now compares plain text
    /// with <c>=</c>, <c>&gt;=</c> and <c>&lt;</c> (leakproof): every title and nominee name is kept in a normalised form
    /// (lower case, no diacritics, words separated by one space) in a stored generated column, and
    /// <c>search_terms</c> maps each word-start suffix of each distinct normalised phrase of a province to that phrase.
    /// A search reads the suffixes that start with the typed text (a B-tree range), then the dossiers and nominations
    /// whose phrase is one of those (a B-tree equality).
    /// </summary>
    public partial class SearchAtScale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE FUNCTION search_text(t text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
                    SELECT btrim(regexp_replace(public.f_unaccent(lower(t)), '[^[:alnum:]]+', ' ', 'g'))
                $$;

                CREATE FUNCTION search_suffixes(phrase text) RETURNS SETOF text LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT AS $$
                    SELECT DISTINCT array_to_string(w[i:], ' ')
                    FROM (SELECT string_to_array(phrase, ' ') AS w) s, generate_subscripts(s.w, 1) AS i
                $$;

                DROP INDEX ix_dossiers_tenant_id_title_trgm;
                DROP INDEX ix_nominations_tenant_id_nominee_name_trgm;
                ALTER TABLE dossiers ADD COLUMN search_title text COLLATE "C" GENERATED ALWAYS AS (search_text(title)) STORED;
                ALTER TABLE nominations ADD COLUMN search_name text COLLATE "C" GENERATED ALWAYS AS (search_text(nominee_name)) STORED;

                CREATE TABLE search_terms (
                    tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE RESTRICT,
                    term text COLLATE "C" NOT NULL,
                    phrase text COLLATE "C" NOT NULL);
                """);
            migrationBuilder.EnableTenantRowSecurity("search_terms");
            migrationBuilder.ForEachTenant("""
                INSERT INTO search_terms (tenant_id, term, phrase)
                SELECT DISTINCT p.tenant_id, s.term, p.phrase
                FROM (SELECT tenant_id, search_title AS phrase FROM dossiers WHERE tenant_id = current_setting('app.tenant_id')::uuid
                      UNION
                      SELECT tenant_id, search_name FROM nominations WHERE tenant_id = current_setting('app.tenant_id')::uuid) p,
                     search_suffixes(p.phrase) AS s(term)
                """);
            migrationBuilder.Sql("""
                ALTER TABLE search_terms ADD CONSTRAINT pk_search_terms PRIMARY KEY (tenant_id, term, phrase);
                CREATE INDEX ix_dossiers_tenant_id_search_title ON dossiers (tenant_id, search_title);
                CREATE INDEX ix_nominations_tenant_id_search_name ON nominations (tenant_id, search_name) INCLUDE (dossier_id);

                -- The dictionary only grows: a phrase no row uses any more costs one index entry and matches nothing.
                CREATE FUNCTION search_terms_add_phrase(t uuid, phrase text) RETURNS void LANGUAGE sql AS $$
                    INSERT INTO search_terms (tenant_id, term, phrase)
                    SELECT t, s.term, phrase FROM search_suffixes(phrase) AS s(term)
                    ON CONFLICT DO NOTHING;
                $$;

                CREATE FUNCTION dossiers_search_terms_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO search_terms (tenant_id, term, phrase)
                    SELECT DISTINCT n.tenant_id, s.term, n.search_title FROM added n, search_suffixes(n.search_title) AS s(term)
                    ON CONFLICT DO NOTHING;
                    RETURN NULL;
                END $$;

                CREATE FUNCTION nominations_search_terms_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    INSERT INTO search_terms (tenant_id, term, phrase)
                    SELECT DISTINCT n.tenant_id, s.term, n.search_name FROM added n, search_suffixes(n.search_name) AS s(term)
                    ON CONFLICT DO NOTHING;
                    RETURN NULL;
                END $$;

                CREATE FUNCTION dossiers_search_terms_updated() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM search_terms_add_phrase(NEW.tenant_id, NEW.search_title);
                    RETURN NULL;
                END $$;

                CREATE FUNCTION nominations_search_terms_updated() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    PERFORM search_terms_add_phrase(NEW.tenant_id, NEW.search_name);
                    RETURN NULL;
                END $$;

                CREATE TRIGGER dossiers_search_terms_inserted AFTER INSERT ON dossiers
                    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION dossiers_search_terms_inserted();
                CREATE TRIGGER nominations_search_terms_inserted AFTER INSERT ON nominations
                    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION nominations_search_terms_inserted();
                CREATE TRIGGER dossiers_search_terms_updated AFTER UPDATE OF title ON dossiers
                    FOR EACH ROW WHEN (OLD.title IS DISTINCT FROM NEW.title) EXECUTE FUNCTION dossiers_search_terms_updated();
                CREATE TRIGGER nominations_search_terms_updated AFTER UPDATE OF nominee_name ON nominations
                    FOR EACH ROW WHEN (OLD.nominee_name IS DISTINCT FROM NEW.nominee_name) EXECUTE FUNCTION nominations_search_terms_updated();

                -- The new columns have no statistics until analysed; without them the planner expects thousands of matches.
                ANALYZE dossiers, nominations, search_terms;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER nominations_search_terms_updated ON nominations;
                DROP TRIGGER dossiers_search_terms_updated ON dossiers;
                DROP TRIGGER nominations_search_terms_inserted ON nominations;
                DROP TRIGGER dossiers_search_terms_inserted ON dossiers;
                DROP FUNCTION nominations_search_terms_updated();
                DROP FUNCTION dossiers_search_terms_updated();
                DROP FUNCTION nominations_search_terms_inserted();
                DROP FUNCTION dossiers_search_terms_inserted();
                DROP FUNCTION search_terms_add_phrase(uuid, text);
                DROP TABLE search_terms;
                ALTER TABLE nominations DROP COLUMN search_name;
                ALTER TABLE dossiers DROP COLUMN search_title;
                DROP FUNCTION search_suffixes(text);
                DROP FUNCTION search_text(text);
                CREATE INDEX ix_dossiers_tenant_id_title_trgm ON dossiers USING gin (tenant_id, f_unaccent(lower(title)) gin_trgm_ops);
                CREATE INDEX ix_nominations_tenant_id_nominee_name_trgm ON nominations USING gin (tenant_id, f_unaccent(lower(nominee_name)) gin_trgm_ops);
                """);
        }
    }
}
