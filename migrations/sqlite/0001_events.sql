-- Events of the timeline. Dates are stored as text in the form 'YYYY', 'YYYY-MM' or
-- 'YYYY-MM-DD': the form records the precision, and text order is date order.
CREATE TABLE events (
    id          INTEGER PRIMARY KEY,
    start_date  TEXT    NOT NULL,
    start_circa INTEGER NOT NULL DEFAULT 0 CHECK (start_circa IN (0, 1)),
    end_date    TEXT,
    end_circa   INTEGER NOT NULL DEFAULT 0 CHECK (end_circa IN (0, 1)),
    -- The first and last calendar day the event may cover ('YYYY-MM-DD'), for date filters:
    -- 'from=2019' keeps events whose last_day >= '2019-01-01'.
    first_day   TEXT    NOT NULL,
    last_day    TEXT    NOT NULL,
    category    TEXT    NOT NULL
                CHECK (category IN ('history', 'legal', 'trade', 'security', 'diplomacy', 'society')),
    -- Retired events are hidden from readers but kept, so that retiring can be undone.
    retired_at  TEXT,
    created_at  TEXT    NOT NULL,
    updated_at  TEXT    NOT NULL
);
-- Readers' queries walk these in date order; the filtered columns are in the indexes so
-- that skipping events doesn't read the table.
CREATE INDEX events_by_date ON events (start_date, id, last_day, first_day, category)
    WHERE retired_at IS NULL;
CREATE INDEX events_by_category ON events (category, start_date, id, last_day, first_day)
    WHERE retired_at IS NULL;
CREATE INDEX events_by_last_day ON events (last_day);
CREATE INDEX events_periods ON events (start_date) WHERE end_date IS NOT NULL;

-- The words of an event, per language (a BCP 47 tag). Every event has its 'en' text;
-- translations are further rows.
CREATE TABLE event_texts (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    lang     TEXT    NOT NULL,
    title    TEXT    NOT NULL,
    summary  TEXT    NOT NULL,
    body     TEXT,
    PRIMARY KEY (event_id, lang)
) WITHOUT ROWID;

CREATE TABLE event_actors (
    event_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    actor    TEXT    NOT NULL,
    PRIMARY KEY (event_id, actor)
) WITHOUT ROWID;
CREATE INDEX event_actors_by_actor ON event_actors (actor, event_id);

CREATE TABLE sources (
    id        INTEGER PRIMARY KEY,
    event_id  INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    publisher TEXT    NOT NULL,
    headline  TEXT    NOT NULL,
    published TEXT,
    url       TEXT
);
CREATE INDEX sources_by_event ON sources (event_id, position);

-- Related events; the relation is symmetric, so each pair is stored once, lower id first.
CREATE TABLE related_events (
    event_id   INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    related_id INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, related_id),
    CHECK (event_id < related_id)
) WITHOUT ROWID;
CREATE INDEX related_events_reverse ON related_events (related_id, event_id);

-- Full-text search over each event's words in every language and its sources' headlines.
-- rowid is the event id. The trigram tokenizer matches any substring of three or more
-- characters, so Korean and Japanese text (written without spaces) is searchable too.
CREATE VIRTUAL TABLE event_search USING fts5 (text, tokenize = 'trigram');

-- Facts about the database itself, such as when the seed data went in.
CREATE TABLE app_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- A number that grows with every change to what readers see, so that caches of counts
-- can tell when they are stale, whichever process made the change.
INSERT INTO app_state (key, value) VALUES ('generation', 0);
CREATE TRIGGER events_insert AFTER INSERT ON events BEGIN
    UPDATE app_state SET value = value + 1 WHERE key = 'generation'; END;
CREATE TRIGGER events_update AFTER UPDATE ON events BEGIN
    UPDATE app_state SET value = value + 1 WHERE key = 'generation'; END;
CREATE TRIGGER events_delete AFTER DELETE ON events BEGIN
    UPDATE app_state SET value = value + 1 WHERE key = 'generation'; END;
CREATE TRIGGER event_texts_insert AFTER INSERT ON event_texts BEGIN
    UPDATE app_state SET value = value + 1 WHERE key = 'generation'; END;
CREATE TRIGGER event_texts_update AFTER UPDATE ON event_texts BEGIN
    UPDATE app_state SET value = value + 1 WHERE key = 'generation'; END;
CREATE TRIGGER event_texts_delete AFTER DELETE ON event_texts BEGIN
    UPDATE app_state SET value = value + 1 WHERE key = 'generation'; END;
CREATE TRIGGER event_actors_insert AFTER INSERT ON event_actors BEGIN
    UPDATE app_state SET value = value + 1 WHERE key = 'generation'; END;
CREATE TRIGGER event_actors_update AFTER UPDATE ON event_actors BEGIN
    UPDATE app_state SET value = value + 1 WHERE key = 'generation'; END;
CREATE TRIGGER event_actors_delete AFTER DELETE ON event_actors BEGIN
    UPDATE app_state SET value = value + 1 WHERE key = 'generation'; END;
CREATE TRIGGER sources_insert AFTER INSERT ON sources BEGIN
    UPDATE app_state SET value = value + 1 WHERE key = 'generation'; END;
CREATE TRIGGER sources_update AFTER UPDATE ON sources BEGIN
    UPDATE app_state SET value = value + 1 WHERE key = 'generation'; END;
CREATE TRIGGER sources_delete AFTER DELETE ON sources BEGIN
    UPDATE app_state SET value = value + 1 WHERE key = 'generation'; END;
