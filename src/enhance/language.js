// The reader's language: the one they last chose with the switcher, else the first of ours
// their browser asks for. If the page is in another, its switcher link (which names the same
// view) is offered in that language's own words. Never a redirect.

/**
 * Remembers the language the reader chose with the switcher, only to decide what to offer.
 * @param {string} lang
 */
export function remember(lang) {
  document.cookie = `lang=${lang}; path=/; max-age=31536000; samesite=lax`;
}

/** Offers the page in the reader's language, if it is not the page's; or takes the offer back. */
export function offer() {
  document.getElementById('language-offer')?.remove();
  const ours = /** @type {HTMLAnchorElement[]} */ ([...document.querySelectorAll('#languages a[hreflang]')]);
  /** @type {(string | null | undefined)[]} */
  const codes = ours.map((link) => link.getAttribute('hreflang'));
  const chosen = document.cookie.match(/(?:^|;\s*)lang=([a-z]+)/)?.[1];
  const wanted = codes.includes(chosen)
    ? chosen
    : navigator.languages.map((tag) => tag.slice(0, 2).toLowerCase()).find((code) => codes.includes(code));
  const link = ours[codes.indexOf(wanted)];
  if (!link || wanted === document.documentElement.lang) return;
  const note = document.createElement('p');
  note.id = 'language-offer';
  note.className = 'language-offer';
  const to = /** @type {HTMLAnchorElement} */ (link.cloneNode(false));
  to.removeAttribute('aria-current');
  to.textContent = /** @type {string} */ (link.dataset.offer);
  note.append(to);
  document.querySelector('.site-header')?.append(note);
}
