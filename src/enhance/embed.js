// An embed (`/embed/…`) inside another site's page. The host page cannot see into the frame,
// so the embed tells it, by message, how tall it is each time that changes (a font arriving,
// the width changing, a hidden tab shown at last), and the host's snippet sizes the <iframe>
// to fit (the README's "Embedding" shows it). The message is `{ type: 'kjt:height', height }`
// in CSS pixels; it carries nothing private, so any parent may read it, and the snippet checks
// that it comes from this site and from its own frame.
// The time axis and the cards light each other, as on the site's pages (lighting.js). The band
// of cards in sight is left out: a frame sized to fit has every card in sight.
import { startLighting } from './lighting.js';

if (window.parent !== window) {
  let reported = -1;
  const report = () => {
    const height = Math.ceil(document.body.getBoundingClientRect().height);
    if (height === reported) return;
    reported = height;
    window.parent.postMessage({ type: 'kjt:height', height }, '*');
  };
  new ResizeObserver(report).observe(document.body);
}
startLighting();
document.documentElement.setAttribute('data-ready', '');
