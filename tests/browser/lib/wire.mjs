// What travels over the network for a page, as Chromium's DevTools protocol reports it: per
// request its URL, status as it came over the wire (a revalidation's 304, which the browser
// turns into its cached 200), Content-Encoding, whether the browser's cache answered it, and
// encodedDataLength, the bytes received for it (response headers plus the body as sent, i.e.
// compressed; the request's own bytes are not counted).
export async function recordWire(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  let requests = new Map();
  const entry = (id) => {
    if (!requests.has(id)) {
      requests.set(id, {url: '', status: 0, encoding: null, fromCache: false, bytes: 0, done: false});
    }
    return requests.get(id);
  };
  cdp.on('Network.requestWillBeSent', (e) => { entry(e.requestId).url = e.request.url; });
  cdp.on('Network.requestServedFromCache', (e) => { entry(e.requestId).fromCache = true; });
  cdp.on('Network.responseReceived', (e) => {
    const r = entry(e.requestId);
    r.url = e.response.url;
    r.status ||= e.response.status;
    r.encoding = e.response.headers['content-encoding'] ?? e.response.headers['Content-Encoding'] ?? null;
    r.fromCache ||= Boolean(e.response.fromDiskCache);
  });
  cdp.on('Network.responseReceivedExtraInfo', (e) => { entry(e.requestId).status = e.statusCode; });
  cdp.on('Network.loadingFinished', (e) => Object.assign(entry(e.requestId), {bytes: e.encodedDataLength, done: true}));
  cdp.on('Network.loadingFailed', (e) => Object.assign(entry(e.requestId), {failed: e.errorText, done: true}));
  return {
    // Starts a new record (the next visit's).
    reset() { requests = new Map(); },
    // Resolves with the record once every request it saw has finished (or failed).
    async settled() {
      const open = () => [...requests.values()].filter((r) => !r.done);
      for (let i = 0; i < 200 && open().length; ++i) await new Promise((r) => setTimeout(r, 50));
      if (open().length) throw new Error(`requests never finished: ${open().map((r) => r.url)}`);
      return [...requests.values()];
    },
  };
}

// The bytes of a record's responses that came over the network (not from the browser's cache).
export function wireBytes(record) {
  return record.filter((r) => !r.fromCache).reduce((sum, r) => sum + r.bytes, 0);
}

// A URL's file name has a content hash (cmake/Fingerprint.cmake: app.0123456789ab.wasm).
export function isHashed(url) {
  return /\.[0-9a-f]{12}\.[a-z]+$/.test(new URL(url).pathname);
}
