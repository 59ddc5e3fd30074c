// Links, the filter form, and Back and Forward, answered in place: a link to a reader's page
// fetches that page and swaps in its <main>; the filter form does the same as soon as a box
// is ticked or a date changed; Back and Forward step through those views; "Copy link" copies
// the view's address.
import { offer, remember } from './language.js';
import { seen } from './lighting.js';

/**
 * How a fetched view is shown.
 * @typedef {object} Showing
 * @property {boolean} push adds a history entry
 * @property {boolean} [keepForm] leaves the filter form as it is (with whatever is typed in it
 *   meanwhile, and focus)
 * @property {(url: URL) => void} after places focus and scroll as a full page load would have
 */

/**
 * The server marks which paths are readers' pages: exact paths, or prefixes ending in *.
 * @type {string[]}
 */
let readerPages = [];
/** The view on screen (see `viewOf`). */
let shown = '';
/** The latest view asked for: only its answer is shown. */
let latest = 0;
/**
 * Screen readers hear what a new view holds: its count of events, or its title.
 * @type {HTMLParagraphElement}
 */
let announcer;

/** @param {URL | Location} url */
const isReaderPage = (url) =>
  readerPages.some((p) =>
    p.endsWith('*') ? url.pathname.startsWith(p.slice(0, -1)) : url.pathname === p,
  );
/**
 * The view on screen, without its #fragment: moving between fragments needs no fetch.
 * @param {URL | Location} url
 */
const viewOf = (url) => url.pathname + url.search;
/** @param {Element} main */
const filterForm = (main) =>
  /** @type {HTMLFormElement | null} */ (main.querySelector(':scope > form[data-in-place]'));
const mainOf = () => /** @type {HTMLElement} */ (document.getElementById('main'));

/**
 * Says `text` to screen readers.
 * @param {string} text
 */
export function announce(text) {
  announcer.textContent = text;
}

/**
 * Fetches `href` and shows its <main>.
 * @param {string} href
 * @param {Showing} how
 */
export async function show(href, { push, keepForm, after }) {
  const ticket = ++latest;
  let page;
  let url;
  try {
    const response = await fetch(href, { headers: { Accept: 'text/html' } });
    url = new URL(response.url);
    url.hash = new URL(href, location.href).hash;
    page = new DOMParser().parseFromString(await response.text(), 'text/html');
  } catch {
    if (ticket === latest) location.assign(href);
    return;
  }
  if (ticket !== latest) return;
  const incoming = page.getElementById('main');
  if (!incoming) {
    location.assign(href);
    return;
  }
  if (push) {
    history.replaceState({ scroll: scrollY }, '');
    history.pushState(null, '', url);
  } else if (url.href !== location.href) {
    history.replaceState(history.state, '', url);
  }
  shown = viewOf(url);
  document.title = page.title;
  describe(page);
  swap(mainOf(), incoming, keepForm);
  // The language switcher and the offer point at the view now shown.
  const languages = page.getElementById('languages');
  if (languages) document.getElementById('languages')?.replaceWith(languages);
  offer();
  const count = document.querySelector('.summary__count');
  announce(count ? /** @type {string} */ (count.textContent) : page.title);
  after(url);
  seen();
}

// The head's account of the page (its address, description and link-preview tags) follows
// the page shown, as a full load would have it.
const described = [
  'link[rel="canonical"]',
  'link[rel="alternate"]',
  'meta[name="description"]',
  'meta[name="robots"]',
  'meta[property^="og:"]',
  'meta[name^="twitter:"]',
].join(', ');
/** @param {Document} page */
function describe(page) {
  for (const node of document.head.querySelectorAll(described)) node.remove();
  for (const node of page.head.querySelectorAll(described)) {
    document.head.append(document.importNode(node, true));
  }
}

