-- Readers' reports of an error in an event, and the editors' answers to them. A report is
-- not part of what readers see of the event, so no trigger counts it in the data generation:
-- a report never makes a kept page stale.
CREATE TABLE reports (
    id             INTEGER PRIMARY KEY,
    -- What the reader is given, `R-2026-K7QM3X9D`: random, so it tells nobody how many
    -- reports there are, and the key to the report's public status page.
    reference      TEXT    NOT NULL UNIQUE,
    event_id       INTEGER NOT NULL REFERENCES events (id),
    -- The language of the page the reader wrote from.
    lang           TEXT    NOT NULL CHECK (lang IN ('en', 'ko', 'ja')),
    what           TEXT    NOT NULL,
    source         TEXT,
    -- Shown to editors only.
    email          TEXT,
    -- The SHA-256 digest of the address it came from: enough to count an address's
    -- reports for the limit, without a list of readers' addresses.
    address_digest TEXT    NOT NULL,
    -- Unix seconds.
    received_at    INTEGER NOT NULL,
    state          TEXT    NOT NULL DEFAULT 'new'
                   CHECK (state IN ('new', 'accepted', 'declined')),
    reply          TEXT,
    answered_by    TEXT,
    answered_at    INTEGER,
    CHECK ((state = 'new') = (answered_at IS NULL))
);
-- The editors' queue, by state, newest first; and the per-address limit.
CREATE INDEX reports_by_state ON reports (state, id);
CREATE INDEX reports_by_address ON reports (address_digest, received_at);

-- Answering a report is audited: the trail's actions grow by two. SQLite cannot change a
-- CHECK in place, so the trail is rebuilt with its rows and indexes.
CREATE TABLE audit_log_new (
    id       INTEGER PRIMARY KEY,
    at       INTEGER NOT NULL,
    username TEXT    NOT NULL,
    address  TEXT    NOT NULL,
    action   TEXT    NOT NULL
             CHECK (action IN ('sign-in', 'sign-in-failed', 'sign-out',
                               'create', 'edit', 'retire', 'restore',
                               'accept-report', 'decline-report')),
    event_id INTEGER,
    before   TEXT,
    after    TEXT
);
INSERT INTO audit_log_new (id, at, username, address, action, event_id, before, after)
    SELECT id, at, username, address, action, event_id, before, after FROM audit_log;
DROP TABLE audit_log;
ALTER TABLE audit_log_new RENAME TO audit_log;
CREATE INDEX audit_failures_by_username ON audit_log (username COLLATE NOCASE, at)
    WHERE action = 'sign-in-failed';
CREATE INDEX audit_failures_by_address ON audit_log (address, at)
    WHERE action = 'sign-in-failed';
