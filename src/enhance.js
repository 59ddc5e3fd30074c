// Readers' pages, made to answer in place. Everything here also works without this script,
// as plain links and a plain GET form; the script only saves the full page load:
// - a link to the timeline or an event page fetches that page and swaps in its <main>;
// - the filter form does the same, as soon as a box is ticked or a date changed;
// - Back and Forward step through those views;
// - "Copy link" copies the view's address;
// - the time axis answers dragging, the wheel, pinching and arrow keys, and lights the cards
//   of the marks under the pointer (and the other way round);
// - a reader whose language is not the page's is offered the page in it (never sent there).
// Pages with islands (the event form) are left to their own code.
(() => {
  const root = document.documentElement;
  if (document.querySelector('leptos-island')) return;

  // The server marks which paths are readers' pages: exact paths, or prefixes ending in *.
  const readerPages = (root.dataset.readerPages || '').split(' ').filter(Boolean);
  const isReaderPage = (url) =>
    readerPages.some((p) =>
      p.endsWith('*') ? url.pathname.startsWith(p.slice(0, -1)) : url.pathname === p,
    );
  // The view on screen, without its #fragment: moving between fragments needs no fetch.
  const viewOf = (url) => url.pathname + url.search;
  const filterForm = (main) => main.querySelector(':scope > form[data-in-place]');
  let shown = viewOf(location);
  let latest = 0;

  // Screen readers hear what a new view holds: its count of events, or its title.
  const announcer = document.createElement('p');
  announcer.className = 'announcer';
  announcer.setAttribute('role', 'status');
  document.body.append(announcer);

  // Fetches `href` and shows its <main>: `push` adds a history entry, `keepForm` leaves the
  // filter form as it is (with whatever is typed in it meanwhile, and focus), and `after`
  // places focus and scroll as a full page load would have.
  async function show(href, { push, keepForm, after }) {
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
    swap(document.getElementById('main'), incoming, keepForm);
    // The language switcher and the offer point at the view now shown.
    const languages = page.getElementById('languages');
    if (languages) document.getElementById('languages')?.replaceWith(languages);
    offer();
    const count = document.querySelector('.summary__count');
    announcer.textContent = count ? count.textContent : page.title;
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
  function describe(page) {
    for (const node of document.head.querySelectorAll(described)) node.remove();
    for (const node of page.head.querySelectorAll(described)) {
      document.head.append(document.importNode(node, true));
    }
  }

  // Replaces the children of `main` with those of `incoming`; with `keepForm`, the live filter
  // form stays in place (never leaving the page, so focus stays in it) and the rest around it.
  function swap(main, incoming, keepForm) {
    const live = keepForm && filterForm(main);
    const fresh = live && filterForm(incoming);
    if (!fresh) {
      main.replaceChildren(...incoming.childNodes);
      return;
    }
    const nodes = [...incoming.childNodes];
    const at = nodes.indexOf(fresh);
    for (const node of [...main.childNodes]) if (node !== live) node.remove();
    live.before(...nodes.slice(0, at));
    live.after(...nodes.slice(at + 1));
  }

  // A link's new page starts at the top, or at its #fragment, with focus on the content.
  const atStart = (url) => {
    let target = null;
    try {
      target = url.hash && document.getElementById(decodeURIComponent(url.hash.slice(1)));
    } catch {
      // A malformed fragment names nothing.
    }
    if (target) target.scrollIntoView();
    else scrollTo(0, 0);
    document.getElementById('main').focus({ preventScroll: true });
  };

  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0) return;
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    // Attributes rather than properties: the time axis's marks are SVG links, whose `href`
    // and `target` properties are not strings.
    const link = event.target.closest('a[href]');
    if (!link || link.getAttribute('target') || link.hasAttribute('download')) return;
    const url = new URL(link.getAttribute('href'), location.href);
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
      document.cookie = `lang=${lang}; path=/; max-age=31536000; samesite=lax`;
      return;
    }
    if (url.origin !== location.origin || !isReaderPage(url)) return;
    if (viewOf(url) === shown && url.hash) return;
    event.preventDefault();
    show(url.href, { push: viewOf(url) !== shown, after: atStart });
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
    show(url.href, { push: true, keepForm: true, after: () => {} });
  });

  addEventListener('popstate', (event) => {
    if (viewOf(location) === shown) return;
    const scroll = event.state?.scroll ?? 0;
    show(location.href, {
      push: false,
      after: () => {
        scrollTo(0, scroll);
        document.getElementById('main').focus({ preventScroll: true });
      },
    });
  });

  // The time axis (time_axis.rs). Drag across the chart to choose a stretch; use the wheel or
  // pinch to zoom around the pointer; drag the scale below it to move earlier or later. With a
  // bar focused, arrows move between bars, Shift and the arrows choose a stretch (then the
  // arrows move it), Enter shows it, Escape drops it, + and - zoom. Each gesture ends in a
  // view's address, as the axis's links do.
  const axisOf = (node) => node.closest?.('[data-axis]');
  const columns = (fig) => +fig.dataset.columns;
  const pad = (n) => String(n).padStart(2, '0');
  const yearsIn = { century: 100, decade: 10, year: 1 };
  // Column i's first and last date, as the filter writes them; i may lie beyond the axis.
  function column(fig, i) {
    const [y, m, d] = fig.dataset.start.split('-').map(Number);
    const { unit } = fig.dataset;
    const years = yearsIn[unit];
    if (years) return [String(y + i * years), String(y + i * years + years - 1)];
    const at = new Date(Date.UTC(y, m - 1 + (unit === 'month' ? i : 0), unit === 'day' ? d + i : 1));
    const text = `${at.getUTCFullYear()}-${pad(at.getUTCMonth() + 1)}`;
    return unit === 'month' ? [text, text] : [`${text}-${pad(at.getUTCDate())}`, `${text}-${pad(at.getUTCDate())}`];
  }
  // The column holding a date written YYYY, YYYY-MM or YYYY-MM-DD.
  function columnOf(fig, date) {
    const [y, m = 1, d = 1] = date.split('-').map(Number);
    const [y0, m0, d0] = fig.dataset.start.split('-').map(Number);
    const { unit } = fig.dataset;
    if (yearsIn[unit]) return Math.floor((y - y0) / yearsIn[unit]);
    if (unit === 'month') return (y - y0) * 12 + m - m0;
    return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(y0, m0 - 1, d0)) / 864e5);
  }
  // The view of columns a to b, with the other filters kept.
  function stretch(fig, a, b) {
    const url = new URL(location.href);
    url.hash = '';
    url.searchParams.delete('page');
    url.searchParams.set('from', column(fig, Math.min(a, b))[0]);
    url.searchParams.set('to', column(fig, Math.max(a, b))[1]);
    return url.href;
  }
  const chart = (fig) => fig.querySelector('.axis__chart');
  // Which column a pointer at x is over (unbounded, for panning); measured on the plot, which
  // stays put while the chart follows a pan.
  function columnAt(fig, x) {
    const box = fig.querySelector('.axis__plot').getBoundingClientRect();
    return Math.floor(((x - box.left) / box.width) * columns(fig));
  }
  const within = (fig, i) => Math.max(0, Math.min(columns(fig) - 1, i));
  // Shades columns a to b of the chart (a band of `kind`: chosen, seen), or clears it.
  function shade(fig, kind, a, b) {
    const svg = chart(fig);
    let band = svg.querySelector(`.axis__${kind}`);
    if (a === undefined) return band?.remove();
    if (!band) {
      band = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
      band.setAttribute('class', `axis__${kind}`);
      band.setAttribute('height', svg.viewBox.baseVal.height);
      svg.prepend(band);
    }
    const width = svg.viewBox.baseVal.width / columns(fig);
    band.setAttribute('x', Math.min(a, b) * width);
    band.setAttribute('width', (Math.abs(b - a) + 1) * width);
  }
  const go = (href, after = () => {}) => show(href, { push: true, after });
  const zoomOut = (fig) => fig.querySelector('[data-move="out"]')?.getAttribute('href');

  // A gesture: the pointers down on the axis (by id, where each began and is now), and the
  // columns it began and is over.
  let gesture = null;
  let swallowClick = false;
  document.addEventListener('pointerdown', (event) => {
    swallowClick = false;
    const fig = axisOf(event.target);
    const on = event.target.closest?.('.axis__plot, .axis__scale');
    if (!fig || !on || (event.button !== 0 && event.pointerType === 'mouse')) return;
    if (gesture?.fig === fig && gesture.points.size === 1) {
      gesture.points.set(event.pointerId, [event.clientX, event.clientX]);
      return;
    }
    if (!event.isPrimary) return;
    const at = columnAt(fig, event.clientX);
    gesture = { fig, on, pan: on.matches('.axis__scale'), x: event.clientX, from: at, to: at, moved: false };
    gesture.points = new Map([[event.pointerId, [event.clientX, event.clientX]]]);
  });
  // How far apart the two fingers of a pinch were, and are.
  const spread = (points, now) => {
    const [a, b] = [...points.values()];
    return Math.abs(a[now] - b[now]);
  };
  document.addEventListener('pointermove', (event) => {
    const point = gesture?.points.get(event.pointerId);
    if (!point) return;
    point[1] = event.clientX;
    if (gesture.points.size > 1) return;
    // Once it moves it is a drag, followed beyond the axis; a tap stays a tap on a link.
    if (!gesture.moved && Math.abs(event.clientX - gesture.x) > 4) {
      gesture.moved = true;
      gesture.on.setPointerCapture(event.pointerId);
    }
    gesture.to = columnAt(gesture.fig, event.clientX);
    if (!gesture.moved) return;
    if (gesture.pan) {
      chart(gesture.fig).style.translate = `${event.clientX - gesture.x}px`;
    } else {
      shade(gesture.fig, 'chosen', within(gesture.fig, gesture.from), within(gesture.fig, gesture.to));
    }
  });
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
      if (after > before * 1.25) go(stretch(g.fig, middle, middle));
      else if (after < before * 0.8 && zoomOut(g.fig)) go(zoomOut(g.fig));
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

  let wheeled = 0;
  let wheelAt = 0;
  let wheelTimer;
  document.addEventListener(
    'wheel',
    (event) => {
      const fig = axisOf(event.target);
      if (!fig || !event.target.closest('.axis__plot')) return;
      event.preventDefault();
      wheeled += event.deltaY;
      wheelAt = event.clientX;
      clearTimeout(wheelTimer);
      // One step per turn of the wheel or pinch of the trackpad, once it comes to rest.
      wheelTimer = setTimeout(() => {
        const i = within(fig, columnAt(fig, wheelAt));
        if (wheeled < -20) go(stretch(fig, i, i));
        else if (wheeled > 20 && zoomOut(fig)) go(zoomOut(fig));
        wheeled = 0;
      }, 200);
    },
    { passive: false },
  );

  let chosen = null;
  const say = (fig) => {
    const [a, b] = [Math.min(chosen.a, chosen.b), Math.max(chosen.a, chosen.b)];
    announcer.textContent = `${column(fig, a)[0]} – ${column(fig, b)[1]}`;
  };
  const focusAxis = () => document.querySelector('[data-axis] .axis__chart a')?.focus({ preventScroll: true });
  document.addEventListener('keydown', (event) => {
    const link = event.target.closest?.('.axis__chart a');
    if (!link) return;
    const fig = axisOf(link);
    const i = +link.dataset.i;
    const step = { ArrowLeft: -1, ArrowRight: 1 }[event.key];
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
        const links = [...chart(fig).querySelectorAll('a')];
        links[links.indexOf(link) + step]?.focus();
        return;
      }
      shade(fig, 'chosen', chosen.a, chosen.b);
      say(fig);
    } else if (event.key === 'Enter' && chosen) {
      event.preventDefault();
      go(stretch(fig, chosen.a, chosen.b), focusAxis);
      chosen = null;
    } else if (event.key === 'Escape' && chosen) {
      chosen = null;
      shade(fig, 'chosen');
    } else if (event.key === '+' || event.key === '=') {
      go(stretch(fig, i, i), focusAxis);
    } else if (event.key === '-' && zoomOut(fig)) {
      go(zoomOut(fig), focusAxis);
    }
  });

  // A mark and the cards of its column light each other; the shaded band on the axis is the
  // part of the list in sight.
  const cardColumn = (fig, card) => {
    const date = card.querySelector('time')?.getAttribute('datetime');
    return date ? within(fig, columnOf(fig, date)) : -1;
  };
  function light(event, on) {
    const fig = document.querySelector('[data-axis]');
    if (!fig) return;
    const mark = event.target.closest?.('.axis__chart a');
    const card = event.target.closest?.('.event');
    if (mark) {
      for (const other of document.querySelectorAll('.event')) {
        if (cardColumn(fig, other) === +mark.dataset.i) other.classList.toggle('is-lit', on);
      }
    } else if (card) {
      chart(fig).querySelector(`a[data-i="${cardColumn(fig, card)}"]`)?.classList.toggle('is-lit', on);
    }
  }
  document.addEventListener('mouseover', (event) => light(event, true));
  document.addEventListener('mouseout', (event) => light(event, false));
  document.addEventListener('focusin', (event) => light(event, true));
  document.addEventListener('focusout', (event) => light(event, false));
  let seenQueued = false;
  function seen() {
    seenQueued = false;
    const fig = document.querySelector('[data-axis]');
    if (!fig) return;
    const shown = [...document.querySelectorAll('.event')].filter((card) => {
      const box = card.getBoundingClientRect();
      return box.bottom > 0 && box.top < innerHeight;
    });
    const at = shown.map((card) => cardColumn(fig, card)).filter((i) => i >= 0);
    if (at.length) shade(fig, 'seen', Math.min(...at), Math.max(...at));
    else shade(fig, 'seen');
  }
  addEventListener('scroll', () => {
    if (!seenQueued) requestAnimationFrame(seen);
    seenQueued = true;
  });

  // The reader's language: the one they last chose with the switcher, else the first of
  // ours their browser asks for. If the page is in another, its switcher link (which names
  // the same view) is offered in that language's own words.
  function offer() {
    document.getElementById('language-offer')?.remove();
    const ours = [...document.querySelectorAll('#languages a[hreflang]')];
    const codes = ours.map((link) => link.getAttribute('hreflang'));
    const chosen = document.cookie.match(/(?:^|;\s*)lang=([a-z]+)/)?.[1];
    const wanted = codes.includes(chosen)
      ? chosen
      : navigator.languages.map((tag) => tag.slice(0, 2).toLowerCase()).find((code) => codes.includes(code));
    const link = ours[codes.indexOf(wanted)];
    if (!link || wanted === root.lang) return;
    const note = document.createElement('p');
    note.id = 'language-offer';
    note.className = 'language-offer';
    const to = link.cloneNode(false);
    to.removeAttribute('aria-current');
    to.textContent = link.dataset.offer;
    note.append(to);
    document.querySelector('.site-header')?.append(note);
  }
  offer();
  seen();

  root.setAttribute('data-ready', '');
})();
