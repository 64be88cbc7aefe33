-- Eclipse-style config items: key/value per tenant; tenant_id 0 holds global properties.
CREATE TABLE tenant_config (
    tenant_id  INTEGER NOT NULL,
    key        TEXT    NOT NULL,
    value      TEXT    NOT NULL,
    updated_ms INTEGER NOT NULL,
    PRIMARY KEY (tenant_id, key)
);