/**
 * Replaces the children of `main` with those of `incoming`; with `keepForm`, the live filter
 * form stays in place (never leaving the page, so focus stays in it) and the rest around it.
 * @param {HTMLElement} main
 * @param {HTMLElement} incoming
 * @param {boolean} [keepForm]
 */
function swap(main, incoming, keepForm) {
  const live = keepForm ? filterForm(main) : null;
  const fresh = live && filterForm(incoming);
  if (!live || !fresh) {
    main.replaceChildren(...incoming.childNodes);
    return;
  }
  const nodes = [...incoming.childNodes];
  const at = nodes.indexOf(fresh);
  for (const node of [...main.childNodes]) if (node !== live) node.remove();
  live.before(...nodes.slice(0, at));
  live.after(...nodes.slice(at + 1));
}

/**
 * A link's new page starts at the top, or at its #fragment, with focus on the content.
 * @param {URL} url
 */
const atStart = (url) => {
  let target = null;
  try {
    target = url.hash && document.getElementById(decodeURIComponent(url.hash.slice(1)));
  } catch {
    // A malformed fragment names nothing.
  }
  if (target) target.scrollIntoView();
  else scrollTo(0, 0);
  mainOf().focus({ preventScroll: true });
};

/** Creates the announcer and answers links, the filter form, and Back and Forward. */
export function startNavigation() {
  readerPages = (document.documentElement.dataset.readerPages || '').split(' ').filter(Boolean);
  shown = viewOf(location);

  announcer = document.createElement('p');
  announcer.className = 'announcer';
  announcer.setAttribute('role', 'status');
  document.body.append(announcer);

  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    // Attributes rather than properties: the time axis's marks are SVG links, whose `href`
    // and `target` properties are not strings.
    const link = /** @type {HTMLElement | SVGElement | null} */ (
      /** @type {Element} */ (event.target).closest('a[href]')
    );
    if (!link || link.getAttribute('target') || link.hasAttribute('download')) return;
    const url = new URL(/** @type {string} */ (link.getAttribute('href')), location.href);
    if (link.hasAttribute('data-copy-link') && navigator.clipboard) {
      event.preventDefault();
      navigator.clipboard.writeText(location.href).then(
        () => {
          link.textContent = link.dataset.copied || link.textContent;
        },
        // Not allowed to copy: show the address instead, to be copied by hand.
        () => location.assign(url),
      );
      return;
    }
    // Another language is a whole new page (its header and footer too), and the reader's
    // choice, remembered only to decide what to offer.
    const lang = link.getAttribute('hreflang');
    if (lang) {
      remember(lang);
      return;
    }
    if (url.origin !== location.origin || !isReaderPage(url)) return;
    if (viewOf(url) === shown && url.hash) return;
    event.preventDefault();
    show(url.href, { push: viewOf(url) !== shown, after: atStart });
  });

  // The filter form: ticking a box or changing a date applies it at once.
  document.addEventListener('change', (event) => {
    const field = /** @type {HTMLInputElement} */ (event.target);
    if (field.form?.hasAttribute('data-in-place') && field.type !== 'search') {
      field.form.requestSubmit();
    }
  });

  document.addEventListener('submit', (event) => {
    const form = /** @type {HTMLFormElement} */ (event.target);
    if (!form.hasAttribute('data-in-place')) return;
    event.preventDefault();
    // The address lists only the filters in use, in the form's order.
    const query = new URLSearchParams();
    for (const [key, value] of new FormData(form)) {
      if (String(value).trim()) query.append(key, String(value).trim());
    }
    const url = new URL(form.action);
    url.search = query.toString();
    show(url.href, { push: true, keepForm: true, after: () => {} });
  });

  addEventListener('popstate', (event) => {
    if (viewOf(location) === shown) return;
    const scroll = event.state?.scroll ?? 0;
    show(location.href, {
      push: false,
      after: () => {
        scrollTo(0, scroll);
        mainOf().focus({ preventScroll: true });
      },
    });
  });
}
