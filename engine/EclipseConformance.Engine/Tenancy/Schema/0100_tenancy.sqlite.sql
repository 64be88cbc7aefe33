CREATE TABLE tenants (
    tenant_id            INTEGER PRIMARY KEY AUTOINCREMENT,
    name                 TEXT    NOT NULL,
    country              TEXT    NOT NULL,
    currency             TEXT    NOT NULL,
    kind                 TEXT    NOT NULL,          -- STANDARD | GLOBAL_INTEGRATOR | PLATFORM
    accepts_cross_tenant INTEGER NOT NULL DEFAULT 1, -- may receive global-integrator disbursements
    created_ms           INTEGER NOT NULL
);
INSERT INTO sqlite_sequence (name, seq) VALUES ('tenants', 5000);
