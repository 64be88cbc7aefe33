-- The callback outbox (issue 8, ADR 0010). A row is written in the producer's own transaction; the dispatcher
-- claims due rows with a lease, delivers them and records each attempt.
CREATE TABLE callbacks (
    callback_id      INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id        INTEGER NOT NULL,
    kind             TEXT    NOT NULL,              -- WITHDRAWAL | PAYMENT | ...
    reference        TEXT    NOT NULL,              -- e.g. the withdrawal id
    url              TEXT    NOT NULL,
    body             TEXT    NOT NULL,              -- the exact JSON posted
    status           TEXT    NOT NULL,              -- PENDING | DELIVERED
    failures         INTEGER NOT NULL DEFAULT 0,    -- consecutive failed attempts in the current delivery round
    attempt_count    INTEGER NOT NULL DEFAULT 0,    -- every attempt ever made
    next_attempt_ms  INTEGER NULL,                  -- null once delivered
    claim_token      TEXT    NULL,                  -- set while a dispatcher holds the lease
    claimed_by       TEXT    NULL,
    claimed_until_ms INTEGER NULL,
    last_status      INTEGER NULL,
    last_error       TEXT    NULL,
    created_ms       INTEGER NOT NULL,
    delivered_ms     INTEGER NULL,
    updated_ms       INTEGER NOT NULL
);
CREATE INDEX ix_callbacks_due ON callbacks (next_attempt_ms) WHERE status = 'PENDING';
CREATE INDEX ix_callbacks_tenant ON callbacks (tenant_id, callback_id);
CREATE INDEX ix_callbacks_reference ON callbacks (reference);

-- The last N attempts of each callback (older ones are pruned; bodies are capped).
CREATE TABLE callback_attempts (
    attempt_id      INTEGER PRIMARY KEY AUTOINCREMENT,
    callback_id     INTEGER NOT NULL REFERENCES callbacks (callback_id),
    attempt_no      INTEGER NOT NULL,
    trigger_kind    TEXT    NOT NULL,               -- SCHEDULED | REDELIVER
    outcome         TEXT    NOT NULL,               -- SUCCEEDED | FAILED | INTERRUPTED
    started_ms      INTEGER NOT NULL,
    url             TEXT    NOT NULL,
    request_headers TEXT    NOT NULL,               -- JSON object
    response_status INTEGER NULL,
    response_body   TEXT    NULL,
    latency_ms      INTEGER NOT NULL,
    error           TEXT    NULL,
    note            TEXT    NULL,
    next_attempt_ms INTEGER NULL,
    dispatcher      TEXT    NOT NULL
);
CREATE INDEX ix_callback_attempts_callback ON callback_attempts (callback_id, attempt_no);
