CREATE TABLE identities (
    identity       TEXT   PRIMARY KEY,
    user_id        BIGINT NOT NULL,
    tenant_id      BIGINT NOT NULL REFERENCES tenants (tenant_id),
    customer_id    BIGINT NULL,
    roles          TEXT   NOT NULL,
    password_hash  TEXT   NULL,
    public_key_pem TEXT   NULL,
    status         TEXT   NOT NULL,
    created_ms     BIGINT NOT NULL
);
CREATE INDEX ix_identities_tenant ON identities (tenant_id);

CREATE TABLE login_challenges (
    challenge_id  TEXT   PRIMARY KEY,
    identity      TEXT   NOT NULL,
    answer_sha256 TEXT   NOT NULL,
    plain_b64     TEXT   NOT NULL,
    expires_ms    BIGINT NOT NULL,
    consumed      BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX ix_login_challenges_identity ON login_challenges (identity, expires_ms);
