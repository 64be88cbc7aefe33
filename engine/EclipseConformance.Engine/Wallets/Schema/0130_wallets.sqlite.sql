CREATE TABLE wallet_types (
    wallet_type_id INTEGER PRIMARY KEY,
    name           TEXT    NOT NULL,
    mode           TEXT    NOT NULL,              -- SYSTEM | PREPAID_CARD
    allow_negative INTEGER NOT NULL DEFAULT 0     -- e.g. a tenant float may go below zero
);
INSERT INTO wallet_types (wallet_type_id, name, mode, allow_negative) VALUES
    (5001, 'Customer main wallet', 'PREPAID_CARD', 0),
    (5002, 'Tenant float', 'SYSTEM', 1),
    (5003, 'Integrator disbursement', 'SYSTEM', 0),
    (5004, 'VAS settlement', 'SYSTEM', 0),
    (5005, 'Fee income', 'SYSTEM', 0),
    (5006, 'Tenant operating', 'SYSTEM', 0);

CREATE TABLE wallets (
    wallet_id          INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id          INTEGER NOT NULL REFERENCES tenants (tenant_id),
    customer_id        INTEGER NULL REFERENCES customers (customer_id),
    wallet_type_id     INTEGER NOT NULL REFERENCES wallet_types (wallet_type_id),
    name               TEXT    NOT NULL,
    description        TEXT    NULL,
    currency           TEXT    NOT NULL,
    friendly_id        TEXT    NOT NULL UNIQUE,   -- 8 characters (REF-GW)
    external_unique_id TEXT    NULL UNIQUE,
    external_id        TEXT    NULL,
    account_number     TEXT    NULL UNIQUE,
    status             TEXT    NOT NULL,          -- ACTIVE | INACTIVE | FROZEN
    balance            INTEGER NOT NULL DEFAULT 0, -- current balance in nano-units (scale 9)
    reserved           INTEGER NOT NULL DEFAULT 0, -- held for withdrawals, nano-units
    version            INTEGER NOT NULL DEFAULT 0,
    created_ms         INTEGER NOT NULL,
    last_modified_ms   INTEGER NOT NULL
);
INSERT INTO sqlite_sequence (name, seq) VALUES ('wallets', 2536000);
CREATE INDEX ix_wallets_tenant ON wallets (tenant_id, wallet_id);
CREATE INDEX ix_wallets_customer ON wallets (customer_id);
