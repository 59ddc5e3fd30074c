-- Whether a revision corrects an error in the event. Editors mark a save of an existing event
-- as a correction; the public corrections log (`/corrections`) lists them and the event's
-- page names its latest. A correction says in its note what it corrected, and a first
-- revision corrects nothing: neither can be stored otherwise.
ALTER TABLE revisions ADD COLUMN correction INTEGER NOT NULL DEFAULT 0
    CHECK (correction IN (0, 1) AND (correction = 0 OR (note IS NOT NULL AND number > 1)));

-- The log, newest first, reads only the corrections.
CREATE INDEX revisions_corrections ON revisions (created_at) WHERE correction;
