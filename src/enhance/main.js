// Readers' pages, made to answer in place. Everything here also works without this script,
// as plain links and a plain GET form; the script only saves the full page load:
// - a link to the timeline or an event page fetches that page and swaps in its <main>;
// - the filter form does the same, as soon as a box is ticked or a date changed;
// - Back and Forward step through those views;
// - "Copy link" copies the view's address;
// (all in navigation.js)
// - the time axis answers dragging, the wheel, pinching and arrow keys (gestures.js, on the
//   axis's geometry in axis.js), and lights the cards of the marks under the pointer, and the
//   other way round (lighting.js);
// - a reader whose language is not the page's is offered the page in it, never sent there
//   (language.js);
// - an editor's upload says it is being read while it is (busy.js).
// build.rs joins these modules into one script (esbuild: one function, minified), which every
// reader's page inlines; `make lint` checks them (tsc on their JSDoc types, and eslint).
import { startBusy } from './busy.js';
import { startGestures } from './gestures.js';
import { offer } from './language.js';
import { seen, startLighting } from './lighting.js';
import { startNavigation } from './navigation.js';

// Pages with islands (the event form) are left to their own code.
if (!document.querySelector('leptos-island')) {
  startNavigation();
  startGestures();
  startLighting();
  offer();
  seen();
  startBusy();
  document.documentElement.setAttribute('data-ready', '');
}
