/*
 * Selaras service worker: makes the site installable and tells people when they are offline.
 * Pages are live data (plans, comments) and always come from the network; only the offline page and the few static
 * files it needs are cached. Vaadin's own requests (UIDL, push, /VAADIN/) are never touched.
 */
const CACHE = 'selaras-offline-v1';
const OFFLINE = '/offline.html';
const PRECACHE = [OFFLINE, '/styles/selaras.css', '/icons/icon.svg', '/icons/icon-192.png'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((key) => key !== CACHE).map((key) => caches.delete(key))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  if (request.mode === 'navigate') {
    event.respondWith(fetch(request).catch(() => caches.match(OFFLINE)));
    return;
  }
  const url = new URL(request.url);
  if (url.origin === self.location.origin && PRECACHE.includes(url.pathname)) {
    // Network first, so a new stylesheet shows at once; the cached copy serves the offline page.
    event.respondWith(fetch(request).catch(() => caches.match(request)));
  }
});
