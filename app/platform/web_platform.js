// Browser half of app/platform (linked with --pre-js): Module.nwkPlatform.
// - wakes the paused main loop on any input (the app idles: no redraw while nothing happens);
// - keeps a hidden <input> over the active ImGui text field so phones open their keyboard;
// - per-device settings in localStorage; text files fetched from the same origin.
Module.nwkPlatform = (() => {
  const SETTINGS_KEY = 'netzwerkkarte.settings';
  const EDIT_KEYS = {Backspace: 1, Enter: 2, Tab: 3, Escape: 4, ArrowLeft: 5, ArrowRight: 6,
                     Home: 7, End: 8, Delete: 9, ArrowUp: 10, ArrowDown: 11};
  let textFields = [];
  let input = null;

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
    firstFrame() { if (Module.onFirstFrame) Module.onFirstFrame(); },
    prefersTouch() { return matchMedia('(pointer: coarse)').matches; },
    loadSettings() {
      try { return localStorage.getItem(SETTINGS_KEY) || ''; } catch (e) { return ''; }
    },
    saveSettings(text) {
      try { localStorage.setItem(SETTINGS_KEY, text); } catch (e) { /* private mode: keep defaults */ }
    },
    fetchText(id, name) {
      fetch(name).then((r) => (r.ok ? r.text() : Promise.reject(new Error(r.status))))
        .then((text) => Module.ccall('nwk_text_loaded', null, ['number', 'number', 'string'], [id, 1, text]))
        .catch(() => Module.ccall('nwk_text_loaded', null, ['number', 'number', 'string'], [id, 0, '']));
    },
    setTextFields(rects) {
      if (!input) createInput();
      textFields = rects;
    },
    setTextEditing(editing, rect) {
      if (!input) createInput();
      if (editing) placeInput(rect);
      else if (document.activeElement === input) input.blur();
    },
  };
})();
