-- Each side's position on an event, as SQLite's 0009: whose (a state, and the court when a
-- court holds it), the language the words were published in, the words in every language
-- (the quote in that one, unofficial translations in the others) and where they were
-- published.
CREATE TABLE positions (
    event_id  BIGINT NOT NULL REFERENCES events (id) ON DELETE CASCADE,
    position  BIGINT NOT NULL,
    actor     TEXT   COLLATE "C" NOT NULL,
    court     TEXT   COLLATE "C",
    lang      TEXT   COLLATE "C" NOT NULL CHECK (lang IN ('en', 'ko', 'ja')),
    words_en  TEXT   NOT NULL,
    words_ko  TEXT   NOT NULL,
    words_ja  TEXT   NOT NULL,
    publisher TEXT   NOT NULL,
    headline  TEXT   NOT NULL,
    published TEXT   COLLATE "C" NOT NULL,
    url       TEXT   NOT NULL,
    PRIMARY KEY (event_id, position)
);
-- `disputed=1` keeps the events whose positions come from two sides or more.
CREATE INDEX positions_by_side ON positions (event_id, actor);
CREATE TRIGGER positions_changed AFTER INSERT OR UPDATE OR DELETE ON positions
    FOR EACH STATEMENT EXECUTE FUNCTION bump_generation();
