-- Fewer random-page index writes per transfer (the WAL volume dominated the writer's cost, ADR 0017):
-- the unique (kind, external_unique_id) index serves key lookups (queries name the kinds), and one
-- (wallet_id, created_ms, entry_id) index serves both "newest first" and date windows per wallet.
DROP INDEX IF EXISTS ix_postings_euid;
DROP INDEX IF EXISTS ix_entries_wallet;
DROP INDEX IF EXISTS ix_entries_wallet_time;
CREATE INDEX ix_entries_wallet_time ON ledger_entries (wallet_id, created_ms, entry_id);
