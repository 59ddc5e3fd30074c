-- An edit names the version of the event it started from. Timestamps cannot serve: two
-- saves can share a millisecond, and clocks step back. Every write bumps this number in
-- the statement that checks it.
ALTER TABLE events ADD COLUMN version INTEGER NOT NULL DEFAULT 1;

-- Related events are part of what readers see, so changing them moves the generation too.
CREATE TRIGGER related_events_insert AFTER INSERT ON related_events BEGIN
    UPDATE app_state SET value = value + 1 WHERE key = 'generation'; END;
CREATE TRIGGER related_events_update AFTER UPDATE ON related_events BEGIN
    UPDATE app_state SET value = value + 1 WHERE key = 'generation'; END;
CREATE TRIGGER related_events_delete AFTER DELETE ON related_events BEGIN
    UPDATE app_state SET value = value + 1 WHERE key = 'generation'; END;
