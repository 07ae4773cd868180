-- Roles and database of the ThiDuaKhenThuong portal, for a production PostgreSQL server (15 or later).
-- A DBA runs it once as a superuser; running it again is safe (existing roles get their attributes and passwords
-- set again, an existing database is kept). It is the SQL equivalent of the app's `init-db` command
-- (src/ThiDuaKhenThuong.Infrastructure/Persistence/DatabaseBootstrap.cs); keep the two in step.
--
--   psql -h DB_HOST -U postgres -d postgres \
--        -v owner_role=tdkt_owner -v app_role=tdkt_app -v database=tdkt \
--        -v owner_password="$TDKT_OWNER_PASSWORD" -v app_password="$TDKT_APP_PASSWORD" \
--        -f deploy/postgres/roles.sql
--
-- owner_role, app_role and database default to tdkt_owner, tdkt_app and tdkt; the two passwords are required.
-- Afterwards: run `dotnet ThiDuaKhenThuong.Web.dll migrate` with ConnectionStrings:Migrations (owner role) and
-- ConnectionStrings:Default (app role, whose user name receives the grants), then start the app with the app role.

\set ON_ERROR_STOP on

\if :{?owner_role}
\else
  \set owner_role tdkt_owner
\endif
\if :{?app_role}
\else
  \set app_role tdkt_app
\endif
\if :{?database}
\else
  \set database tdkt
\endif
\if :{?owner_password}
\else
  \echo 'roles.sql: pass -v owner_password=...'
  SELECT 1 / 0 AS owner_password_is_required;
\endif
\if :{?app_password}
\else
  \echo 'roles.sql: pass -v app_password=...'
  SELECT 1 / 0 AS app_password_is_required;
\endif

-- The owner role owns the schema and every table and runs the migrations. It is no superuser and cannot bypass row
-- security; the tables FORCE row level security, so even the owner sees only the tenant in app.tenant_id.
SELECT NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'owner_role') AS create_owner \gset
\if :create_owner
  CREATE ROLE :"owner_role" WITH LOGIN NOSUPERUSER NOCREATEROLE NOBYPASSRLS PASSWORD :'owner_password';
\else
  ALTER ROLE :"owner_role" WITH LOGIN NOSUPERUSER NOCREATEROLE NOBYPASSRLS PASSWORD :'owner_password';
\endif

-- The application's login role owns nothing, cannot create databases or roles, cannot bypass row security, and
-- inherits nothing. `migrate` grants it SELECT, INSERT, UPDATE, DELETE on the tables (read-only on
-- __ef_migrations_history) and USAGE, SELECT on the sequences.
SELECT NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = :'app_role') AS create_app \gset
\if :create_app
  CREATE ROLE :"app_role" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT PASSWORD :'app_password';
\else
  ALTER ROLE :"app_role" WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS NOINHERIT PASSWORD :'app_password';
\endif

SELECT NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = :'database') AS create_database \gset
\if :create_database
  CREATE DATABASE :"database" OWNER :"owner_role" ENCODING 'UTF8' TEMPLATE template0;
\endif

REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
GRANT CONNECT, TEMPORARY ON DATABASE :"database" TO :"app_role";
GRANT ALL ON DATABASE :"database" TO :"owner_role";

-- PostgreSQL 15 no longer lets PUBLIC create in schema public; the owner needs to, in order to migrate.
\connect :"database"
ALTER SCHEMA public OWNER TO :"owner_role";
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
