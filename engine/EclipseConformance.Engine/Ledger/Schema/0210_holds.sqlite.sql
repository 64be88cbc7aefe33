-- Funds held (reserved) on a wallet for a pending withdrawal or payment; wallets.reserved = sum of HELD holds.
CREATE TABLE ledger_holds (
    hold_id          INTEGER PRIMARY KEY AUTOINCREMENT,
    wallet_id        INTEGER NOT NULL REFERENCES wallets (wallet_id),
    amount           INTEGER NOT NULL,   -- nano-units, > 0
    currency         TEXT    NOT NULL,
    status           TEXT    NOT NULL,   -- HELD | RELEASED | CAPTURED
    kind             TEXT    NOT NULL,   -- WITHDRAWAL | VAS ...
    reference        TEXT    NOT NULL,   -- the owning entity, e.g. the withdrawal id
    created_ms       INTEGER NOT NULL,
    closed_ms        INTEGER NULL,
    capture_posting  INTEGER NULL REFERENCES ledger_postings (posting_id)
);
CREATE UNIQUE INDEX ux_holds_kind_reference ON ledger_holds (kind, reference);
CREATE INDEX ix_holds_wallet_status ON ledger_holds (wallet_id, status);
