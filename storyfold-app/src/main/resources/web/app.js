// storyfold's web page: reads the JSON API and builds the page with DOM calls only. Article text
// is untrusted, so it only ever enters the page through textContent and text nodes, never as
// markup (there is no innerHTML in this file), and the server's Content-Security-Policy forbids
// inline script besides.
'use strict';

const PAGE_SIZE = 20;
const SEARCH_PAGE_SIZE = 10;
// Brief sections the brief may carry beside summary and facts, in the order they are shown.
const EXTRA_SECTIONS = [
  ['conflicts', 'Where the sources disagree'],
  ['quotes', 'Quotes'],
  ['figures', 'Figures'],
  ['timeline', 'Timeline'],
  ['entities', 'People, places and organisations'],
];

const main = () => document.getElementById('main');

// ---- DOM helpers -----------------------------------------------------------------------------

/** An element with attributes and children; strings become text nodes, never markup. */
function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function link(href, ...children) {
  return el('a', { href, dataset: { nav: '' } }, ...children);
}

function show(...children) {
  const m = main();
  m.replaceChildren(...children.flat().filter(Boolean));
  m.focus({ preventScroll: true });
}

function status(message) {
  show(el('p', { class: 'status', role: 'status' }, message));
}

function plural(n, one, many) {
  return n + ' ' + (n === 1 ? one : many);
}

/** A highlight ({text, matches: [[start, end]]}) as text with <mark>ed matches. */
function highlight(h) {
  const p = el('p', { class: 'snippet' }, '… ');
  let at = 0;
  for (const [start, end] of h.matches) {
    p.appendChild(document.createTextNode(h.text.slice(at, start)));
    p.appendChild(el('mark', {}, h.text.slice(start, end)));
    at = end;
  }
  p.appendChild(document.createTextNode(h.text.slice(at) + ' …'));
  return p;
}

// ---- API -------------------------------------------------------------------------------------

async function api(path) {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    throw new Error('the server sent something that is not JSON (' + response.status + ')');
  }
  if (!response.ok) {
    throw new Error(body && body.error ? body.error.message : 'the server answered ' + response.status);
  }
  return body;
}

// ---- Routing ---------------------------------------------------------------------------------

async function route() {
  const url = new URL(window.location.href);
  const story = url.pathname.match(/^\/stories\/([^/]+)$/);
  try {
    if (story) {
      await storyPage(decodeURIComponent(story[1]));
    } else if (url.pathname === '/search') {
      await searchPage(url.searchParams.get('q') || '', Number(url.searchParams.get('offset') || 0));
    } else {
      await listPage(Number(url.searchParams.get('offset') || 0));
    }
  } catch (e) {
    show(el('h1', {}, 'Something went wrong'), el('p', { class: 'error', role: 'alert' }, e.message));
  }
}

function navigate(href) {
  window.history.pushState({}, '', href);
  window.scrollTo(0, 0);
  route();
}

document.addEventListener('click', (event) => {
  const a = event.target.closest('a[data-nav]');
  if (!a || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(a.getAttribute('href'));
});

window.addEventListener('popstate', route);

document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('search-form');
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const q = document.getElementById('q').value.trim();
    if (q) navigate('/search?q=' + encodeURIComponent(q));
  });
  route();
});

// ---- Story list and search -------------------------------------------------------------------

async function listPage(offset) {
  status('Loading the stories…');
  const page = await api('/api/stories?limit=' + PAGE_SIZE + '&offset=' + offset);
  document.title = 'Stories · storyfold';
  show(
    el('h1', {}, 'Stories'),
    el('p', { class: 'meta' }, plural(page.total, 'story', 'stories') + ', newest first'),
    page.total === 0 ? el('p', {}, 'No stories yet: add articles with storyfold ingest, or POST them to /api/articles.') : null,
    storyList(page.stories),
    pager(page, (o) => '/?offset=' + o),
  );
}

