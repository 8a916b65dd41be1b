-- Labinov on a regional PostgreSQL server: a database and least-privilege roles.
--
-- Run once as a superuser (or a role with CREATEROLE and CREATEDB):
--     psql -v ON_ERROR_STOP=1 -f create_role.sql
-- then give the two login roles their passwords (never written in this file):
--     psql -c '\password labinov_app'    psql -c '\password labinov_admin'
--
-- labinov_owner  NOLOGIN: owns the database and every table Labinov's migrations create.
-- labinov_admin  LOGIN, acts as labinov_owner: the only one who runs `labinov server upgrade`.
-- labinov_app    LOGIN: what every laptop and office PC uses; reads and writes rows,
--                cannot create, alter or drop anything.

CREATE ROLE labinov_owner NOLOGIN;
CREATE ROLE labinov_admin LOGIN IN ROLE labinov_owner;
-- tables made by `labinov server upgrade` then belong to labinov_owner, so the default
-- privileges below apply to them
ALTER ROLE labinov_admin SET role = 'labinov_owner';
CREATE ROLE labinov_app LOGIN CONNECTION LIMIT 200;

CREATE DATABASE labinov OWNER labinov_owner ENCODING 'UTF8' TEMPLATE template0;
REVOKE ALL ON DATABASE labinov FROM PUBLIC;
GRANT CONNECT ON DATABASE labinov TO labinov_app, labinov_admin;

\connect labinov
ALTER SCHEMA public OWNER TO labinov_owner;
REVOKE ALL ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO labinov_app;
ALTER DEFAULT PRIVILEGES FOR ROLE labinov_owner IN SCHEMA public
    GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO labinov_app;
ALTER DEFAULT PRIVILEGES FOR ROLE labinov_owner IN SCHEMA public
    GRANT USAGE, SELECT ON SEQUENCES TO labinov_app;
