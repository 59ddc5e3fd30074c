// The time axis's geometry (time_axis.rs draws it): its columns and their dates, the views
// they make, and the bands shaded on it. Gestures (gestures.js) and lighting (lighting.js)
// work on it.

/**
 * The axis, a <figure data-axis> whose data say where its first column starts, its unit and
 * how many columns it has.
 * @typedef {HTMLElement & { dataset: { start: string, unit: string, columns: string } }} Axis
 */

/**
 * A mark on the axis: an SVG link to its column's view, with the column's index.
 * @typedef {SVGAElement & { dataset: { i: string } }} Mark
 */

/** @param {EventTarget | null} node */
export const axisOf = (node) =>
  /** @type {Axis | null | undefined} */ (/** @type {Element} */ (node).closest?.('[data-axis]'));
/** @param {Axis} fig */
export const columns = (fig) => +fig.dataset.columns;
/** @param {number} n */
const pad = (n) => String(n).padStart(2, '0');
/** @type {Record<string, number | undefined>} */
const yearsIn = { century: 100, decade: 10, year: 1 };

/**
 * Column i's first and last date, as the filter writes them; i may lie beyond the axis.
 * @param {Axis} fig
 * @param {number} i
 * @returns {[string, string]}
 */
export function column(fig, i) {
  const [y, m, d] = fig.dataset.start.split('-').map(Number);
  const { unit } = fig.dataset;
  const years = yearsIn[unit];
  if (years) return [String(y + i * years), String(y + i * years + years - 1)];
  const at = new Date(Date.UTC(y, m - 1 + (unit === 'month' ? i : 0), unit === 'day' ? d + i : 1));
  const text = `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}`;
  return unit === 'month' ? [text, text] : [`${text}-${pad(at.getUTCDate())}`, `${text}-${pad(at.getUTCDate())}`];
}

/**
 * The column holding a date written YYYY, YYYY-MM or YYYY-MM-DD.
 * @param {Axis} fig
 * @param {string} date
 */
export function columnOf(fig, date) {
  const [y, m = 1, d = 1] = date.split('-').map(Number);
  const [y0, m0, d0] = fig.dataset.start.split('-').map(Number);
  const { unit } = fig.dataset;
  const years = yearsIn[unit];
  if (years) return Math.floor((y - y0) / years);
  if (unit === 'month') return (y - y0) * 12 + m - m0;
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(y0, m0 - 1, d0)) / 864e5);
}

/**
 * The view of columns a to b, with the other filters kept.
 * @param {Axis} fig
 * @param {number} a
 * @param {number} b
 */
export function stretch(fig, a, b) {
  const url = new URL(location.href);
  url.hash = '';
  url.searchParams.delete('page');
  url.searchParams.set('from', column(fig, Math.min(a, b))[0]);
  url.searchParams.set('to', column(fig, Math.max(a, b))[1]);
  return url.href;
}

/** @param {Axis} fig */
export const chart = (fig) => /** @type {SVGSVGElement} */ (fig.querySelector('.axis__chart'));

/**
 * Which column a pointer at x is over (unbounded, for panning); measured on the plot, which
 * stays put while the chart follows a pan.
 * @param {Axis} fig
 * @param {number} x
 */
export function columnAt(fig, x) {
  const box = /** @type {Element} */ (fig.querySelector('.axis__plot')).getBoundingClientRect();
  return Math.floor(((x - box.left) / box.width) * columns(fig));
}

/**
 * Column i, or the nearest on the axis.
 * @param {Axis} fig
 * @param {number} i
 */
export const within = (fig, i) => Math.max(0, Math.min(columns(fig) - 1, i));

/**
 * Shades columns a to b of the chart (a band of `kind`: chosen, seen), or without them
 * clears it.
 * @param {Axis} fig
 * @param {string} kind
 * @param {number} [a]
 * @param {number} [b]
 */
export function shade(fig, kind, a, b) {
  const svg = chart(fig);
  let band = svg.querySelector(`.axis__${kind}`);
  if (a === undefined || b === undefined) return band?.remove();
  if (!band) {
    band = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
    band.setAttribute('class', `axis__${kind}`);
    band.setAttribute('height', String(svg.viewBox.baseVal.height));
    svg.prepend(band);
  }
  const width = svg.viewBox.baseVal.width / columns(fig);
  band.setAttribute('x', String(Math.min(a, b) * width));
  band.setAttribute('width', String((Math.abs(b - a) + 1) * width));
}

/**
 * The address of the axis's "Zoom out" link, if it has one.
 * @param {Axis} fig
 */
export const zoomOut = (fig) => fig.querySelector('[data-move="out"]')?.getAttribute('href');
