CREATE TABLE customers (
    customer_id              INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id                INTEGER NOT NULL REFERENCES tenants (tenant_id),
    external_unique_id       TEXT    NOT NULL UNIQUE,
    first_name               TEXT    NOT NULL,
    last_name                TEXT    NOT NULL,
    last_name_key            TEXT    NOT NULL,   -- case- and accent-folded, for lookup
    phone1                   TEXT    NULL,       -- digits with country code, e.g. 27821234567
    phone_key                TEXT    NULL,       -- national significant number, e.g. 821234567
    email                    TEXT    NULL,
    national_identity_number TEXT    NULL,
    passport_number          TEXT    NULL,
    date_of_birth            TEXT    NULL,
    gender                   TEXT    NULL,
    title                    TEXT    NULL,
    status                   TEXT    NOT NULL,
    version                  INTEGER NOT NULL DEFAULT 0,
    created_ms               INTEGER NOT NULL,
    last_modified_ms         INTEGER NOT NULL
);
INSERT INTO sqlite_sequence (name, seq) VALUES ('customers', 8586000);
CREATE INDEX ix_customers_tenant ON customers (tenant_id, customer_id);
CREATE INDEX ix_customers_last_name ON customers (last_name_key);
CREATE INDEX ix_customers_phone ON customers (phone_key);
CREATE INDEX ix_customers_national_id ON customers (national_identity_number);
CREATE INDEX ix_customers_passport ON customers (passport_number);
