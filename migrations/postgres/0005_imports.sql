-- Files editors have uploaded to import, as SQLite's 0010: parsed and checked, waiting for
-- the editor to confirm them; deleted on confirmation, or an hour after upload. No trigger:
-- nothing readers see changes until an import is confirmed.
CREATE TABLE imports (
    id         TEXT   COLLATE "C" PRIMARY KEY,
    csrf       TEXT   COLLATE "C" NOT NULL,
    editor_id  BIGINT NOT NULL REFERENCES editors (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    file_name  TEXT   NOT NULL,
    rows       TEXT   NOT NULL
);
CREATE INDEX imports_by_age ON imports (created_at);
