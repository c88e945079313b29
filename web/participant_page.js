// The participant page's own HTML (participant.html): the join screen with its code field and
// the accessible ballot ("Barrierefreie Ansicht"), an HTML form for screen readers and
// keyboards. The wasm (app/ui/participant_page.cpp) hands over what to show as JSON
// (window.nwkPage.show), every text from the app's string table; the controls call its
// exported functions (nwk_part_*), which check and send the ballot as the canvas does.
// Built once per language and round, then only updated, so focus and typing stay put.
// Joining starts while the app downloads: with ?join=CODE and no token of this phone for the
// code, the page asks the server at once (window.nwkEarlyRequest, {method, path, body, answer});
// the app's identical first request takes that answer instead (web_platform.js requestJson).
(() => {
  const code = (new URLSearchParams(location.search).get('join') || '').replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z0-9]{1,16}$/.test(code)) return;  // the app's own checks and messages apply
  try {
    if (localStorage.getItem(`netzwerkkarte.join.${code}`)) return;  // a known phone asks as itself
  } catch (e) { return; }
  const body = JSON.stringify({code});
  const answer = fetch('/api/join', {method: 'POST', headers: {'Content-Type': 'application/json'}, body,
                                     cache: 'no-store', credentials: 'same-origin'})
    .then((r) => r.arrayBuffer().then((buffer) => ({status: r.status, bytes: new Uint8Array(buffer)})));
  answer.catch(() => {});  // failures reach the app when it takes the answer
  window.nwkEarlyRequest = {method: 'POST', path: '/api/join', body, answer};
})();

