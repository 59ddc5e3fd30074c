// Readers' pages, made to answer in place. Everything here also works without this script,
// as plain links and a plain GET form; the script only saves the full page load:
// - a link to the timeline or an event page fetches that page and swaps in its <main>;
// - the filter form does the same, as soon as a box is ticked or a date changed;
// - Back and Forward step through those views;
// - "Copy link" copies the view's address.
// Pages with islands (the event form) are left to their own code.
(() => {
  const root = document.documentElement;
  if (document.querySelector('leptos-island')) return;

  const isReaderPage = (url) => url.pathname === '/' || url.pathname.startsWith('/events/');
  // The view on screen, without its #fragment: moving between fragments needs no fetch.
  const viewOf = (url) => url.pathname + url.search;
  let shown = viewOf(location);
  let latest = 0;

  // Fetches `href` and shows its <main>. `after` runs once it is shown: it places focus
  // and scroll, as a full page load would have.
  async function show(href, { push, after }) {
    const ticket = ++latest;
    let page;
    let url;
    try {
      const response = await fetch(href, { headers: { Accept: 'text/html' } });
      url = new URL(response.url);
      url.hash = new URL(href, location.href).hash;
      page = new DOMParser().parseFromString(await response.text(), 'text/html');
    } catch {
      location.assign(href);
      return;
    }
    if (ticket !== latest) return;
    const main = page.getElementById('main');
    if (!main) {
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
    document.getElementById('main').replaceChildren(...main.childNodes);
    after(url);
  }

  // The count of events is replaced with the rest: this says it again for screen readers.
  const announcer = document.createElement('p');
  announcer.className = 'announcer';
  announcer.setAttribute('role', 'status');
  document.body.append(announcer);

  // A link's new page starts at the top, or at its #fragment, with focus on the content.
  const atStart = (url) => {
    const target = url.hash && document.getElementById(decodeURIComponent(url.hash.slice(1)));
    if (target) target.scrollIntoView();
    else scrollTo(0, 0);
    document.getElementById('main').focus({ preventScroll: true });
  };

  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const link = event.target.closest('a[href]');
    if (!link || link.target || link.hasAttribute('download')) return;
    if (link.hasAttribute('data-copy-link') && navigator.clipboard) {
      event.preventDefault();
      navigator.clipboard.writeText(location.href).then(() => {
        link.textContent = 'Link copied';
      });
      return;
    }
    const url = new URL(link.href);
    if (url.origin !== location.origin || !isReaderPage(url)) return;
    if (viewOf(url) === shown && url.hash) return;
    event.preventDefault();
    show(url.href, { push: true, after: atStart });
  });

  // The filter form: ticking a box or changing a date applies it at once.
  document.addEventListener('change', (event) => {
    const field = event.target;
    if (field.form?.hasAttribute('data-in-place') && field.type !== 'search') {
      field.form.requestSubmit();
    }
  });

  document.addEventListener('submit', (event) => {
    const form = event.target;
    if (!form.hasAttribute('data-in-place')) return;
    event.preventDefault();
    // The address lists only the filters in use, in the form's order.
    const query = new URLSearchParams();
    for (const [key, value] of new FormData(form)) {
      if (String(value).trim()) query.append(key, String(value).trim());
    }
    const url = new URL(form.action);
    url.search = query.toString();
    // The new form replaces this one: keep focus on the same field.
    const field = document.activeElement;
    const same = field?.id
      ? `#${CSS.escape(field.id)}`
      : field?.name && `[name="${CSS.escape(field.name)}"][value="${CSS.escape(field.value)}"]`;
    show(url.href, {
      push: true,
      after: () => {
        if (same) document.querySelector(same)?.focus({ preventScroll: true });
        announcer.textContent = document.querySelector('.summary__count')?.textContent ?? '';
      },
    });
  });

  addEventListener('popstate', (event) => {
    if (viewOf(location) === shown) return;
    const scroll = event.state?.scroll ?? 0;
    show(location.href, { push: false, after: () => scrollTo(0, scroll) });
  });

  root.setAttribute('data-ready', '');
})();