async function searchPage(q, offset) {
  document.getElementById('q').value = q;
  if (!q) {
    status('Type words to search for.');
    return;
  }
  status('Searching…');
  const r = await api('/api/search?q=' + encodeURIComponent(q) + '&limit=' + SEARCH_PAGE_SIZE + '&offset=' + offset);
  document.title = q + ' · storyfold';
  show(
    el('h1', {}, 'Search: ', q),
    el('h2', {}, plural(r.stories.total, 'story', 'stories')),
    storyList(r.stories.hits),
    el('h2', {}, plural(r.articles.total, 'article', 'articles')),
    el('ol', { class: 'hits' }, r.articles.hits.map((h) => el('li', { class: 'hit article-hit' },
      h.story ? link('/stories/' + encodeURIComponent(h.story) + '#article-' + encodeURIComponent(h.id),
        h.title || h.id) : el('span', {}, h.title || h.id),
      el('p', { class: 'meta' }, [h.outlet, h.published, h.language].filter(Boolean).join(' · ')),
      h.highlights.map(highlight)))),
    pager({ total: Math.max(r.stories.total, r.articles.total), offset, limit: SEARCH_PAGE_SIZE },
      (o) => '/search?q=' + encodeURIComponent(q) + '&offset=' + o),
  );
}

function storyList(stories) {
  return el('ol', { class: 'hits' }, stories.map((s) => el('li', { class: 'hit story-hit' },
    link('/stories/' + encodeURIComponent(s.id), s.title || 'Untitled story ' + s.id),
    el('p', { class: 'meta' }, plural(s.articles, 'article', 'articles') + ' · '
      + plural(s.independentSources, 'independent source', 'independent sources') + ' · ' + s.newest),
    (s.highlights || []).map(highlight))));
}

function pager(page, href) {
  const nav = el('nav', { class: 'pager', 'aria-label': 'Pages' });
  if (page.offset > 0) nav.appendChild(link(href(Math.max(0, page.offset - page.limit)), '← Newer'));
  if (page.offset + page.limit < page.total) nav.appendChild(link(href(page.offset + page.limit), 'More →'));
  return nav;
}

// ---- Story page ------------------------------------------------------------------------------

async function storyPage(id) {
  status('Loading the story…');
  const page = await api('/api/stories/' + encodeURIComponent(id));
  const story = page.story;
  if (story.id !== id) {
    // The story was merged into another: show it at its current address.
    window.history.replaceState({}, '', '/stories/' + encodeURIComponent(story.id));
  }
  const ctx = storyContext(page);
  const brief = story.brief || { summary: [], facts: [] };
  document.title = (story.title || story.id) + ' · storyfold';
  const dates = page.articles.map((a) => a.published).filter(Boolean).sort();
  show(
    el('article', { class: 'story', 'aria-labelledby': 'story-title' },
      el('h1', { id: 'story-title' }, story.title || 'Untitled story'),
      el('p', { class: 'meta' }, plural(page.articles.length, 'article', 'articles') + ' · '
        + plural(page.independentSources, 'independent source', 'independent sources')
        + (dates.length ? ' · ' + dates[0] + (dates[dates.length - 1] !== dates[0] ? ' to ' + dates[dates.length - 1] : '') : '')),
      section('summary', 'Summary', el('div', { class: 'summary' },
        brief.summary.map((s) => el('p', {}, s.text, ' ', cites(s, ctx))))),
      brief.facts && brief.facts.length ? section('facts', 'Stated by two or more articles',
        el('ul', {}, brief.facts.map((s) => el('li', {}, s.text, ' ', cites(s, ctx))))) : null,
      EXTRA_SECTIONS.filter(([key]) => Array.isArray(brief[key]) && brief[key].length)
        .map(([key, heading]) => section(key, heading, generic(brief[key], ctx))),
      section('sources', 'Independent sources', sourceList(page, ctx, true)),
      copiesSection(page, ctx),
      section('articles', 'All articles', sourceList(page, ctx, false)),
    ),
  );
  if (window.location.hash) {
    const target = document.getElementById(decodeURIComponent(window.location.hash.slice(1)));
    if (target) target.scrollIntoView();
  }
}

/** What the story page needs to cite: each article's number ([1], [2], ...) and description. */
function storyContext(page) {
  const number = new Map();
  const info = new Map();
  page.story.articles.forEach((id, i) => number.set(id, i + 1));
  page.articles.forEach((a) => info.set(a.id, a));
  const copyOf = new Map();
  for (const group of page.duplicates) {
    for (const l of group.links) {
      if (l.kind !== 'partial') copyOf.set(l.copy, l);
    }
  }
  return { number, info, copyOf, storyId: page.story.id };
}

