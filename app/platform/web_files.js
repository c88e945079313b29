// The app's files in the browser (linked with --pre-js after web_platform.js, whose
// Module.nwkPlatform it extends): sessions in IndexedDB (one transaction per save: atomic),
// one tab per stored session (Web Locks), saving when the page is hidden or closed, text
// files fetched from the same origin, downloads, the file picker and files dropped on the page.
Object.assign(Module.nwkPlatform, (() => {
  const {reply, utf8} = Module.nwkPlatform;

  // IndexedDB: store 'sessions' (key uid: {uid, title, savedAt, bytes}) and 'state' ('last').
  let dbPromise = null;
  function db() {
    if (!dbPromise) {
      dbPromise = new Promise((resolve, reject) => {
        const open = indexedDB.open('netzwerkkarte', 1);
        open.onupgradeneeded = () => {
          open.result.createObjectStore('sessions', {keyPath: 'uid'});
          open.result.createObjectStore('state');
        };
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
    }
    return dbPromise;
  }
  function transact(stores, mode, work) {
    return db().then((d) => new Promise((resolve, reject) => {
      const tx = d.transaction(stores, mode);
      const result = work(tx);
      if (mode === 'readwrite' && tx.commit) tx.commit();  // at once: the page may be closing
      tx.oncomplete = () => resolve(result.value);
      tx.onerror = tx.onabort = () => reject(tx.error);
    }));
  }
  function getSession(tx, uid, result) {
    tx.objectStore('sessions').get(uid).onsuccess = (e) => { result.value = e.target.result; };
  }

  // Leaving: save before the page is hidden or closed (autosave waits for a pause otherwise).
  const leaving = () => { if (Module._nwk_leaving) Module._nwk_leaving(); };
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') leaving(); });
  window.addEventListener('pagehide', (e) => {
    leaving();
    if (!e.persisted) heldLocks.forEach((release) => release());  // a reload finds them free
  });

  // One tab owns a stored session: a Web Lock per session uid, held until released or the tab
  // ends. A tab that wants to take over asks the owner on a BroadcastChannel; the owner saves,
  // then releases, and the waiting request gets the lock.
  const tabs = typeof BroadcastChannel === 'function' ? new BroadcastChannel('netzwerkkarte.sessions') : null;
  const heldLocks = new Map();  // uid -> the function that releases its lock
  if (tabs) {
    tabs.onmessage = (e) => {
      const uid = e.data && e.data.takeOver;
      if (uid && heldLocks.has(uid) && Module._nwk_session_lost) {
        const ptr = Module.nwkPlatform.cString(uid);
        Module._nwk_session_lost(ptr);
        Module._free(ptr);
      }
    };
  }

  // Files dropped anywhere on the page.
  window.addEventListener('dragover', (e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; });
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    const file = e.dataTransfer.files[0];
    if (!file) return;
    file.arrayBuffer().then((buffer) => {
      const data = new Uint8Array(buffer);
      const name = utf8(`${file.name}\0`);
      const namePtr = Module._malloc(name.length);
      HEAPU8.set(name, namePtr);
      const dataPtr = Module._malloc(Math.max(data.length, 1));
      HEAPU8.set(data, dataPtr);
      Module._nwk_dropped(namePtr, dataPtr, data.length);
    });
  });

  // Ctrl+S / Ctrl+O are the app's (save / open), not the browser's; SDL still sees the keys.
  window.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && (e.key === 's' || e.key === 'o')) e.preventDefault();
  }, {capture: true});
  return {
    fetchText(id, name) {
      fetch(name).then((r) => (r.ok ? r.arrayBuffer() : Promise.reject(new Error(r.status))))
        .then((buffer) => reply(id, true, new Uint8Array(buffer)))
        .catch(() => reply(id, false, null));
    },
    claimSession(id, uid, takeOver) {
      if (heldLocks.has(uid)) return reply(id, true, null);
      if (!navigator.locks) return reply(id, true, null);  // no locks: every tab may write
      // Taken at once, or (a page that is just reloading lets go a moment later) after a second try.
      const ask = (retries) => navigator.locks.request(`netzwerkkarte.session.${uid}`, {ifAvailable: !takeOver},
                                                        (lock) => {
        if (!lock && retries > 0) return void setTimeout(() => ask(retries - 1), 400);
        if (!lock) return reply(id, false, null);
        reply(id, true, null);
        return new Promise((release) => heldLocks.set(uid, release));
      });
      ask(1);
      if (takeOver && tabs) tabs.postMessage({takeOver: uid});
    },
    releaseSession(uid) {
      const release = heldLocks.get(uid);
      heldLocks.delete(uid);
      if (release) release();
    },
    storeSession(id, uid, title, bytes) {
      transact(['sessions', 'state'], 'readwrite', (tx) => {
        tx.objectStore('sessions').put({uid, title, savedAt: Date.now(), bytes});
        tx.objectStore('state').put(uid, 'last');
        return {};
      }).then(() => reply(id, true, null), (e) => { console.warn('Autosave failed:', e); reply(id, false, null); });
    },
    loadLastSession(id) {
      transact(['sessions', 'state'], 'readonly', (tx) => {
        const result = {};
        tx.objectStore('state').get('last').onsuccess = (e) => {
          if (e.target.result !== undefined) getSession(tx, e.target.result, result);
        };
        return result;
      }).then((s) => reply(id, !!s, s ? s.bytes : null, s ? s.savedAt : 0), () => reply(id, false, null));
    },
    loadStoredSession(id, uid) {
      transact(['sessions'], 'readonly', (tx) => {
        const result = {};
        getSession(tx, uid, result);
        return result;
      }).then((s) => reply(id, !!s, s ? s.bytes : null, s ? s.savedAt : 0), () => reply(id, false, null));
    },
    listSessions(id) {
      transact(['sessions'], 'readonly', (tx) => {
        const result = {value: []};
        tx.objectStore('sessions').openCursor().onsuccess = (e) => {
          const cursor = e.target.result;
          if (!cursor) return;
          const {uid, title, savedAt} = cursor.value;
          result.value.push(`${uid}\t${savedAt}\t${String(title).replace(/[\t\n]/g, ' ')}`);
          cursor.continue();
        };
        return result;
      }).then((lines) => reply(id, true, utf8(lines.join('\n'))), () => reply(id, false, null));
    },
    deleteSession(uid) {
      transact(['sessions', 'state'], 'readwrite', (tx) => {
        tx.objectStore('sessions').delete(uid);
        return {};
      }).catch((e) => console.warn('Delete failed:', e));
    },
    offerFile(name, bytes, mime) {
      const url = URL.createObjectURL(new Blob([bytes], {type: mime}));
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10000);
    },
    // A new tab; the click that asked for it is still the user's gesture (popup blockers).
    showHtml(bytes) {
      const url = URL.createObjectURL(new Blob([bytes], {type: 'text/html;charset=utf-8'}));
      window.open(url, '_blank');
      setTimeout(() => URL.revokeObjectURL(url), 60000);
    },
    // The WebGL canvas still holds this frame's picture: copy the area at device pixels.
    offerScreenPng(name, area) {
      const source = Module.canvas;
      const ratio = source.width / source.clientWidth;
      const copy = document.createElement('canvas');
      copy.width = Math.round(area.w * ratio);
      copy.height = Math.round(area.h * ratio);
      copy.getContext('2d').drawImage(source, area.x * ratio, area.y * ratio, copy.width, copy.height,
                                      0, 0, copy.width, copy.height);
      copy.toBlob((blob) => this.offerFile(name, blob, 'image/png'), 'image/png');
    },
    // Drawn by the browser at the SVG's own size (its width and height attributes).
    offerSvgAsPng(name, svg) {
      const url = URL.createObjectURL(new Blob([svg], {type: 'image/svg+xml'}));
      const image = new Image();
      image.onload = () => {
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        canvas.getContext('2d').drawImage(image, 0, 0);
        URL.revokeObjectURL(url);
        canvas.toBlob((blob) => this.offerFile(name, blob, 'image/png'), 'image/png');
      };
      image.onerror = () => {
        URL.revokeObjectURL(url);
        console.warn('The map picture could not be drawn');
      };
      image.src = url;
    },
    pickFile(id, accept) {
      const picker = document.createElement('input');
      picker.type = 'file';
      picker.accept = accept;
      picker.style.display = 'none';
      picker.addEventListener('change', () => {
        const file = picker.files[0];
        picker.remove();
        if (!file) return reply(id, false, null);
        file.arrayBuffer().then((buffer) => {
          const name = utf8(`${file.name}\0`);
          const data = new Uint8Array(name.length + buffer.byteLength);
          data.set(name, 0);
          data.set(new Uint8Array(buffer), name.length);
          reply(id, true, data);
        });
      });
      document.body.appendChild(picker);
      picker.click();
    },
  };
})());
