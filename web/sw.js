// Service worker of the facilitator's app, registered by loader.js as sw.js?app=<data-app>:
// after the first visit the app opens and works with no network at all.
// - install: stores the app's own files (one cache per app name: a new build has a new name,
//   so a new registration URL and a new worker); the new worker then waits, and the running
//   app offers "Neue Version verfügbar – neu laden" instead of changing under a workshop;
// - the page's message {type: 'activate'} lets a waiting worker take over (the page reloads);
// - activate: deletes the caches of older versions;
// - fetch: only the app's own files. Content-named files (netzwerkkarte.<hash>.js/.wasm) come
//   from the cache first; everything else (index.html, loader.js, ...) from the network first,
//   the cache when it fails. The live API (/api/...), the participant page (/, participant.html,
//   ?join=) and any other address always go to the network, never to this cache.
const APP = new URL(self.location.href).searchParams.get('app') || 'netzwerkkarte';
const CACHE_PREFIX = 'netzwerkkarte-app:';
const CACHE = CACHE_PREFIX + APP;
const NAMED_BY_CONTENT = APP.includes('.');  // "netzwerkkarte.<hash>": a new build, new names
const BIG_FILES = [`${APP}.js`, `${APP}.wasm`];
const SHELL_FILES = ['index.html', 'loader.js', 'style.css', 'manifest.webmanifest', 'icon.svg', 'icon-192.png',
                     'icon-512.png', 'LICENSES.txt'];
const NAVIGATION_TIMEOUT_MS = 4000;  // a venue's slow network: start from the cache instead

const inScope = (name) => new URL(name, self.registration.scope).href;
const OWN_FILES = new Map([...BIG_FILES, ...SHELL_FILES].map((name) => [inScope(name), name]));

// Content-named files may come from the HTTP cache (the page has just downloaded them: no
// second download where the server lets them be cached); the others are revalidated with the
// server ('no-cache'), so a stale copy cannot slip into this version.
const namedByContent = (name) => NAMED_BY_CONTENT && BIG_FILES.includes(name);

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll([...OWN_FILES].map(([url, name]) =>
    new Request(url, {cache: namedByContent(name) ? 'default' : 'no-cache'})))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith(CACHE_PREFIX) && k !== CACHE)
      .map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'activate') self.skipWaiting();
});

// The own file a request asks for, or undefined (then the network answers as if no worker
// were here). A query (?join=...) makes it someone else's request.
function ownFile(request) {
  if (request.method !== 'GET') return undefined;
  const url = new URL(request.url);
  if (url.search) return undefined;
  return OWN_FILES.get(url.origin + url.pathname);
}

async function cacheFirst(url) {
  const cached = await caches.match(url, {cacheName: CACHE});
  return cached || fetch(url);
}

function withTimeout(promise, ms) {
  return ms ? Promise.race([promise, new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), ms))])
            : promise;
}

// The cache keeps this version's copy as installed: offline, all files are of one build.
async function networkFirst(url, timeoutMs) {
  let response;
  try {
    response = await withTimeout(fetch(url, {cache: 'no-cache'}), timeoutMs);
  } catch (e) { /* offline or too slow: the stored copy */ }
  if (response && response.ok) return response;
  return (await caches.match(url, {cacheName: CACHE})) || response || Response.error();
}

self.addEventListener('fetch', (event) => {
  const name = ownFile(event.request);
  if (!name) return;
  const url = inScope(name);
  if (namedByContent(name)) event.respondWith(cacheFirst(url));
  else event.respondWith(networkFirst(url, name === 'index.html' ? NAVIGATION_TIMEOUT_MS : 0));
});