function section(id, heading, ...content) {
  return el('section', { id: 'section-' + id, class: 'section', 'aria-labelledby': 'h-' + id },
    el('h2', { id: 'h-' + id }, heading), ...content);
}

function describe(a) {
  return [a.outlet, a.credit && a.credit !== a.outlet ? 'credit ' + a.credit : null, a.published, a.dateline]
    .filter(Boolean).join(' · ');
}

/** Citation marks for a cited sentence: each shows its source's own sentence on hover or focus. */
function cites(sentence, ctx) {
  const evidence = new Map((sentence.evidence || []).map((e) => [e.article, e.text]));
  return el('span', { class: 'cites' }, (sentence.sources || []).map((id) => citeMark(id, evidence.get(id), ctx)));
}

function citeMark(id, text, ctx) {
  const n = ctx.number.get(id) || '?';
  const a = ctx.info.get(id) || { id };
  const tipId = 'tip-' + Math.random().toString(36).slice(2);
  const wrap = el('span', { class: 'cite-wrap' },
    el('a', { class: 'cite', href: '#article-' + id, 'aria-describedby': tipId }, '[' + n + ']'),
    el('span', { class: 'tip', role: 'tooltip', id: tipId },
      el('strong', {}, '[' + n + '] ', a.title || a.id),
      el('span', { class: 'tip-meta' }, describe(a)),
      text ? el('q', {}, text) : null));
  // Near the right edge the tip opens leftwards, so that it stays on screen.
  const place = () => wrap.classList.toggle('tip-leftwards',
    wrap.getBoundingClientRect().left + 460 > document.documentElement.clientWidth);
  wrap.addEventListener('mouseenter', place);
  wrap.addEventListener('focusin', place);
  return wrap;
}

function sourceList(page, ctx, independentOnly) {
  const articles = page.story.articles.map((id) => ctx.info.get(id) || { id })
    .filter((a) => !independentOnly || !ctx.copyOf.has(a.id));
  return el('ol', { class: 'sources' }, articles.map((a) => {
    const copy = ctx.copyOf.get(a.id);
    const item = el('li', { id: independentOnly ? null : 'article-' + a.id, value: ctx.number.get(a.id) },
      el('span', { class: 'source-title' }, a.title || a.id),
      el('span', { class: 'meta' }, ' ', describe(a)),
      copy ? el('span', { class: 'badge' }, copy.kind + ' copy of [' + ctx.number.get(copy.original) + ']') : null);
    if (!independentOnly) item.appendChild(articleText(a.id));
    return item;
  }));
}

/** A button that shows an article's text, fetched when first opened. */
function articleText(id) {
  const box = el('div', { class: 'article-text', hidden: true });
  const button = el('button', { type: 'button', class: 'link-button', 'aria-expanded': 'false' }, 'Read the text');
  button.addEventListener('click', async () => {
    const open = button.getAttribute('aria-expanded') === 'true';
    button.setAttribute('aria-expanded', String(!open));
    button.textContent = open ? 'Read the text' : 'Hide the text';
    box.hidden = open;
    if (!open && !box.childNodes.length) {
      try {
        const r = await api('/api/articles/' + encodeURIComponent(id));
        box.replaceChildren(...r.article.text.split(/\n\s*\n/).map((p) => el('p', {}, p)));
      } catch (e) {
        box.replaceChildren(el('p', { class: 'error' }, e.message));
      }
    }
  });
  return el('div', {}, button, box);
}

// ---- Copies ----------------------------------------------------------------------------------

function copiesSection(page, ctx) {
  const links = page.duplicates.flatMap((g) => g.links);
  if (!links.length) {
    return section('copies', 'Copies', el('p', {}, 'No article of this story copies another.'));
  }
  return section('copies', 'Copies', el('ul', { class: 'copies' }, links.map((l) => copyItem(l, ctx))));
}

