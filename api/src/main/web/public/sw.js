/* Signpost resident app service worker: keeps the app shell and the last public searches and listings for offline use.
 * Never caches anything sent with a token (the resident's own data) nor any write. The shell's own name changes with each
 * release (the build stamps it), so an old cache is dropped when a new release activates. */
const RELEASE = '__SIGNPOST_RELEASE__';
const SHELL = `signpost-shell-${RELEASE}`;
const DATA = 'signpost-data-v1';
const KEEP_ANSWERS = 30;
// the resident app's pages (resident/pages.ts), written in by the build
const APP_PAGES = new RegExp('__SIGNPOST_APP_PAGES__', 'i');
const PUBLIC_DATA = /^\/(search\/services|search\/suggest|oruk\/services\/|oruk\/taxonomy_terms)/;

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(SHELL);
    const shell = await fetch('/', { cache: 'no-cache' });
    const html = await shell.clone().text();
    await cache.put('/', shell);
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);
    await cache.addAll([...new Set(assets), '/manifest.webmanifest']);
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) if (key.startsWith('signpost-shell-') && key !== SHELL) await caches.delete(key);
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || request.headers.has('Authorization')) return;
  if (request.mode === 'navigate' && APP_PAGES.test(url.pathname)) {
    event.respondWith(fetch(request).catch(async () => (await caches.match('/', { cacheName: SHELL })) ?? offline()));
  } else if (url.pathname.startsWith('/assets/')) {
    event.respondWith((async () => (await caches.match(request)) ?? fetch(request).then(async (answer) => {
      if (answer.ok) await (await caches.open(SHELL)).put(request, answer.clone());
      return answer;
    }))());
  } else if (PUBLIC_DATA.test(url.pathname)) {
    event.respondWith(networkThenSaved(request));
  }
});

/** The network's answer (kept for later, with when it was saved); offline, the saved one, marked as such. */
async function networkThenSaved(request) {
  const cache = await caches.open(DATA);
  try {
    const answer = await fetch(request);
    if (answer.ok) {
      const headers = new Headers(answer.headers);
      headers.set('x-signpost-saved-at', new Date().toISOString());
      await cache.put(request, new Response(await answer.clone().blob(), { status: answer.status, headers }));
      const keys = await cache.keys();
      for (const old of keys.slice(0, Math.max(0, keys.length - KEEP_ANSWERS))) await cache.delete(old);
    }
    return answer;
  } catch {
    const saved = await cache.match(request);
    return saved ?? offline(true);
  }
}

function offline(json = false) {
  const problem = { title: 'You are offline', status: 503,
    detail: 'This has not been saved on your phone. Connect to the internet and try again.' };
  return json
    ? new Response(JSON.stringify(problem), { status: 503, headers: { 'Content-Type': 'application/problem+json' } })
    : new Response('<!doctype html><title>Offline</title><p>You are offline. Connect to the internet and try again.</p>',
      { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}
