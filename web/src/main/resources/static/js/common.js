/*
 * Loopline UI, shared by the three pages: translations (zh-CN / English), the page header (navigation, language
 * switch, the "synthetic sample" label), calls to the server's API with its problem details shown as one line,
 * and the map with the offline street basemap. Plain browser JavaScript; Leaflet and ECharts come from the server's
 * WebJars, so the page never asks anything of another host.
 */
(function () {
  'use strict';

  const LANGS = ['zh-CN', 'en'];
  let messages = {};
  let lang = 'en';
  const listeners = [];

  function chooseLang() {
    const q = new URLSearchParams(location.search).get('lang');
    if (q && LANGS.includes(q)) {
      localStorage.setItem('loopline.lang', q);
      return q;
    }
    const saved = localStorage.getItem('loopline.lang');
    if (saved && LANGS.includes(saved)) return saved;
    return (navigator.language || '').toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
  }

  /** A translated message; {name} placeholders are filled from params. Unknown keys show as themselves. */
  function t(key, params) {
    let s = messages[key];
    if (s === undefined) s = key;
    if (params) {
      s = s.replace(/\{(\w+)\}/g, (m, k) => (params[k] !== undefined ? params[k] : m));
    }
    return s;
  }

  /** Fills every element marked data-i18n (text), data-i18n-placeholder and data-i18n-title. */
  function translatePage(root) {
    (root || document).querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
    (root || document).querySelectorAll('[data-i18n-placeholder]').forEach(el => {
      el.placeholder = t(el.dataset.i18nPlaceholder);
    });
    (root || document).querySelectorAll('[data-i18n-title]').forEach(el => { el.title = t(el.dataset.i18nTitle); });
    document.documentElement.lang = lang;
  }

  async function loadLang(l) {
    const r = await fetch('i18n/' + l + '.json');
    messages = await r.json();
    lang = l;
    translatePage();
    document.title = t(document.body.dataset.titleKey || 'app.name') + ' · Loopline';
    listeners.forEach(f => f(l));
  }

  /** Calls f(lang) after every language change, so a page can redraw what it built from data. */
  function onLanguage(f) {
    listeners.push(f);
  }

  /** A name in the current language: the English name when English is chosen and there is one. */
  function localName(zh, en) {
    return lang === 'en' && en ? en : (zh || en || '');
  }

  class ApiError extends Error {
    constructor(problem, status) {
      super(problem.detail || problem.title || ('HTTP ' + status));
      this.problem = problem;
      this.status = status;
    }
  }

  /** Fetches JSON from the server; a problem detail (RFC 7807) becomes an ApiError whose message is its detail. */
  async function api(path, options) {
    const opts = Object.assign({headers: {}}, options || {});
    if (opts.json !== undefined) {
      opts.body = JSON.stringify(opts.json);
      opts.headers['Content-Type'] = 'application/json';
      delete opts.json;
    }
    opts.headers.Accept = 'application/json, application/problem+json';
    const xsrf = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
    if (xsrf && opts.method && opts.method !== 'GET') {
      opts.headers['X-XSRF-TOKEN'] = decodeURIComponent(xsrf.substring('XSRF-TOKEN='.length));
    }
    const r = await fetch(path, opts);
    if (r.status === 401) {
      // Saving, evaluating and downloading need a signed-in planner or operator: offer the sign-in page.
      const link = document.getElementById('sign-in');
      if (link) link.hidden = false;
      throw new ApiError({detail: t('error.signIn'), signIn: true}, 401);
    }
    const type = r.headers.get('Content-Type') || '';
    const body = type.includes('json') ? await r.json() : await r.text();
    if (!r.ok) {
      throw new ApiError(typeof body === 'object' ? body : {detail: body}, r.status);
    }
    return body;
  }

  /** One line for an error: the problem's field and detail. */
  function describeError(e) {
    if (e instanceof ApiError) {
      const f = e.problem.field ? e.problem.field + ': ' : '';
      return f + e.message;
    }
    return t('error.network') + ' (' + e.message + ')';
  }

  let networkPromise = null;
  /** The served network's summary (/api/network), fetched once. */
  function network() {
    if (!networkPromise) networkPromise = api('api/network');
    return networkPromise;
  }

  let configPromise = null;
  function mapConfig() {
    if (!configPromise) {
      configPromise = api('api/config').catch(() => ({}));
    }
    return configPromise;
  }

  const PAGES = [
    {href: 'index.html', key: 'nav.residents'},
    {href: 'planner.html', key: 'nav.planners'},
    {href: 'operator.html', key: 'nav.operators'},
  ];

  function header() {
    const h = document.createElement('header');
    h.className = 'top';
    const page = location.pathname.split('/').pop() || 'index.html';
    h.innerHTML = '<span class="brand">Loopline</span><nav></nav>'
      + '<span class="badge-synthetic" id="synthetic-label" hidden data-i18n="app.synthetic"></span>'
      + '<span class="network-name" id="network-name"></span><span class="spacer"></span>'
      + '<a class="button small" id="sign-in" href="login" hidden data-i18n="nav.signIn"></a>'
      + '<select class="lang" id="lang-select" aria-label="Language / 语言">'
      + '<option value="zh-CN">中文</option><option value="en">English</option></select>';
    const nav = h.querySelector('nav');
    for (const p of PAGES) {
      const a = document.createElement('a');
      a.href = p.href;
      a.dataset.i18n = p.key;
      if (p.href === page) a.className = 'active';
      nav.appendChild(a);
    }
    document.body.prepend(h);
    const sel = h.querySelector('#lang-select');
    sel.value = lang;
    sel.addEventListener('change', () => {
      localStorage.setItem('loopline.lang', sel.value);
      loadLang(sel.value);
    });
    who(h);
    network().then(n => {
      const named = () => { h.querySelector('#network-name').textContent = localName(n.name, n.nameEn); };
      named();
      onLanguage(named);
      // The sample is synthetic: say so on every page, whatever the language.
      h.querySelector('#synthetic-label').hidden = !n.synthetic;
    }).catch(() => {});
  }

  /**
   * Who is signed in, when the server has sign-in (GET /api/me): the name and a sign-out button, or the sign-in link.
   * A server without it answers 404 and the header shows neither.
   */
  async function who(h) {
    const r = await fetch('api/me', {headers: {Accept: 'application/json'}}).catch(() => null);
    if (!r) return;
    if (r.status === 401) {
      h.querySelector('#sign-in').hidden = false;
    } else if (r.ok) {
      const me = await r.json();
      const out = document.createElement('button');
      out.className = 'small';
      out.id = 'sign-out';
      // The label is translated with the page: /api/me may answer before the messages have loaded.
      out.innerHTML = esc(me.name || '') + ' · <span data-i18n="nav.signOut"></span>';
      translatePage(out);
      out.addEventListener('click', async () => {
        await api('logout', {method: 'POST'}).catch(() => {});
        location.reload();
      });
      h.querySelector('#sign-in').after(out);
    }
  }

  /**
   * A Leaflet map on the element: the server's offline street tiles (or the configured external tiles), OSM
   * attribution, fitted to the network's bounds. Returns {map, ready} where ready resolves after the fit.
   */
  function createMap(elementId) {
    const map = L.map(elementId, {zoomControl: true, preferCanvas: false});
    window.Loopline.map = map; // the page's map, for the browser tests and the console
    map.attributionControl.setPrefix(false);
    const ready = Promise.all([network(), mapConfig()]).then(([n, cfg]) => {
      const url = cfg.tileUrl || 'tiles/{z}/{x}/{y}.png';
      L.tileLayer(url, {
        maxZoom: 19,
        maxNativeZoom: cfg.tileUrl ? 19 : 18,
        attribution: cfg.attribution || '© OpenStreetMap contributors',
      }).addTo(map);
      L.control.scale({imperial: false}).addTo(map);
      const b = n.bbox; // [minLon, minLat, maxLon, maxLat]
      if (b && b.length === 4) {
        map.fitBounds([[b[1], b[0]], [b[3], b[2]]], {padding: [10, 10]});
      } else {
        map.setView([29.6, 106.3], 11);
      }
      return map;
    });
    return {map, ready};
  }

  /** Escapes text for innerHTML. */
  function esc(s) {
    return String(s === undefined || s === null ? '' : s).replace(/[&<>"']/g,
      c => ({'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;'}[c]));
  }

  function fmtMinutes(seconds) {
    const m = Math.round(seconds / 60);
    if (m < 60) return t('unit.min', {n: m});
    return t('unit.hmin', {h: Math.floor(m / 60), m: m % 60});
  }

  function fmtNumber(v, digits) {
    if (v === undefined || v === null || Number.isNaN(v)) return '–';
    return Number(v).toLocaleString(lang, {maximumFractionDigits: digits === undefined ? 0 : digits});
  }

  function fmtMeters(m) {
    return m >= 1000 ? t('unit.km', {n: fmtNumber(m / 1000, 1)}) : t('unit.m', {n: Math.round(m)});
  }

  /** "HH:MM" of an ISO local date-time. */
  function clock(iso) {
    return iso ? iso.substring(11, 16) : '';
  }

  /**
   * A stop search box: typing asks /api/stops, picking a match calls onPick(stop). Arrow keys and Enter work.
   */
  function stopSearch(input, onPick) {
    const box = document.createElement('div');
    box.className = 'matches';
    box.hidden = true;
    input.parentNode.classList.add('search');
    input.parentNode.appendChild(box);
    let timer = null;
    let items = [];
    let sel = -1;
    const render = () => {
      box.innerHTML = '';
      items.forEach((s, i) => {
        const d = document.createElement('div');
        d.className = i === sel ? 'sel' : '';
        d.innerHTML = esc(localName(s.name, s.nameEn)) + ' <small>' + esc(s.code || s.id)
          + (s.district ? ' · ' + esc(s.district) : '') + '</small>';
        d.addEventListener('mousedown', ev => { ev.preventDefault(); pick(i); });
        box.appendChild(d);
      });
      box.hidden = items.length === 0;
    };
    let asked = 0; // answers to older questions are dropped: typing fast must not bring back a closed list
    const pick = i => {
      const s = items[i];
      clearTimeout(timer);
      asked++;
      items = [];
      render();
      input.value = localName(s.name, s.nameEn);
      onPick(s);
    };
    input.addEventListener('input', () => {
      clearTimeout(timer);
      const q = input.value.trim();
      if (!q) { items = []; render(); return; }
      timer = setTimeout(async () => {
        const mine = ++asked;
        let found;
        try {
          found = await api('api/stops?limit=12&q=' + encodeURIComponent(q));
        } catch (e) {
          found = [];
        }
        if (mine !== asked) return;
        items = found;
        sel = items.length ? 0 : -1;
        render();
      }, 150);
    });
    input.addEventListener('keydown', ev => {
      if (box.hidden) return;
      if (ev.key === 'ArrowDown') { sel = Math.min(items.length - 1, sel + 1); render(); ev.preventDefault(); }
      if (ev.key === 'ArrowUp') { sel = Math.max(0, sel - 1); render(); ev.preventDefault(); }
      if (ev.key === 'Enter' && sel >= 0) { pick(sel); ev.preventDefault(); }
      if (ev.key === 'Escape') { items = []; render(); }
    });
    input.addEventListener('blur', () => setTimeout(() => { box.hidden = true; }, 150));
  }

  /** Starts a page: language, header, then init(). */
  async function start(init) {
    lang = chooseLang();
    header();
    await loadLang(lang);
    await init();
  }

  window.Loopline = {
    t, onLanguage, localName, api, ApiError, describeError, network, mapConfig, createMap, esc, fmtMinutes,
    fmtNumber, fmtMeters, clock, stopSearch, start, translatePage,
    get lang() { return lang; },
  };
})();
