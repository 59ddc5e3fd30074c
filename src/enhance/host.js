// Not for the site's own pages: the script another site adds beside an embed of the timeline
// (served at /embed.js; the Embed control's code loads it). It sets the height of each of the
// timeline's frames on the host page as the embed reports it, `{ type: 'kjt:height', height }`
// (see embed.js), taking messages only from the site this script came from, and each only for
// the frame that sent it.
const script = /** @type {HTMLScriptElement | null} */ (document.currentScript);
const site = script ? new URL(script.src).origin : '';

addEventListener('message', (event) => {
  if (!site || event.origin !== site || event.data?.type !== 'kjt:height') return;
  for (const frame of document.querySelectorAll('iframe')) {
    if (frame.contentWindow === event.source) frame.style.height = `${event.data.height}px`;
  }
});
