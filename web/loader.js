// Starts the app named by data-app: checks WebGL2, downloads the wasm with a progress bar,
// and replaces the page by a readable message (German, or English if chosen in the app)
// when the browser cannot run it or loading fails.
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
    const total = Number(response.headers.get('Content-Length')) || 0;
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

  const script = document.createElement('script');
  script.src = `${appName}.js`;
  script.onerror = () => fail(text.download);
  document.body.appendChild(script);
})();