(() => {
  const $ = (id) => document.getElementById(id);
  const call = (name, types = [], args = []) => Module.ccall(name, null, types, args);
  const choiceKey = 'netzwerkkarte.participant';
  let view = null;
  let shownKey = '';
  let lastProblem = '';
  let ballotTimed = false;

  function el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) {
      if (k === 'text') node.textContent = v;
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else if (v !== false && v !== null && v !== undefined) node.setAttribute(k, v === true ? '' : v);
    }
    node.append(...children.filter(Boolean));
    return node;
  }

  // --- The join screen ---------------------------------------------------------------------
  function joinScreen(t) {
    const field = el('input', {id: 'code', name: 'code', autocomplete: 'off', autocapitalize: 'characters',
                               spellcheck: 'false', maxlength: 16, 'aria-describedby': 'code-problem code-hint'});
    const submit = (event) => {
      event.preventDefault();
      const code = field.value.trim();
      if (!code) return sayAtField(t.codeEmpty);
      sayAtField('');
      call('nwk_part_join', ['string'], [code]);
    };
    const accessible = el('input', {type: 'checkbox', id: 'accessible', onchange: (e) => {
      call('nwk_part_set_accessible', ['number'], [e.target.checked ? 1 : 0]);
    }});
    return el('section', {id: 'join'},
      el('h1', {text: t.heading}),
      el('form', {id: 'join-form', novalidate: true, onsubmit: submit},
        el('label', {for: 'code', text: t.codeLabel}), field,
        el('p', {id: 'code-hint', class: 'hint', text: t.codeHint}),
        el('p', {id: 'code-problem', class: 'problem', role: 'alert'}),
        el('button', {type: 'submit', class: 'primary', id: 'join-button', text: t.join})),
      el('p', {id: 'connecting', class: 'hint', role: 'status'}),
      el('div', {class: 'check'}, accessible, el('label', {for: 'accessible', text: t.accessible})),
      el('p', {class: 'hint', text: t.accessibleHint}));
  }

  function sayAtField(text) {
    const field = $('code');
    $('code-problem').textContent = text;
    field.setAttribute('aria-invalid', text ? 'true' : 'false');
    if (text) field.focus();
  }

  function updateJoin(v) {
    const field = $('code');
    if (!field.value && v.code) field.value = v.code;
    if (v.codeProblem !== lastProblem) {
      lastProblem = v.codeProblem;
      if (v.codeProblem) sayAtField(v.codeProblem);
    }
    $('connecting').textContent = v.step === 'connecting' ? v.t.connecting : '';
    $('join-button').disabled = v.step === 'connecting';
    $('accessible').checked = v.accessible;
  }

  // --- The accessible ballot ---------------------------------------------------------------
  const valueOf = (v, proposal, criterion = 0) =>
    (v.ballot.entries.find((e) => e.proposal === proposal && e.criterion === criterion) || {value: 0}).value;
  const setValue = (proposal, criterion, value) =>
    call('nwk_part_set_value', ['number', 'number', 'number'], [proposal, criterion, value]);

  function scoreChoices(t, p, criterion, legend) {
    const name = `score-${p.id}-${criterion}`;
    const options = [0, 1, 2, 3, 4, 5].map((n) => el('label', {},
      el('input', {type: 'radio', name, value: n, 'data-proposal': p.id, 'data-criterion': criterion,
                   onchange: () => setValue(p.id, criterion, n)}),
      n === 0 ? t.noScore : String(n)));
    return el('fieldset', {}, el('legend', {text: legend}), el('div', {class: 'choices'}, ...options));
  }

  function proposalControl(t, r, p) {
    if (r.method === 'dots') {
      return el('div', {class: 'proposal'},
        el('label', {for: `p-${p.id}`, text: p.text}),
        el('input', {type: 'number', id: `p-${p.id}`, min: 0, max: r.max, step: 1, inputmode: 'numeric',
                     'aria-describedby': 'dots-range', 'data-proposal': p.id,
                     oninput: (e) => setValue(p.id, 0, Math.max(0, Math.trunc(Number(e.target.value) || 0)))}));
    }
    if (r.method === 'ranking') {
      const options = [el('option', {value: 0, text: t.noRank}),
                       ...r.ranks.map((label, i) => el('option', {value: i + 1, text: label}))];
      return el('div', {class: 'proposal'},
        el('label', {for: `p-${p.id}`, text: p.text}),
        el('select', {id: `p-${p.id}`, 'data-proposal': p.id,
                      onchange: (e) => setValue(p.id, 0, Number(e.target.value))}, ...options));
    }
    if (!r.criteria.length) return el('div', {class: 'proposal'}, scoreChoices(t, p, 0, p.text));
    return el('fieldset', {class: 'proposal'}, el('legend', {text: p.text}),
      ...r.criteria.map((c, i) => scoreChoices(t, p, i, c)));
  }

  function ballotForm(v) {
    const {t, round: r} = v;
    const submit = (event) => {
      event.preventDefault();
      if (view.problem) {  // read out again: the reason it cannot be sent
        const problem = $('problem');
        problem.textContent = '';
        setTimeout(() => { problem.textContent = view.problem; }, 50);
        return;
      }
      call('nwk_part_submit');
    };
    const groups = r.groups.length && el('fieldset', {}, el('legend', {text: t.group}),
      el('div', {class: 'choices'}, ...r.groups.map((g) => el('label', {},
        el('input', {type: 'radio', name: 'group', value: g.id, onchange: () => call('nwk_part_set_group', ['number'], [g.id])}),
        g.name))));
    const voter = r.named && el('div', {class: 'proposal'}, el('label', {for: 'voter', text: t.name}),
      el('input', {id: 'voter', autocomplete: 'name',
                   oninput: (e) => call('nwk_part_set_voter', ['string'], [e.target.value])}));
    return el('form', {id: 'ballot', novalidate: true, onsubmit: submit},
      el('h2', {text: r.name}),
      el('p', {id: 'rules', text: r.rules}),
      r.method === 'dots' && el('p', {id: 'dots-range', class: 'hint', text: r.dotsRange}),
      groups, voter,
      ...r.proposals.map((p) => proposalControl(t, r, p)),
      el('p', {id: 'points-left', 'aria-live': 'polite'}),
      el('p', {id: 'problem', class: 'problem', 'aria-live': 'assertive'}),
      el('button', {type: 'submit', class: 'primary', 'aria-describedby': 'problem', text: t.submit}),
      el('button', {type: 'button', onclick: () => call('nwk_part_other_code'), text: t.otherCode}));
  }

  function updateBallot(v) {
    const form = $('ballot');
    for (const input of form.querySelectorAll('[data-proposal]')) {
      if (input === document.activeElement && input.type !== 'radio') continue;  // typing stays put
      const proposal = Number(input.dataset.proposal);
      const value = valueOf(v, proposal, Number(input.dataset.criterion || 0));
      if (input.type === 'radio') input.checked = Number(input.value) === value;
      else if (String(input.value) !== String(value)) input.value = value;
    }
    for (const radio of form.querySelectorAll('input[name=group]')) radio.checked = Number(radio.value) === v.ballot.group;
    const voter = $('voter');
    if (voter && voter !== document.activeElement) voter.value = v.ballot.voter;
    $('points-left').textContent = v.pointsLeft;
    $('problem').textContent = v.problem;
  }

  function sentScreen(v) {
    return el('section', {id: 'sent'},
      el('h2', {id: 'sent-heading', tabindex: -1, text: v.t.sent}),
      el('p', {text: v.t.changeHint}),
      el('button', {type: 'button', class: 'primary', onclick: () => call('nwk_part_revise'), text: v.t.change}));
  }

  // --- The page ------------------------------------------------------------------------------
  function screenOf(v) {
    if (v.step === 'entering' || v.step === 'connecting' || !v.round) return 'join';
    return v.step === 'sent' ? 'sent' : 'ballot';
  }

  function build(v, screen) {
    const {t} = v;
    const page = $('page');
    page.replaceChildren(
      el('div', {class: 'head'}, el('span', {text: v.round && screen !== 'join' ? (v.round.title || t.app) : t.app}),
        el('button', {type: 'button', id: 'language', lang: t.otherLanguageCode, text: t.otherLanguage,
                      onclick: () => call('nwk_part_toggle_language')})),
      screen === 'join' ? joinScreen(t) : screen === 'sent' ? sentScreen(v) : ballotForm(v),
      el('ul', {id: 'status', 'aria-live': 'polite'}),
      el('p', {class: 'privacy', text: t.privacy}));
    if (screen === 'sent') $('sent-heading').focus();
  }

  function render(v) {
    document.documentElement.lang = v.lang;
    document.title = v.t.title;
    // A code the server took stays in the address: a reload comes back to the same round.
    const joined = `?join=${encodeURIComponent(v.code)}`;
    if (v.code && v.step !== 'entering' && location.search !== joined) history.replaceState(null, '', joined);
    const canvas = !v.accessible && v.round && (v.step === 'voting' || v.step === 'sent');
    // The canvas draws the ballot in the frame that hands over this view; benchmarks time the
    // end of that frame (a microtask runs once the frame's code has returned).
    if (canvas && !ballotTimed) {
      ballotTimed = true;
      queueMicrotask(() => { window.nwkBallotShownMs = performance.now(); });
    }
    $('page').hidden = canvas;
    const skip = $('to-accessible');
    skip.hidden = !canvas;
    skip.textContent = v.t.accessible;
    if (canvas) return;
    const screen = screenOf(v);
    const key = `${v.lang}|${screen}|${v.round ? v.round.id : ''}`;
    if (key !== shownKey) {
      const focusLanguage = document.activeElement && document.activeElement.id === 'language';
      shownKey = key;
      build(v, screen);
      if (focusLanguage) $('language').focus();
    }
    if (screen === 'join') updateJoin(v);
    if (screen === 'ballot') updateBallot(v);
    $('status').replaceChildren(...v.status.map((s) => el('li', {text: s})));
  }

  window.nwkPage = {
    view: null,  // what is shown, for tests
    show(json) {
      view = JSON.parse(json);
      window.nwkPage.view = view;
      if (startAccessible) {
        startAccessible = false;
        if (!view.accessible) setTimeout(() => call('nwk_part_set_accessible', ['number'], [1]));
      }
      $('page').dataset.step = view.step;
      render(view);
    },
  };

  // The canvas says nothing to a screen reader: its first focusable control leads to the form.
  $('to-accessible').addEventListener('click', () => call('nwk_part_set_accessible', ['number'], [1]));
  // Nothing tells a page that a screen reader runs; forced colours (Windows high contrast)
  // are a choice the canvas cannot follow, so they start with the accessible view unless the
  // participant chose before on this device (the wasm keeps that choice).
  let startAccessible = false;
  try {
    startAccessible = localStorage.getItem(choiceKey) === null && matchMedia('(forced-colors: active)').matches;
  } catch (e) { startAccessible = false; }
})();
