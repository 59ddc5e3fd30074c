-- Browsers that have signed in to an account, so that strangers' failed guesses cannot
-- pause the account for them (see src/server/auth/devices.rs). Only the token's digest is kept.
CREATE TABLE known_devices (
    token_digest TEXT    PRIMARY KEY,
    editor_id    INTEGER NOT NULL REFERENCES editors (id) ON DELETE CASCADE,
    -- Unix seconds of the last sign-in from this browser.
    signed_in_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX known_devices_by_editor ON known_devices (editor_id);
