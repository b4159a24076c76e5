// storyfold's pages are rendered by the server and read without this script. It only makes them
// easier to use: one citation open at a time (Escape closes it), and a copy's changes fetched from
// the server when first shown. Article text is never written here as markup: a fetched fragment is
// the server's own escaped HTML, and the server's Content-Security-Policy forbids inline script.
'use strict';

document.addEventListener('toggle', (event) => {
  const details = event.target;
  if (!(details instanceof HTMLDetailsElement) || !details.open) return;
  if (details.classList.contains('cite')) {
    for (const other of document.querySelectorAll('details.cite[open]')) {
      if (other !== details) other.open = false;
    }
  }
  const src = details.dataset.fragment;
  if (src && !details.dataset.loaded) {
    details.dataset.loaded = 'yes';
    loadFragment(details.querySelector('.fragment'), src);
  }
}, true);

document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  const open = document.querySelector('details.cite[open]');
  if (open) {
    open.open = false;
    open.querySelector('summary').focus();
  }
});

async function loadFragment(box, src) {
  if (!box) return;
  box.textContent = 'Loading…';
  try {
    const response = await fetch(src, { headers: { Accept: 'text/html' } });
    if (!response.ok) throw new Error('the server answered ' + response.status);
    const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
    box.replaceChildren(...Array.from(doc.body.childNodes).map((n) => document.importNode(n, true)));
  } catch (e) {
    box.textContent = 'Could not load the changes: ' + e.message;
    box.classList.add('error');
  }
}
