-- Withdrawals (issue 5, ADRs 0022-0023): the state machine's status, the ledger hold that reserves amount + fee,
-- and the key the monthly phone limit counts on.
CREATE TABLE withdrawals (
    withdrawal_id        INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id            INTEGER NOT NULL REFERENCES tenants (tenant_id),
    wallet_id            INTEGER NOT NULL REFERENCES wallets (wallet_id),
    external_unique_id   TEXT    NOT NULL,
    request_hash         TEXT    NOT NULL,   -- fingerprint of the payload (idempotency)
    type                 TEXT    NOT NULL,   -- the requested type, e.g. ZA_PAYCORP_ATM
    category             TEXT    NOT NULL,   -- answered as type, e.g. ATM
    sub_type             TEXT    NOT NULL,
    gateway              TEXT    NOT NULL,
    redemption           TEXT    NOT NULL,   -- TOKEN | BANK_PAYOUT
    status               TEXT    NOT NULL,   -- PENDING | SUCCESSFUL | TIMEOUT | CANCELLED | ERROR
    amount               INTEGER NOT NULL,   -- nano-units
    fee                  INTEGER NOT NULL,   -- nano-units
    currency             TEXT    NOT NULL,
    token                TEXT    NULL,
    deliver_to_phone     TEXT    NULL,       -- international digits, e.g. 27821112222
    limit_key            TEXT    NULL,       -- what the monthly limit counts on (a phone, or wallet:<id>); null: not limited
    description          TEXT    NULL,
    callback_url         TEXT    NULL,
    bank_account         TEXT    NULL,       -- bank payouts: the account details as JSON
    tracing_context      TEXT    NOT NULL,
    error_description    TEXT    NULL,
    hold_id              INTEGER NULL REFERENCES ledger_holds (hold_id),
    settlement_wallet_id INTEGER NOT NULL REFERENCES wallets (wallet_id),
    fee_wallet_id        INTEGER NULL REFERENCES wallets (wallet_id),
    expires_ms           INTEGER NULL,
    due_ms               INTEGER NULL,       -- when the sweeper acts (token expiry or bank settlement)
    version              INTEGER NOT NULL DEFAULT 0,
    created_ms           INTEGER NOT NULL,
    last_modified_ms     INTEGER NOT NULL
);
INSERT INTO sqlite_sequence (name, seq) VALUES ('withdrawals', 50000);
CREATE UNIQUE INDEX ux_withdrawals_external_unique_id ON withdrawals (external_unique_id);
CREATE UNIQUE INDEX ux_withdrawals_pending_token ON withdrawals (gateway, token) WHERE status = 'PENDING' AND token IS NOT NULL;
CREATE INDEX ix_withdrawals_limit ON withdrawals (limit_key, created_ms);
CREATE INDEX ix_withdrawals_wallet ON withdrawals (wallet_id, created_ms);
CREATE INDEX ix_withdrawals_due ON withdrawals (due_ms) WHERE status = 'PENDING';

-- After-commit work with retries: registering the token with the ATM/retail network, then the token SMS.
CREATE TABLE withdrawal_tasks (
    task_id          INTEGER PRIMARY KEY AUTOINCREMENT,
    withdrawal_id    INTEGER NOT NULL REFERENCES withdrawals (withdrawal_id),
    kind             TEXT    NOT NULL,   -- REGISTER | SMS
    status           TEXT    NOT NULL,   -- PENDING | DONE | FAILED | CANCELLED
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_ms  INTEGER NOT NULL,
    claimed_until_ms INTEGER NULL,
    last_error       TEXT    NULL,
    result           TEXT    NULL,       -- e.g. the SMS gateway's message id
    created_ms       INTEGER NOT NULL,
    updated_ms       INTEGER NOT NULL
);
CREATE UNIQUE INDEX ux_withdrawal_tasks_kind ON withdrawal_tasks (withdrawal_id, kind);
CREATE INDEX ix_withdrawal_tasks_due ON withdrawal_tasks (next_attempt_ms) WHERE status = 'PENDING';
