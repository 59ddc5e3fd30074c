/** The editor account the test server is started with (see playwright.config.ts). */
export const EDITOR = { username: 'e2e-editor', password: 'end-to-end passphrase' };
