CREATE TABLE tenant_config (
    tenant_id  BIGINT NOT NULL,
    key        TEXT   NOT NULL,
    value      TEXT   NOT NULL,
    updated_ms BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, key)
);
