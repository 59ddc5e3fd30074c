// The time axis's gestures. Drag across the chart to choose a stretch; use the wheel or pinch
// to zoom around the pointer; drag the scale below it to move earlier or later. With a bar
// focused, arrows move between bars, Shift and the arrows choose a stretch (then the arrows
// move it), Enter shows it, Escape drops it, + and - zoom. Each gesture ends in a view's
// address, as the axis's links do.
import { axisOf, chart, column, columnAt, columns, shade, stretch, within, zoomOut } from './axis.js';
import { announce, show } from './navigation.js';
/** @import { Axis, Mark } from './axis.js' */

/**
 * A gesture: the axis, what it began on (the plot, or the scale to pan it), the pointers down
 * on it (by id, where each began and is now), and the columns it began and is over.
 * @typedef {object} Gesture
 * @property {Axis} fig
 * @property {Element} on
 * @property {boolean} pan
 * @property {number} x where the first pointer went down
 * @property {number} from
 * @property {number} to
 * @property {boolean} moved
 * @property {Map<number, [number, number]>} points
 */

/**
 * A stretch chosen with the keyboard, from column a to column b.
 * @typedef {{ fig: Axis, a: number, b: number }} Chosen
 */

/**
 * Shows `href` as a new view.
 * @param {string} href
 * @param {() => void} [after]
 */
const go = (href, after = () => {}) => show(href, { push: true, after });

/**
 * How far apart the two fingers of a pinch were (now = 0), or are (now = 1).
 * @param {Map<number, [number, number]>} points
 * @param {0 | 1} now
 */
const spread = (points, now) => {
  const [a, b] = [...points.values()];
  return Math.abs(a[now] - b[now]);
};

/** @type {Gesture | null} */
let gesture = null;
let swallowClick = false;
let wheeled = 0;
let wheelAt = 0;
/** @type {number | undefined} */
let wheelTimer;
/** @type {Chosen | null} */
let chosen = null;

/** @param {Chosen} c */
const say = ({ fig, a, b }) => {
  announce(`${column(fig, Math.min(a, b))[0]} – ${column(fig, Math.max(a, b))[1]}`);
};
const focusAxis = () =>
  /** @type {SVGElement | null} */ (document.querySelector('[data-axis] .axis__chart a'))?.focus({
    preventScroll: true,
  });

/** @param {PointerEvent} event */
function endGesture(event) {
  const g = gesture;
  if (!g?.points.has(event.pointerId)) return;
  gesture = null;
  if (event.type === 'pointercancel') {
    chart(g.fig).style.translate = '';
    return shade(g.fig, 'chosen');
  }
  if (g.points.size > 1) {
    swallowClick = true;
    const [before, after] = [spread(g.points, 0), spread(g.points, 1)];
    const [a, b] = [...g.points.values()].map(([, x]) => columnAt(g.fig, x));
    const middle = within(g.fig, Math.round((a + b) / 2));
    const out = zoomOut(g.fig);
    if (after > before * 1.25) go(stretch(g.fig, middle, middle));
    else if (after < before * 0.8 && out) go(out);
    return;
  }
  if (!g.moved) return;
  swallowClick = true;
  if (g.pan) {
    const by = g.from - g.to;
    if (by) go(stretch(g.fig, by, columns(g.fig) - 1 + by));
    else chart(g.fig).style.translate = '';
  } else {
    go(stretch(g.fig, within(g.fig, g.from), within(g.fig, g.to)));
  }
}

