-- Small documents the simulator keeps about itself (e.g. the demo world's seed document).
CREATE TABLE sim_state (
    key        TEXT    PRIMARY KEY,
    value      TEXT    NOT NULL,
    updated_ms INTEGER NOT NULL
);
