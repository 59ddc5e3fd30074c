-- Whether a revision corrects an error in the event, as SQLite's 0013: a correction says in
-- its note what it corrected, and a first revision corrects nothing.
ALTER TABLE revisions ADD COLUMN correction BOOLEAN NOT NULL DEFAULT FALSE,
    ADD CONSTRAINT revisions_correction_noted
        CHECK (NOT correction OR (note IS NOT NULL AND number > 1));

-- The log, newest first, reads only the corrections.
CREATE INDEX revisions_corrections ON revisions (created_at) WHERE correction;
