-- Users, their roles and their API keys (issue 3). Standard SQL only (see V1).
CREATE TABLE users (
    id             CHAR(26)                 NOT NULL PRIMARY KEY,
    email          VARCHAR(254)             NOT NULL,
    display_name   VARCHAR(100)             NOT NULL,
    password_hash  VARCHAR(255)             NOT NULL,
    status         VARCHAR(32)              NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT                   NOT NULL,
    CONSTRAINT uq_users_email UNIQUE (email)
);

CREATE TABLE user_roles (
    user_id  CHAR(26)    NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    role     VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role)
);

-- Only the public prefix and the Argon2id hash of the secret are stored (R37.2).
CREATE TABLE api_keys (
    id            CHAR(26)                 NOT NULL PRIMARY KEY,
    owner_id      CHAR(26)                 NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    name          VARCHAR(100)             NOT NULL,
    prefix        VARCHAR(32)              NOT NULL,
    secret_hash   VARCHAR(255)             NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    revoked_at    TIMESTAMP WITH TIME ZONE,
    version       BIGINT                   NOT NULL,
    CONSTRAINT uq_api_keys_prefix UNIQUE (prefix)
);

CREATE INDEX ix_api_keys_owner ON api_keys (owner_id);
