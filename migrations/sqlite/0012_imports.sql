-- Files editors have uploaded to import, parsed and checked, waiting for the editor to
-- confirm them. Servers keep nothing between requests, so the rows wait here; they are
-- deleted on confirmation, and an hour after upload if never confirmed.
CREATE TABLE imports (
    -- A random token: the preview's address.
    id         TEXT    PRIMARY KEY,
    -- A second random token, only in the preview's confirm form.
    csrf       TEXT    NOT NULL,
    editor_id  INTEGER NOT NULL REFERENCES editors (id) ON DELETE CASCADE,
    -- Unix seconds.
    created_at INTEGER NOT NULL,
    file_name  TEXT    NOT NULL,
    -- The file's rows as the event form's fields, with where each was in the file (JSON).
    rows       TEXT    NOT NULL
) WITHOUT ROWID;
CREATE INDEX imports_by_age ON imports (created_at);
