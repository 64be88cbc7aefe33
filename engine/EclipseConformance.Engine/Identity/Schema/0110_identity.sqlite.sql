CREATE TABLE identities (
    identity       TEXT    PRIMARY KEY,             -- globally unique: login is not tenant-aware
    user_id        INTEGER NOT NULL,                -- the JWT uid claim (customerId for customers)
    tenant_id      INTEGER NOT NULL REFERENCES tenants (tenant_id),
    customer_id    INTEGER NULL,
    roles          TEXT    NOT NULL,                -- comma list, e.g. TENANT_SYSTEM or GLOBAL_INTEGRATOR
    password_hash  TEXT    NULL,                    -- PBKDF2; NULL for PKI-only identities
    public_key_pem TEXT    NULL,                    -- PKI challenge-response login
    status         TEXT    NOT NULL,
    created_ms     INTEGER NOT NULL
);
CREATE INDEX ix_identities_tenant ON identities (tenant_id);

-- Outstanding PKI login challenges (single use, short-lived); in the store so any instance can verify them.
CREATE TABLE login_challenges (
    challenge_id  TEXT    PRIMARY KEY,
    identity      TEXT    NOT NULL,
    answer_sha256 TEXT    NOT NULL,   -- base64 SHA-256 of the random data the client must decrypt
    plain_b64     TEXT    NOT NULL,   -- the random data, for the signature mode
    expires_ms    INTEGER NOT NULL,
    consumed      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_login_challenges_identity ON login_challenges (identity, expires_ms);