/** Answers pointers, the wheel and keys on the time axis. */
export function startGestures() {
  document.addEventListener('pointerdown', (event) => {
    swallowClick = false;
    const fig = axisOf(event.target);
    const on = /** @type {Element} */ (event.target).closest?.('.axis__plot, .axis__scale');
    if (!fig || !on || (event.button !== 0 && event.pointerType === 'mouse')) return;
    if (gesture?.fig === fig && gesture.points.size === 1) {
      gesture.points.set(event.pointerId, [event.clientX, event.clientX]);
      return;
    }
    if (!event.isPrimary) return;
    const at = columnAt(fig, event.clientX);
    gesture = {
      fig,
      on,
      pan: on.matches('.axis__scale'),
      x: event.clientX,
      from: at,
      to: at,
      moved: false,
      points: new Map([[event.pointerId, [event.clientX, event.clientX]]]),
    };
  });
  document.addEventListener('pointermove', (event) => {
    const g = gesture;
    const point = g?.points.get(event.pointerId);
    if (!g || !point) return;
    point[1] = event.clientX;
    if (g.points.size > 1) return;
    // Once it moves it is a drag, followed beyond the axis; a tap stays a tap on a link.
    if (!g.moved && Math.abs(event.clientX - g.x) > 4) {
      g.moved = true;
      g.on.setPointerCapture(event.pointerId);
    }
    g.to = columnAt(g.fig, event.clientX);
    if (!g.moved) return;
    if (g.pan) {
      chart(g.fig).style.translate = `${event.clientX - g.x}px`;
    } else {
      shade(g.fig, 'chosen', within(g.fig, g.from), within(g.fig, g.to));
    }
  });
  document.addEventListener('pointerup', endGesture);
  document.addEventListener('pointercancel', endGesture);
  // A drag ends on a bar, whose link must not then be followed.
  document.addEventListener(
    'click',
    (event) => {
      if (!swallowClick) return;
      swallowClick = false;
      if (axisOf(event.target)) {
        event.preventDefault();
        event.stopImmediatePropagation();
      }
    },
    true,
  );

  document.addEventListener(
    'wheel',
    (event) => {
      const fig = axisOf(event.target);
      if (!fig || !(/** @type {Element} */ (event.target).closest('.axis__plot'))) return;
      event.preventDefault();
      wheeled += event.deltaY;
      wheelAt = event.clientX;
      clearTimeout(wheelTimer);
      // One step per turn of the wheel or pinch of the trackpad, once it comes to rest.
      wheelTimer = setTimeout(() => {
        const i = within(fig, columnAt(fig, wheelAt));
        const out = zoomOut(fig);
        if (wheeled < -20) go(stretch(fig, i, i));
        else if (wheeled > 20 && out) go(out);
        wheeled = 0;
      }, 200);
    },
    { passive: false },
  );

  /** @type {Record<string, number | undefined>} */
  const steps = { ArrowLeft: -1, ArrowRight: 1 };
  document.addEventListener('keydown', (event) => {
    const link = /** @type {Mark | null | undefined} */ (
      /** @type {Element} */ (event.target).closest?.('.axis__chart a')
    );
    if (!link) return;
    const fig = /** @type {Axis} */ (axisOf(link));
    const i = +link.dataset.i;
    const step = steps[event.key];
    if (chosen && chosen.fig !== fig) chosen = null;
    if (step) {
      event.preventDefault();
      if (event.shiftKey) {
        chosen ??= { fig, a: i, b: i };
        chosen.b = within(fig, chosen.b + step);
      } else if (chosen) {
        const n = columns(fig);
        if (Math.min(chosen.a, chosen.b) + step >= 0 && Math.max(chosen.a, chosen.b) + step < n) {
          chosen.a += step;
          chosen.b += step;
        }
      } else {
        const links = /** @type {Mark[]} */ (/** @type {Element[]} */ ([...chart(fig).querySelectorAll('a')]));
        links[links.indexOf(link) + step]?.focus();
        return;
      }
      shade(fig, 'chosen', chosen.a, chosen.b);
      say(chosen);
    } else if (event.key === 'Enter' && chosen) {
      event.preventDefault();
      go(stretch(fig, chosen.a, chosen.b), focusAxis);
      chosen = null;
    } else if (event.key === 'Escape' && chosen) {
      chosen = null;
      shade(fig, 'chosen');
    } else if (event.key === '+' || event.key === '=') {
      go(stretch(fig, i, i), focusAxis);
    } else if (event.key === '-') {
      const out = zoomOut(fig);
      if (out) go(out, focusAxis);
    }
  });
}
