using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDuaKhenThuong.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// The Standing Agency's inbox and the dossier search on a province with tens of thousands of dossiers
    /// (docs/benchmarks.md): an index in the inbox's order, trigram indexes for searching titles and nominee names
    /// without diacritics, an index for the dossier number and one for the duplicate guard, and per-state counts kept
    /// by triggers so the inbox's badges cost one small read instead of a join over every dossier of the province.
    /// </summary>
    public partial class InboxAtScale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE INDEX ix_dossiers_tenant_id_created_at_id_sent ON dossiers (tenant_id, created_at DESC, id DESC) WHERE sent_at IS NOT NULL;
                CREATE INDEX ix_dossiers_tenant_id_number ON dossiers (tenant_id, number) WHERE number IS NOT NULL;
                CREATE INDEX ix_dossiers_tenant_id_title_trgm ON dossiers USING gin (tenant_id, f_unaccent(lower(title)) gin_trgm_ops);
                CREATE INDEX ix_nominations_tenant_id_nominee_name_trgm ON nominations USING gin (tenant_id, f_unaccent(lower(nominee_name)) gin_trgm_ops);
                CREATE INDEX ix_nominations_tenant_id_nominee_id ON nominations (tenant_id, nominee_id);
                CREATE INDEX ix_workflow_instances_tenant_id_subject_kind_deadline_at ON workflow_instances (tenant_id, subject_kind, deadline_at) WHERE deadline_at IS NOT NULL;

                CREATE TABLE dossier_state_counts (
                    tenant_id uuid NOT NULL REFERENCES tenants (id) ON DELETE RESTRICT,
                    state character varying(100) NOT NULL,
                    count integer NOT NULL,
                    CONSTRAINT pk_dossier_state_counts PRIMARY KEY (tenant_id, state));
                """);
            migrationBuilder.EnableTenantRowSecurity("dossier_state_counts");

            // Sent dossiers per state of their workflow instance. Each trigger reads the other table as it stands inside
            // the transaction, so the count is right whichever of the two rows a transition writes first.
            migrationBuilder.Sql("""
                CREATE FUNCTION dossier_state_count_add(t uuid, s text, delta integer) RETURNS void LANGUAGE sql AS $$
                    INSERT INTO dossier_state_counts AS c (tenant_id, state, count) VALUES (t, s, delta)
                    ON CONFLICT (tenant_id, state) DO UPDATE SET count = c.count + EXCLUDED.count;
                $$;

                CREATE FUNCTION workflow_instances_count_states() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'UPDATE' AND OLD.state = NEW.state AND OLD.subject_id = NEW.subject_id THEN
                        RETURN NULL;
                    END IF;
                    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.subject_kind = 'NominationDossier' AND EXISTS (
                        SELECT 1 FROM dossiers d WHERE d.tenant_id = OLD.tenant_id AND d.id = OLD.subject_id AND d.sent_at IS NOT NULL) THEN
                        PERFORM dossier_state_count_add(OLD.tenant_id, OLD.state, -1);
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.subject_kind = 'NominationDossier' AND EXISTS (
                        SELECT 1 FROM dossiers d WHERE d.tenant_id = NEW.tenant_id AND d.id = NEW.subject_id AND d.sent_at IS NOT NULL) THEN
                        PERFORM dossier_state_count_add(NEW.tenant_id, NEW.state, 1);
                    END IF;
                    RETURN NULL;
                END $$;

                CREATE FUNCTION dossiers_count_states() RETURNS trigger LANGUAGE plpgsql AS $$
                DECLARE s text;
                BEGIN
                    IF TG_OP = 'UPDATE' AND (OLD.sent_at IS NULL) = (NEW.sent_at IS NULL) THEN
                        RETURN NULL;
                    END IF;
                    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.sent_at IS NOT NULL THEN
                        SELECT w.state INTO s FROM workflow_instances w
                        WHERE w.tenant_id = OLD.tenant_id AND w.subject_kind = 'NominationDossier' AND w.subject_id = OLD.id;
                        IF FOUND THEN PERFORM dossier_state_count_add(OLD.tenant_id, s, -1); END IF;
                    END IF;
                    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.sent_at IS NOT NULL THEN
                        SELECT w.state INTO s FROM workflow_instances w
                        WHERE w.tenant_id = NEW.tenant_id AND w.subject_kind = 'NominationDossier' AND w.subject_id = NEW.id;
                        IF FOUND THEN PERFORM dossier_state_count_add(NEW.tenant_id, s, 1); END IF;
                    END IF;
                    RETURN NULL;
                END $$;

                CREATE TRIGGER workflow_instances_count_states AFTER INSERT OR DELETE OR UPDATE OF state, subject_id ON workflow_instances
                    FOR EACH ROW EXECUTE FUNCTION workflow_instances_count_states();
                CREATE TRIGGER dossiers_count_states AFTER INSERT OR DELETE OR UPDATE OF sent_at ON dossiers
                    FOR EACH ROW EXECUTE FUNCTION dossiers_count_states();
                """);
            migrationBuilder.ForEachTenant("""
                INSERT INTO dossier_state_counts (tenant_id, state, count)
                SELECT d.tenant_id, w.state, count(*)
                FROM dossiers d
                JOIN workflow_instances w ON w.tenant_id = d.tenant_id AND w.subject_kind = 'NominationDossier' AND w.subject_id = d.id
                WHERE d.sent_at IS NOT NULL
                GROUP BY d.tenant_id, w.state
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER dossiers_count_states ON dossiers;
                DROP TRIGGER workflow_instances_count_states ON workflow_instances;
                DROP FUNCTION dossiers_count_states();
                DROP FUNCTION workflow_instances_count_states();
                DROP FUNCTION dossier_state_count_add(uuid, text, integer);
                DROP TABLE dossier_state_counts;
                DROP INDEX ix_workflow_instances_tenant_id_subject_kind_deadline_at;
                DROP INDEX ix_nominations_tenant_id_nominee_id;
                DROP INDEX ix_nominations_tenant_id_nominee_name_trgm;
                DROP INDEX ix_dossiers_tenant_id_title_trgm;
                DROP INDEX ix_dossiers_tenant_id_number;
                DROP INDEX ix_dossiers_tenant_id_created_at_id_sent;
                """);
        }
    }
}
