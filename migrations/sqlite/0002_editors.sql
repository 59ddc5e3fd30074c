-- People who may change the timeline. Accounts are made with `korea-japan-timeline admin`;
-- there is no default account.
CREATE TABLE editors (
    id            INTEGER PRIMARY KEY,
    username      TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    -- An Argon2id hash in PHC string form; the password itself is never stored.
    password_hash TEXT    NOT NULL,
    created_at    TEXT    NOT NULL,
    updated_at    TEXT    NOT NULL
);

-- Signed-in browsers. The cookie holds a random token; only its SHA-256 digest is kept,
-- so a copy of the database does not let anyone sign in.
CREATE TABLE sessions (
    token_digest TEXT    PRIMARY KEY,
    editor_id    INTEGER NOT NULL REFERENCES editors (id) ON DELETE CASCADE,
    -- Unix seconds.
    created_at   INTEGER NOT NULL,
    last_seen_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX sessions_by_editor ON sessions (editor_id);

-- Who did what, when and from where. Usernames are copied, not referenced, so the record
-- outlives deleted accounts. `before` and `after` hold the event as JSON.
CREATE TABLE audit_log (
    id       INTEGER PRIMARY KEY,
    -- Unix seconds.
    at       INTEGER NOT NULL,
    username TEXT    NOT NULL,
    address  TEXT    NOT NULL,
    action   TEXT    NOT NULL
             CHECK (action IN ('sign-in', 'sign-in-failed', 'sign-out',
                               'create', 'edit', 'retire', 'restore')),
    event_id INTEGER,
    before   TEXT,
    after    TEXT
);
-- Throttling counts recent failed sign-ins per account and per address.
CREATE INDEX audit_failures_by_username ON audit_log (username COLLATE NOCASE, at)
    WHERE action = 'sign-in-failed';
CREATE INDEX audit_failures_by_address ON audit_log (address, at)
    WHERE action = 'sign-in-failed';

-- The admin lists events most recently changed first.
CREATE INDEX events_by_update ON events (updated_at, id);
