// Browser half of app/platform (linked with --pre-js), what every page needs: Module.nwkPlatform.
// - wakes the paused main loop on any input (the pages idle: no redraw while nothing happens);
// - keeps a hidden <input> over the active ImGui text field so phones open their keyboard;
// - per-device settings and texts in localStorage; JSON requests to the live server.
// The app's files (sessions, downloads, the file picker, drops) are in web_files.js, which
// the participant page does without. Replies go to C++ through Module._nwk_reply(id, ok, ptr,
// size, number).
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
  // A JSON request to the live server; its answer as {status, bytes}.
  function sendJson(method, path, bearer, body, signal) {
    const headers = {'Content-Type': 'application/json'};
    if (bearer) headers.Authorization = 'Bearer ' + bearer;
    return fetch(path, {method, headers, body: body || undefined, signal, cache: 'no-store', credentials: 'same-origin'})
      .then((r) => r.arrayBuffer().then((buffer) => ({status: r.status, bytes: new Uint8Array(buffer)})));
  }

  const wake = () => { if (Module._nwk_wake) Module._nwk_wake(); };
  for (const type of ['pointerdown', 'pointermove', 'pointerup', 'wheel', 'keydown', 'keyup',
                      'touchstart', 'touchmove', 'touchend', 'resize', 'focus', 'blur',
                      'visibilitychange']) {
    window.addEventListener(type, wake, {capture: true, passive: true});
  }
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
    reply,
    utf8,
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
    // A request the page sent before the app had loaded (window.nwkEarlyRequest, see
    // participant_page.js) answers the app's first identical request instead of a second one.
    requestJson(id, method, path, bearer, body, timeoutMs) {
      const early = window.nwkEarlyRequest;
      const same = early && early.method === method && early.path === path && !bearer && early.body === body;
      if (same) window.nwkEarlyRequest = null;
      let timer;
      const abort = new AbortController();
      const timeout = new Promise((_, fail) => {
        timer = setTimeout(() => { abort.abort(); fail(new Error('timeout')); }, timeoutMs);
      });
      const answer = same ? early.answer : sendJson(method, path, bearer, body, abort.signal);
      Promise.race([answer, timeout])
        .then(({status, bytes}) => reply(id, true, bytes, status))
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
