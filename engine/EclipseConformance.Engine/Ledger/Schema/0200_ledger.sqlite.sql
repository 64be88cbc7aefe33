-- One posting per money movement; its entries are balanced (they sum to zero per currency).
CREATE TABLE ledger_postings (
    posting_id         INTEGER PRIMARY KEY AUTOINCREMENT,
    kind               TEXT    NOT NULL,   -- TRANSFER | FUNDING | WITHDRAWAL | VAS | REVERSAL ...
    external_unique_id TEXT    NULL,       -- idempotency key, unique per kind across the platform
    tenant_id          INTEGER NOT NULL,   -- the tenant that initiated it
    request_hash       TEXT    NULL,       -- fingerprint of the payload, to tell a replay from a conflict
    description        TEXT    NULL,
    external_id        TEXT    NULL,
    location           TEXT    NULL,
    created_ms         INTEGER NOT NULL
);
CREATE UNIQUE INDEX ux_postings_kind_euid ON ledger_postings (kind, external_unique_id);
CREATE INDEX ix_postings_euid ON ledger_postings (external_unique_id);

CREATE TABLE ledger_entries (
    entry_id        INTEGER PRIMARY KEY AUTOINCREMENT,
    posting_id      INTEGER NOT NULL REFERENCES ledger_postings (posting_id),
    wallet_id       INTEGER NOT NULL REFERENCES wallets (wallet_id),
    other_wallet_id INTEGER NULL,
    amount          INTEGER NOT NULL,  -- signed nano-units: negative debits, positive credits
    balance_after   INTEGER NOT NULL,  -- the wallet's running balance after this entry
    currency        TEXT    NOT NULL,
    created_ms      INTEGER NOT NULL
);
CREATE INDEX ix_entries_wallet ON ledger_entries (wallet_id, entry_id);
CREATE INDEX ix_entries_posting ON ledger_entries (posting_id);
CREATE INDEX ix_entries_wallet_time ON ledger_entries (wallet_id, created_ms);
