-- The tamper-evident audit trail (issue 6, R19.5): an append-only hash chain. Standard SQL only.
-- Each record's hash covers its content and the previous record's hash (see AuditChain).
CREATE TABLE audit_log (
    seq            BIGINT                   NOT NULL PRIMARY KEY,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id       VARCHAR(64)              NOT NULL,
    action         VARCHAR(64)              NOT NULL,
    subject        VARCHAR(300)             NOT NULL,
    resource       VARCHAR(300)             NOT NULL,
    outcome        VARCHAR(16)              NOT NULL,
    ip             VARCHAR(64)              NOT NULL,
    user_agent     VARCHAR(300)             NOT NULL,
    location       VARCHAR(100)             NOT NULL,
    detail         VARCHAR(300)             NOT NULL,
    previous_hash  CHAR(64)                 NOT NULL,
    hash           CHAR(64)                 NOT NULL
);

-- The chain's head, locked by every append so that records link one after another.
CREATE TABLE audit_chain_head (
    id    INTEGER  NOT NULL PRIMARY KEY,
    seq   BIGINT   NOT NULL,
    hash  CHAR(64) NOT NULL
);

INSERT INTO audit_chain_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
