-- Every change to an event is a numbered revision holding the whole event as it then stood,
-- as SQLite's 0010 (which says what each column holds). Events that existed before get
-- their revision 1 from their state at the first start after this migration.
CREATE TABLE revisions (
    event_id   BIGINT  NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    number     BIGINT  NOT NULL CHECK (number > 0),
    version    BIGINT  NOT NULL,
    content    TEXT    NOT NULL,
    retired    BOOLEAN NOT NULL,
    editor     TEXT,
    note       TEXT,
    restores   BIGINT,
    created_at TEXT    COLLATE "C" NOT NULL,
    PRIMARY KEY (event_id, number)
);
CREATE TRIGGER revisions_changed AFTER INSERT OR UPDATE OR DELETE ON revisions
    FOR EACH STATEMENT EXECUTE FUNCTION bump_generation();
-- '0' until the first start after this migration has written revision 1 of every event
-- older than revisions.
INSERT INTO app_state (key, value) VALUES ('revisions_filled', '0');
