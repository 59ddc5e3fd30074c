-- Every change to an event is a numbered revision (1, 2, 3 … per event) holding the whole
-- event as it then stood: `content` is the event form as JSON (every language's texts, the
-- dates, category, actors, sources, positions and related events), `retired` whether readers
-- could see it. `version` is the event's version the revision shows, so that each saved
-- version can be matched with its revision. `editor` is NULL for the seed and for the
-- revisions written for events that existed before revisions were kept (their revision 1 is
-- written from their state at the first start after this migration, see
-- `write_first_revisions`). `note` is the editor's public note to readers; `restores` the
-- revision whose content an editor brought back.
CREATE TABLE revisions (
    event_id   INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    number     INTEGER NOT NULL CHECK (number > 0),
    version    INTEGER NOT NULL,
    content    TEXT    NOT NULL,
    retired    INTEGER NOT NULL CHECK (retired IN (0, 1)),
    editor     TEXT,
    note       TEXT,
    restores   INTEGER,
    created_at TEXT    NOT NULL,
    PRIMARY KEY (event_id, number)
) WITHOUT ROWID;

CREATE TRIGGER revisions_insert AFTER INSERT ON revisions BEGIN
    UPDATE app_state SET value = value + 1 WHERE key = 'generation'; END;

-- '0' until the first start after this migration has written revision 1 of every event
-- older than revisions.
INSERT INTO app_state (key, value) VALUES ('revisions_filled', '0');
