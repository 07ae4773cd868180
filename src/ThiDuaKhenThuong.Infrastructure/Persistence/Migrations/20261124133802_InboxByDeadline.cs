using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDuaKhenThuong.Infrastructure.Persistence.Migrations
{
    /// <summary>
    /// The inbox's "overdue" and "due soon" views, ordered by deadline then dossier: indexes on the instances in exactly
    /// that order (with and without the state filter), so a page reads its 26 instances instead of sorting every overdue
    /// dossier of the province, and the total is counted from the index alone.
    /// </summary>
    public partial class InboxByDeadline : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX ix_workflow_instances_tenant_id_subject_kind_deadline_at;
                CREATE INDEX ix_workflow_instances_tenant_id_subject_kind_deadline_at ON workflow_instances (tenant_id, subject_kind, deadline_at, subject_id) WHERE deadline_at IS NOT NULL;
                CREATE INDEX ix_workflow_instances_tenant_id_subject_kind_state_deadline_at ON workflow_instances (tenant_id, subject_kind, state, deadline_at, subject_id) WHERE deadline_at IS NOT NULL;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP INDEX ix_workflow_instances_tenant_id_subject_kind_state_deadline_at;
                DROP INDEX ix_workflow_instances_tenant_id_subject_kind_deadline_at;
                CREATE INDEX ix_workflow_instances_tenant_id_subject_kind_deadline_at ON workflow_instances (tenant_id, subject_kind, deadline_at) WHERE deadline_at IS NOT NULL;
                """);
        }
    }
}
