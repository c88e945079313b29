// Starts the app named by data-app: checks WebGL2, downloads the wasm with a progress bar,
// and replaces the page by a readable message (German, or English if chosen in the app)
// when the browser cannot run it or loading fails.
// A page that links a web app manifest (the facilitator's app) also gets the offline worker
// (sw.js?app=<data-app>) once its first frame is drawn, from a secure context only (HTTPS,
// localhost). A newer build waits until the app asks for it: window.nwkUpdate tells the app
// (app/platform) that one is ready, and apply() lets it take over and reloads.
(() => {
  const appName = document.currentScript.dataset.app;
  const english = /(^|\n)language=en/.test((() => {
    try { return localStorage.getItem('netzwerkkarte.settings') || ''; } catch (e) { return ''; }
  })());
  const text = english ? {
    loading: 'Loading …', failed: 'Netzwerkkarte cannot start',
    noWebgl: 'This browser cannot show the map: WebGL 2 is missing or switched off. Please use a current Firefox, Chrome, Edge or Safari, and switch on hardware acceleration.',
    download: 'The app could not be loaded. Please check the connection to the server and reload the page.',
    crash: 'The app stopped with an error. Please reload the page. Details: ',
  } : {
    loading: 'Wird geladen …', failed: 'Netzwerkkarte kann nicht starten',
    noWebgl: 'Dieser Browser kann die Karte nicht anzeigen: WebGL 2 fehlt oder ist abgeschaltet. Bitte einen aktuellen Firefox, Chrome, Edge oder Safari verwenden und die Hardwarebeschleunigung einschalten.',
    download: 'Die App konnte nicht geladen werden. Bitte die Verbindung zum Server prüfen und die Seite neu laden.',
    crash: 'Die App wurde mit einem Fehler beendet. Bitte die Seite neu laden. Details: ',
  };
  const $ = (id) => document.getElementById(id);
  $('loading-text').textContent = text.loading;
  $('canvas').addEventListener('contextmenu', (event) => event.preventDefault());  // right-drag on the map

  let started = false;
  function fail(message) {
    $('loading').hidden = true;
    $('failure-title').textContent = text.failed;
    $('failure-text').textContent = message;
    $('failure').hidden = false;
  }

  if (!document.createElement('canvas').getContext('webgl2')) {
    fail(text.noWebgl);
    return;
  }

  function setProgress(fraction) {
    const bar = $('loading-bar');
    bar.classList.toggle('indeterminate', fraction === null);
    if (fraction !== null) bar.style.width = `${Math.round(fraction * 100)}%`;
  }

  async function download(url) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    // Compressed (Content-Encoding): Content-Length counts the compressed bytes, the stream
    // gives the unpacked ones, so no honest fraction: the bar only shows that it is busy.
    const compressed = (response.headers.get('Content-Encoding') || 'identity') !== 'identity';
    const total = compressed ? 0 : Number(response.headers.get('Content-Length')) || 0;
    if (!total || !response.body) {
      setProgress(null);
      return response.arrayBuffer();
    }
    const reader = response.body.getReader();
    const bytes = new Uint8Array(total);
    let received = 0;
    for (;;) {
      const {done, value} = await reader.read();
      if (done) break;
      if (received + value.length > total) return new Blob([bytes.subarray(0, received), value]).arrayBuffer();
      bytes.set(value, received);
      received += value.length;
      setProgress(received / total);
    }
    return bytes.buffer.slice(0, received);
  }

  const wasm = download(`${appName}.wasm`);
  window.Module = {
    canvas: $('canvas'),
    onFirstFrame() {
      window.nwkFirstFrameMs = performance.now();
      $('loading').hidden = true;
      if (document.querySelector('link[rel="manifest"]')) startOfflineWorker();
    },
    instantiateWasm(imports, receive) {
      wasm.then((bytes) => WebAssembly.instantiate(bytes, imports))
        .then((result) => { started = true; receive(result.instance, result.module); })
        .catch((e) => fail(`${text.download} (${e.message})`));
      return {};
    },
    onAbort(what) { fail(text.crash + what); },
  };
  window.addEventListener('error', (e) => { if (!started) fail(`${text.download} (${e.message})`); });

  // --- Offline worker and updates (web/sw.js) ---------------------------------------------
  const UPDATE_CHECK_MS = 15 * 60 * 1000;
  const update = {waiting: null, applying: false};
  window.nwkUpdate = {
    available: () => update.waiting !== null,
    apply() {
      if (!update.waiting || update.applying) return;
      update.applying = true;
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), {once: true});
      update.waiting.postMessage({type: 'activate'});
    },
  };
  const appOf = (worker) => worker && new URL(worker.scriptURL).searchParams.get('app');
  const workerUrl = (app) => `sw.js?app=${encodeURIComponent(app)}`;

  // A worker done installing waits while this page is controlled. Of this page's own build
  // (the page came from the network before its worker), it takes over at once; of another
  // build, the app offers it.
  function noticeWaiting(registration) {
    const worker = registration.waiting;
    if (!worker || !navigator.serviceWorker.controller) return;
    if (appOf(worker) === appName) {
      worker.postMessage({type: 'activate'});
      return;
    }
    update.waiting = worker;
    if (window.Module && Module._nwk_wake) Module._nwk_wake();
  }

  function watch(registration) {
    noticeWaiting(registration);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker.addEventListener('statechange', () => {
        if (worker.state === 'installed') noticeWaiting(registration);
      });
    });
  }

  // The server's index.html names its build (data-app): a new name is a new version, and
  // registering its worker installs that version beside the running one.
  async function checkForNewBuild(registration) {
    try {
      const response = await fetch('index.html', {cache: 'no-store'});
      const found = response.ok && /data-app="([^"]+)"/.exec(await response.text());
      const known = [registration.installing, registration.waiting, registration.active].map(appOf);
      if (found && !known.includes(found[1])) await navigator.serviceWorker.register(workerUrl(found[1]));
    } catch (e) { /* offline: check again later */ }
  }

  function startOfflineWorker() {
    if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
    if (new URLSearchParams(location.search).has('join')) return;  // a participant's phone
    navigator.serviceWorker.register(workerUrl(appName)).then((registration) => {
      watch(registration);
      const check = () => checkForNewBuild(registration);
      window.addEventListener('online', check);
      document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'visible') check(); });
      setInterval(check, UPDATE_CHECK_MS);
      check();
    }).catch((e) => console.warn('Offline use unavailable:', e.message));
  }

  const script = document.createElement('script');
  script.src = `${appName}.js`;
  script.onerror = () => fail(text.download);
  document.body.appendChild(script);
})();
