-- Each side's position on an event, in its own words: whose (a state, and the court when a
-- court holds it), the language the words were published in, the words in every language
-- (the quote in that one, unofficial translations in the others) and where they were
-- published. A position is only saved with a dated, linked source.
CREATE TABLE positions (
    event_id  INTEGER NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    actor     TEXT    NOT NULL,
    court     TEXT,
    lang      TEXT    NOT NULL CHECK (lang IN ('en', 'ko', 'ja')),
    words_en  TEXT    NOT NULL,
    words_ko  TEXT    NOT NULL,
    words_ja  TEXT    NOT NULL,
    publisher TEXT    NOT NULL,
    headline  TEXT    NOT NULL,
    published TEXT    NOT NULL,
    url       TEXT    NOT NULL,
    PRIMARY KEY (event_id, position)
);
-- `disputed=1` keeps the events whose positions come from two sides or more.
CREATE INDEX positions_by_side ON positions (event_id, actor);

CREATE TRIGGER positions_insert AFTER INSERT ON positions BEGIN
    UPDATE app_state SET value = value + 1 WHERE key = 'generation'; END;
CREATE TRIGGER positions_update AFTER UPDATE ON positions BEGIN
    UPDATE app_state SET value = value + 1 WHERE key = 'generation'; END;
CREATE TRIGGER positions_delete AFTER DELETE ON positions BEGIN
    UPDATE app_state SET value = value + 1 WHERE key = 'generation'; END;
