-- VAS payments (issue 6, ADRs 0024-0026). One row per payment: the request as accepted, the money it moved, the
-- state of its flow's state machine, and the durable work queue (work_due_ms + a lease) that drives the flow.
CREATE TABLE vas_payments (
    payment_id            INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id             INTEGER NOT NULL,
    customer_id           INTEGER NOT NULL,
    wallet_id             INTEGER NOT NULL,
    external_unique_id    TEXT    NOT NULL,
    payment_type          TEXT    NOT NULL,              -- GLOBAL_VAS
    provider              TEXT    NOT NULL,              -- provider key, e.g. frontierweb
    flow                  TEXT    NOT NULL,              -- SINGLE_POST | TWO_STEP | PENDING_CONFIRMATION
    partner_id            INTEGER NOT NULL,
    product_id            TEXT    NOT NULL,
    prevend_product_id    TEXT    NULL,
    product_name          TEXT    NOT NULL,
    product_category      TEXT    NULL,
    payment_data          TEXT    NOT NULL,
    additional_fields     TEXT    NOT NULL,              -- JSON array of {id, value}, as given
    amount                INTEGER NOT NULL,              -- nano-units
    fee                   INTEGER NOT NULL,              -- nano-units
    currency              TEXT    NOT NULL,
    description           TEXT    NOT NULL,
    payment_reference     TEXT    NOT NULL,
    callback_url          TEXT    NULL,
    landing_url           TEXT    NULL,
    phone                 TEXT    NULL,
    tracing_context       TEXT    NOT NULL,
    destination_wallet_id INTEGER NULL,
    fee_wallet_id         INTEGER NULL,
    completion            TEXT    NOT NULL,              -- ASYNC | SYNC (policy at acceptance)
    failure_statuses      TEXT    NOT NULL,              -- FAILED_ERROR | ERROR_PERM_TEMP (policy at acceptance)
    state                 TEXT    NOT NULL,              -- the flow's state machine state
    status                TEXT    NOT NULL,              -- the wire status
    failure_kind          TEXT    NULL,                  -- PERMANENT | TEMPORARY
    extra_info            TEXT    NULL,
    error_description     TEXT    NULL,
    provider_state        TEXT    NOT NULL,              -- JSON owned by the provider (request ids, phase results)
    attempts              INTEGER NOT NULL DEFAULT 0,    -- provider calls made in the current state
    checks                INTEGER NOT NULL DEFAULT 0,    -- confirmation calls made (transaction checks, status polls)
    settlement_posting_id INTEGER NULL,
    reversal_posting_id   INTEGER NULL,
    hold_id               INTEGER NULL,
    work_due_ms           INTEGER NULL,                  -- null: nothing to do
    claim_token           TEXT    NULL,
    claim_until_ms        INTEGER NULL,
    version               INTEGER NOT NULL DEFAULT 0,
    created_ms            INTEGER NOT NULL,
    last_modified_ms      INTEGER NOT NULL
);
INSERT INTO sqlite_sequence (name, seq) VALUES ('vas_payments', 4007000);
CREATE UNIQUE INDEX ux_vas_payments_tenant_euid ON vas_payments (tenant_id, external_unique_id);
CREATE INDEX ix_vas_payments_euid ON vas_payments (external_unique_id);
CREATE INDEX ix_vas_payments_work ON vas_payments (work_due_ms) WHERE work_due_ms IS NOT NULL;
CREATE INDEX ix_vas_payments_customer ON vas_payments (tenant_id, customer_id, payment_id);
