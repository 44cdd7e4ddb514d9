-- Baseline of the my-api schema. Every migration must run unchanged on PostgreSQL 15+ and on
-- H2 2.x in PostgreSQL mode (the embedded default): use standard SQL types (VARCHAR, CHAR(26)
-- for ULIDs, TIMESTAMP WITH TIME ZONE, NUMERIC(19, 4), BOOLEAN) and no vendor functions.
CREATE TABLE installation (
    id          CHAR(26)                 NOT NULL PRIMARY KEY,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