function copyItem(l, ctx) {
  const name = (id) => '[' + (ctx.number.get(id) || '?') + '] ' + ((ctx.info.get(id) || {}).title || id);
  const what = l.kind === 'partial'
    ? 'reuses ' + plural(l.copiedSentences, 'sentence', 'sentences') + ' of'
    : 'is ' + (l.kind === 'exact' ? 'an exact' : 'a near') + ' copy of';
  const box = el('div', { class: 'diff', hidden: true });
  const button = el('button', { type: 'button', 'aria-expanded': 'false' }, 'Show the changes');
  button.addEventListener('click', async () => {
    const open = button.getAttribute('aria-expanded') === 'true';
    button.setAttribute('aria-expanded', String(!open));
    button.textContent = open ? 'Show the changes' : 'Hide the changes';
    box.hidden = open;
    if (!open && !box.childNodes.length) {
      box.appendChild(el('p', { class: 'status', role: 'status' }, 'Comparing…'));
      try {
        const d = await api('/api/articles/' + encodeURIComponent(l.original) + '/diff/' + encodeURIComponent(l.copy));
        box.replaceChildren(diffTable(d, name));
      } catch (e) {
        box.replaceChildren(el('p', { class: 'error' }, e.message));
      }
    }
  });
  return el('li', { class: 'copy' },
    el('p', {}, name(l.copy), ' ', what, ' ', name(l.original),
      ' (' + Math.round(l.similarity * 100) + '% of its text)'),
    Array.isArray(l.edits) && l.edits.length ? el('div', { class: 'edits' }, el('h3', {}, 'Edits'), generic(l.edits, ctx)) : null,
    button, box);
}

function diffTable(d, name) {
  const runs = (list, tag) => list.map((r) => (r.changed ? el(tag, {}, r.text) : document.createTextNode(r.text)));
  const labels = { same: 'same', edited: 'edited', cut: 'cut by the copy', added: 'added by the copy' };
  return el('table', { class: 'diff-table' },
    el('caption', {}, 'The original beside the copy: ', el('del', {}, 'removed'), ' and ', el('ins', {}, 'added'),
      ' words marked; ' + Math.round(d.similarity * 100) + '% of the copy stands in the original'),
    el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, 'Original ' + name(d.original)),
      el('th', { scope: 'col' }, 'Copy ' + name(d.copy)))),
    el('tbody', {}, d.rows.map((row) => el('tr', { class: 'row-' + row.change, title: labels[row.change] },
      el('td', {}, runs(row.original, 'del')),
      el('td', {}, runs(row.copy, 'ins'))))));
}

// ---- Any other brief section -----------------------------------------------------------------

/**
 * Renders a brief section whose exact shape this page does not assume: arrays of objects become
 * tables, a {text, sources} object a cited sentence, lists of the story's article ids citation
 * marks, and anything else text.
 */
function generic(value, ctx) {
  if (Array.isArray(value) && value.length && value.every((v) => v && typeof v === 'object' && !Array.isArray(v))) {
    const columns = [];
    value.forEach((row) => Object.keys(row).forEach((k) => {
      if (k !== 'evidence' && !columns.includes(k)) columns.push(k);
    }));
    return el('table', { class: 'generic' },
      el('thead', {}, el('tr', {}, columns.map((c) => el('th', { scope: 'col' }, label(c))))),
      el('tbody', {}, value.map((row) => el('tr', {}, columns.map((c) =>
        el('td', {}, c === 'sources' && Array.isArray(row.sources) ? cites(row, ctx) : cell(row[c], ctx, 0)))))));
  }
  return cell(value, ctx, 0);
}

function cell(value, ctx, depth) {
  if (value === null || value === undefined) return document.createTextNode('');
  if (Array.isArray(value)) {
    if (value.length && value.every((v) => typeof v === 'string' && ctx.number.has(v))) {
      return cites({ sources: value, evidence: [] }, ctx);
    }
    if (value.every((v) => typeof v !== 'object' || v === null)) {
      return document.createTextNode(value.join(', '));
    }
    return el('ul', {}, value.map((v) => el('li', {}, cell(v, ctx, depth + 1))));
  }
  if (typeof value === 'object') {
    if (typeof value.text === 'string' && Array.isArray(value.sources)) {
      return el('span', {}, value.text, ' ', cites(value, ctx));
    }
    if (depth > 3) return document.createTextNode(JSON.stringify(value));
    return el('dl', { class: 'fields' }, Object.entries(value).filter(([k]) => k !== 'evidence')
      .map(([k, v]) => [el('dt', {}, label(k)), el('dd', {}, cell(v, ctx, depth + 1))]));
  }
  return document.createTextNode(String(value));
}

function label(key) {
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
