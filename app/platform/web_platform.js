// Browser half of app/platform (linked with --pre-js): Module.nwkPlatform.
// - wakes the paused main loop on any input (the app idles: no redraw while nothing happens);
// - keeps a hidden <input> over the active ImGui text field so phones open their keyboard;
// - per-device settings in localStorage; text files fetched from the same origin;
// - sessions in IndexedDB (one transaction per save: atomic), downloads, the file picker and
//   files dropped on the page.
// Replies go to C++ through Module._nwk_reply(id, ok, ptr, size, number).
Module.nwkPlatform = (() => {
  const SETTINGS_KEY = 'netzwerkkarte.settings';
  const EDIT_KEYS = {Backspace: 1, Enter: 2, Tab: 3, Escape: 4, ArrowLeft: 5, ArrowRight: 6,
                     Home: 7, End: 8, Delete: 9, ArrowUp: 10, ArrowDown: 11, Control: 12};
  // With Ctrl or ⌘ in a text field: select all, undo, redo (sent between Control down and up).
  const SHORTCUT_KEYS = {a: 13, z: 14, y: 15};
  let textFields = [];
  let input = null;
  // Whether the last press was a finger: a field the app focuses by itself (a new offer's
  // name) then gets the hidden input's focus too, or a touch device's keys would go nowhere.
  let lastPressTouch = false;
  window.addEventListener('pointerdown', (e) => { lastPressTouch = e.pointerType === 'touch'; },
                          {capture: true, passive: true});

  function reply(id, ok, bytes, number = 0) {
    let ptr = 0;
    if (bytes && bytes.length) {
      ptr = Module._malloc(bytes.length);
      HEAPU8.set(bytes, ptr);
    }
    Module._nwk_reply(id, ok ? 1 : 0, ptr, bytes ? bytes.length : 0, number);
  }
  const utf8 = (text) => new TextEncoder().encode(text);

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

  const wake = () => { if (Module._nwk_wake) Module._nwk_wake(); };
  for (const type of ['pointerdown', 'pointermove', 'pointerup', 'wheel', 'keydown', 'keyup',
                      'touchstart', 'touchmove', 'touchend', 'resize', 'focus', 'blur',
                      'visibilitychange']) {
    window.addEventListener(type, wake, {capture: true, passive: true});
  }
  // Ctrl+S / Ctrl+O are the app's (save / open), not the browser's; SDL still sees the keys.
  window.addEventListener('keydown', (e) => {
    if ((e.ctrlKey || e.metaKey) && (e.key === 's' || e.key === 'o')) e.preventDefault();
  }, {capture: true});
  // Moving the window to a screen with another pixel ratio: SDL re-reads it on 'resize'.
  const watchPixelRatio = () => {
    matchMedia(`(resolution: ${window.devicePixelRatio}dppx)`).addEventListener('change', () => {
      window.dispatchEvent(new Event('resize'));
      watchPixelRatio();
    }, {once: true});
  };
  watchPixelRatio();

  function placeInput(r) {
    Object.assign(input.style, {left: `${r.x}px`, top: `${r.y}px`, width: `${Math.max(r.w, 1)}px`,
                                height: `${Math.max(r.h, 1)}px`});
  }

  function createInput() {
    input = document.createElement('input');
    input.id = 'nwk-text-input';
    input.type = 'text';
    input.setAttribute('autocomplete', 'off');
    input.setAttribute('autocorrect', 'off');
    input.setAttribute('autocapitalize', 'sentences');
    input.setAttribute('spellcheck', 'false');
    input.setAttribute('aria-hidden', 'true');
    input.tabIndex = -1;
    document.body.appendChild(input);
    // Keys typed here belong to the text field, not to SDL's window-wide key handler.
    input.addEventListener('keydown', (e) => {
      e.stopPropagation();
      const shortcut = (e.ctrlKey || e.metaKey) && SHORTCUT_KEYS[e.key.toLowerCase()];
      if (shortcut) {
        e.preventDefault();
        Module._nwk_edit_key(EDIT_KEYS.Control, 1);
        Module._nwk_edit_key(shortcut, 1);
        Module._nwk_edit_key(shortcut, 0);
        Module._nwk_edit_key(EDIT_KEYS.Control, 0);
        return;
      }
      const key = EDIT_KEYS[e.key];
      if (key) { e.preventDefault(); Module._nwk_edit_key(key, 1); }
    });
    input.addEventListener('keyup', (e) => {
      e.stopPropagation();
      const key = EDIT_KEYS[e.key];
      if (key) Module._nwk_edit_key(key, 0);
    });
    input.addEventListener('keypress', (e) => e.stopPropagation());
    input.addEventListener('input', (e) => {
      if (input.value) {
        Module.ccall('nwk_text_input', null, ['string'], [input.value]);
        input.value = '';
      } else if (e.inputType === 'deleteContentBackward') {
        Module._nwk_edit_key(EDIT_KEYS.Backspace, 1);
        Module._nwk_edit_key(EDIT_KEYS.Backspace, 0);
      }
    });
  }

  // Phones open their keyboard only for a focus() inside the touch handler itself.
  window.addEventListener('touchend', (e) => {
    const t = e.changedTouches[0];
    if (!t) return;
    const field = textFields.find((r) => t.clientX >= r.x && t.clientX < r.x + r.w &&
                                         t.clientY >= r.y && t.clientY < r.y + r.h);
    if (!field) return;
    placeInput(field);
    input.focus({preventScroll: true});
  }, {capture: true, passive: true});

  return {
    // A copy of text in the wasm heap, for C++ to take over (and free).
    cString(text) {
      const size = lengthBytesUTF8(text) + 1;
      const ptr = Module._malloc(size);
      stringToUTF8(text, ptr, size);
      return ptr;
    },
    firstFrame() { if (Module.onFirstFrame) Module.onFirstFrame(); },
    prefersTouch() { return matchMedia('(pointer: coarse)').matches; },
    loadSettings() {
      try { return localStorage.getItem(SETTINGS_KEY) || ''; } catch (e) { return ''; }
    },
    saveSettings(text) {
      try { localStorage.setItem(SETTINGS_KEY, text); } catch (e) { /* private mode: keep defaults */ }
    },
    pageQueryParameter(name) {
      return new URLSearchParams(location.search).get(name) || '';
    },
    takePageFragmentParameter(name) {
      const value = new URLSearchParams(location.hash.slice(1)).get(name) || '';
      if (location.hash) history.replaceState(history.state, '', location.pathname + location.search);
      return value;
    },
    requestJson(id, method, path, bearer, body, timeoutMs) {
      const headers = {'Content-Type': 'application/json'};
      if (bearer) headers.Authorization = 'Bearer ' + bearer;
      const abort = new AbortController();
      const timer = setTimeout(() => abort.abort(), timeoutMs);
      fetch(path, {method, headers, body: body || undefined, signal: abort.signal, cache: 'no-store',
                   credentials: 'same-origin'})
        .then((r) => r.arrayBuffer().then((buffer) => reply(id, true, new Uint8Array(buffer), r.status)))
        .catch(() => reply(id, false, null, 0))
        .finally(() => clearTimeout(timer));
    },
    localText(key) {
      try { return localStorage.getItem(key) || ''; } catch (e) { return ''; }
    },
    setLocalText(key, text) {
      try {
        if (text) localStorage.setItem(key, text);
        else localStorage.removeItem(key);
      } catch (e) { /* private mode: kept for this page only */ }
    },
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
    setTextFields(rects) {
      if (!input) createInput();
      textFields = rects;
    },
    setTextEditing(editing, rect) {
      if (!input) createInput();
      if (editing) {
        placeInput(rect);
        if (lastPressTouch && document.activeElement !== input) input.focus({preventScroll: true});
      } else if (document.activeElement === input) {
        input.blur();
      }
    },
  };
})();
