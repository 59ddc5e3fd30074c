// A mark on the time axis and the cards of its column light each other; the shaded band on
// the axis is the part of the list in sight.
import { chart, columnOf, shade, within } from './axis.js';
/** @import { Axis, Mark } from './axis.js' */

/**
 * The column of the axis that a card's date falls in, or -1 for a card without one.
 * @param {Axis} fig
 * @param {Element} card
 */
const cardColumn = (fig, card) => {
  const date = card.querySelector('time')?.getAttribute('datetime');
  return date ? within(fig, columnOf(fig, date)) : -1;
};

/** The first axis on the page. */
const theAxis = () => /** @type {Axis | null} */ (document.querySelector('[data-axis]'));

/**
 * Lights (or puts out) the cards of the mark the event is on, or the mark of its card.
 * @param {Event} event
 * @param {boolean} on
 */
function light(event, on) {
  const fig = theAxis();
  if (!fig) return;
  const target = /** @type {Element} */ (event.target);
  const mark = /** @type {Mark | null | undefined} */ (
    target.closest?.('.axis__chart a')
  );
  const card = target.closest?.('.event');
  if (mark) {
    for (const other of document.querySelectorAll('.event')) {
      if (cardColumn(fig, other) === +mark.dataset.i) other.classList.toggle('is-lit', on);
    }
  } else if (card) {
    chart(fig).querySelector(`a[data-i="${cardColumn(fig, card)}"]`)?.classList.toggle('is-lit', on);
  }
}

let seenQueued = false;

/** Shades on the axis the columns of the cards in sight. */
export function seen() {
  seenQueued = false;
  const fig = theAxis();
  if (!fig) return;
  const inSight = [...document.querySelectorAll('.event')].filter((card) => {
    const box = card.getBoundingClientRect();
    return box.bottom > 0 && box.top < innerHeight;
  });
  const at = inSight.map((card) => cardColumn(fig, card)).filter((i) => i >= 0);
  if (at.length) shade(fig, 'seen', Math.min(...at), Math.max(...at));
  else shade(fig, 'seen');
}

/** Lights marks and cards under the pointer or focus, and follows scrolling with the band. */
export function startLighting() {
  document.addEventListener('mouseover', (event) => light(event, true));
  document.addEventListener('mouseout', (event) => light(event, false));
  document.addEventListener('focusin', (event) => light(event, true));
  document.addEventListener('focusout', (event) => light(event, false));
  addEventListener('scroll', () => {
    if (!seenQueued) requestAnimationFrame(seen);
    seenQueued = true;
  });
}
