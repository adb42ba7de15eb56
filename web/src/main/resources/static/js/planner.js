/*
 * The planners' page: the network map (rail, bus routes coloured by operator or district, district borders, the
 * border belt, population and coverage gaps), a travel-time map from any clicked point, and the proposal editor —
 * click existing stops or place new ones (drag them to move), set days, periods and headways, validate, save,
 * duplicate, delete — then evaluate as a job with live progress and read the scores as charts and map layers
 * (the line, the loops it closes with rail, newly covered cells, the per-cell accessibility change), or compare
 * saved proposals side by side.
 */
(function () {
  'use strict';
  const {t, api, esc, fmtNumber, localName, describeError} = Loopline;

  const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  const PALETTE = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf', '#8c564b', '#e377c2', '#bcbd22',
    '#7f7f7f'];
  const LAYERS = [
    {key: 'districts', on: true},
    {key: 'border-belt', on: false},
    {key: 'population', on: false},
    {key: 'coverage', on: false},
    {key: 'routes', on: true},
    {key: 'rail', on: true},
    {key: 'stops', on: false},
  ];

  let map;
  const layers = {};          // key → Leaflet layer (loaded lazily)
  const stopsById = new Map(); // stop id → {id, name, nameEn, lat, lon, district}
  let routeColouring = 'operator';
  let mode = null;            // 'stop' | 'new' | 'tt' | null
  let proposalLayer;
  let resultLayer;
  let ttLayer;
  let saved = [];             // proposals on the server
  let current = null;         // the proposal being edited (YAML-shaped JSON)
  let currentSavedId = null;  // its id on the server, when it was saved
  let job = null;
  let lastResult = null;

  // ---- colours -------------------------------------------------------------------------------------------------
  const colourIndex = new Map();
  function keyColour(k) {
    if (!colourIndex.has(k)) colourIndex.set(k, PALETTE[colourIndex.size % PALETTE.length]);
    return colourIndex.get(k);
  }
  function hex(c, fallback) {
    if (!c) return fallback;
    return c.startsWith('#') ? c : '#' + c;
  }
  function ramp(v, max) { // green (near) → yellow → red (far)
    const x = Math.max(0, Math.min(1, v / max));
    const h = (1 - x) * 120;
    return 'hsl(' + h + ',75%,45%)';
  }

  // ---- layers --------------------------------------------------------------------------------------------------
  function popupOf(props) {
    const rows = Object.entries(props || {}).filter(([, v]) => v !== null && v !== '' && typeof v !== 'object')
      .map(([k, v]) => '<tr><th>' + esc(k) + '</th><td>' + esc(v) + '</td></tr>').join('');
    return '<table class="data">' + rows + '</table>';
  }

  function styleFor(key) {
    switch (key) {
      case 'districts':
        return () => ({color: '#444', weight: 2, dashArray: '8 6', fillColor: '#888', fillOpacity: 0.04});
      case 'border-belt':
        return () => ({color: '#f08c00', weight: 0, fillColor: '#f08c00', fillOpacity: 0.25});
      case 'rail':
        return f => ({color: hex(f.properties.color || f.properties.route_color, '#7b2cbf'), weight: 6, opacity: 0.9});
      case 'routes':
        return f => {
          const p = f.properties;
          const by = routeColouring === 'district' ? (p.district || p.home_district)
            : (p.agency_id || p.operator || p.agency_name);
          return {color: routeColouring === 'own' ? hex(p.color || p.route_color, '#0b6e99') : keyColour(by || '?'),
            weight: 2.5, opacity: 0.75};
        };
      default:
        return () => ({color: '#0b6e99', weight: 1});
    }
  }

  function pointFor(key) {
    return (f, latlng) => {
      const p = f.properties || {};
      if (key === 'stops') {
        const m = L.circleMarker(latlng, {radius: 4, color: '#0b4f6c', weight: 1.5, fillColor: '#fff', fillOpacity: 1,
          className: 'stop-marker'});
        m.on('add', () => m.getElement().setAttribute('data-stop', p.id || p.stop_id));
        m.on('click', ev => {
          if (mode === 'stop') {
            L.DomEvent.stopPropagation(ev);
            addExistingStop(p.id || p.stop_id);
          }
        });
        return m;
      }
      if (key === 'population') {
        const pop = p.population || 0;
        return L.circleMarker(latlng, {radius: Math.min(9, 2 + Math.sqrt(pop) / 6), stroke: false,
          fillColor: '#6f42c1', fillOpacity: 0.35});
      }
      if (key === 'coverage') {
        // A gap matters as much as the people in it: an empty hillside cell is faint, a crowded one strong.
        const covered = p.covered === true || p.covered === 'true' || p.covered === 1;
        const weight = Math.min(1, Math.sqrt((p.population || 0) + (p.jobs || 0)) / 30);
        return L.circleMarker(latlng, {radius: 4, stroke: false, fillColor: covered ? '#2f9e44' : '#e03131',
          fillOpacity: covered ? 0.15 : 0.1 + 0.7 * weight});
      }
      return L.circleMarker(latlng, {radius: 3});
    };
  }

  async function loadLayer(key) {
    if (layers[key]) return layers[key];
    const gj = await api('api/layers/' + key);
    const layer = L.geoJSON(gj, {
      style: styleFor(key),
      pointToLayer: pointFor(key),
      onEachFeature: (f, l) => {
        if (key === 'stops') {
          const p = f.properties;
          const id = p.id || p.stop_id;
          const [lon, lat] = f.geometry.coordinates;
          stopsById.set(id, {id, name: p.name, nameEn: p.name_en || p.nameEn, lat, lon, district: p.district});
          l.bindTooltip(() => esc(localName(p.name, p.name_en || p.nameEn)) + ' <small>' + esc(p.code || id) + '</small>');
        } else if (key === 'routes' || key === 'rail') {
          const p = f.properties;
          l.bindTooltip(esc(p.short_name || p.route_short_name || p.name || '') + ' '
            + esc(p.long_name || p.route_long_name || ''), {sticky: true});
          l.bindPopup(() => popupOf(f.properties));
        } else if (key === 'districts') {
          l.bindTooltip(() => esc(localName(f.properties.name, f.properties.name_en || f.properties.nameEn)),
            {sticky: true});
        } else {
          l.bindPopup(() => popupOf(f.properties));
        }
      },
    });
    layers[key] = layer;
    return layer;
  }

  async function toggleLayer(key, on) {
    const err = document.getElementById('tt-error');
    try {
      const layer = await loadLayer(key);
      if (on) {
        layer.addTo(map);
        if (key === 'districts' || key === 'border-belt' || key === 'population' || key === 'coverage') layer.bringToBack();
      } else {
        map.removeLayer(layer);
      }
    } catch (e) {
      err.textContent = t('planner.layer.' + key) + ': ' + describeError(e);
    }
  }

  function buildLayerToggles() {
    const box = document.getElementById('layer-toggles');
    box.innerHTML = '';
    for (const l of LAYERS) {
      const lab = document.createElement('label');
      lab.style.cssText = 'display:flex;gap:6px;align-items:center;color:var(--ink);font-size:13px';
      lab.innerHTML = '<input type="checkbox" data-layer="' + l.key + '"' + (l.on ? ' checked' : '') + '> <span>'
        + esc(t('planner.layer.' + l.key)) + '</span>';
      lab.querySelector('input').addEventListener('change', ev => {
        l.on = ev.target.checked;
        toggleLayer(l.key, l.on);
      });
      box.appendChild(lab);
    }
    const colour = document.createElement('div');
    colour.innerHTML = '<label for="route-colour">' + esc(t('planner.colourRoutes')) + '</label>'
      + '<select id="route-colour"><option value="operator">' + esc(t('planner.byOperator')) + '</option>'
      + '<option value="district">' + esc(t('planner.byDistrict')) + '</option>'
      + '<option value="own">' + esc(t('planner.byRouteColour')) + '</option></select>';
    box.appendChild(colour);
    const sel = colour.querySelector('select');
    sel.value = routeColouring;
    sel.addEventListener('change', () => {
      routeColouring = sel.value;
      if (layers.routes) layers.routes.setStyle(styleFor('routes'));
    });
  }

  // ---- map modes -----------------------------------------------------------------------------------------------
  let modeControl;
  function setMode(m) {
    mode = mode === m ? null : m;
    document.getElementById('mode-stop').classList.toggle('active', mode === 'stop');
    document.getElementById('mode-new').classList.toggle('active', mode === 'new');
    document.getElementById('tt-pick').classList.toggle('active', mode === 'tt');
    map.getContainer().style.cursor = mode ? 'crosshair' : '';
    if (mode === 'stop') {
      // Existing stops must be on the map to be clicked.
      const cb = document.querySelector('input[data-layer=stops]');
      if (!cb.checked) { cb.checked = true; LAYERS.find(l => l.key === 'stops').on = true; toggleLayer('stops', true); }
    }
    modeControl.getContainer().hidden = !mode;
    modeControl.getContainer().textContent = mode ? t('planner.mode.' + mode) : '';
  }

  function onMapClick(ev) {
    if (mode === 'new') {
      const n = current.stops.filter(s => s.new).length + 1;
      current.stops.push({new: {name: t('planner.newStopName', {n}), lat: round(ev.latlng.lat), lon: round(ev.latlng.lng)}});
      renderProposal();
    } else if (mode === 'tt') {
      travelTime(ev.latlng);
    }
  }

  function round(v) {
    return Math.round(v * 1e6) / 1e6;
  }

  // ---- travel time ---------------------------------------------------------------------------------------------
  async function travelTime(latlng) {
    const err = document.getElementById('tt-error');
    err.textContent = '';
    const n = await Loopline.network();
    const max = Number(document.getElementById('tt-max').value) || 60;
    const at = (n.typicalDate || n.firstServiceDate) + 'T' + (document.getElementById('tt-time').value || '08:00');
    document.getElementById('tt-summary').textContent = t('planner.computing');
    try {
      const r = await api('api/travel-time?from=' + latlng.lat.toFixed(6) + ',' + latlng.lng.toFixed(6) + '&at='
        + encodeURIComponent(at) + '&maxMinutes=' + max);
      ttLayer.clearLayers();
      const feats = r.features || r.cells || [];
      let reached = 0;
      let pop = 0;
      for (const f of feats) {
        const p = f.properties || f;
        const minutes = p.minutes;
        const [lon, lat] = f.geometry ? f.geometry.coordinates : [f.lon, f.lat];
        if (minutes === null || minutes === undefined || minutes > max) continue;
        reached++;
        pop += p.population || 0;
        L.circleMarker([lat, lon], {radius: 5, stroke: false, fillColor: ramp(minutes, max), fillOpacity: 0.6,
          className: 'tt-cell'}).bindTooltip(t('unit.min', {n: Math.round(minutes)})).addTo(ttLayer);
      }
      L.circleMarker(latlng, {radius: 7, color: '#000', weight: 2, fillColor: '#fff', fillOpacity: 1}).addTo(ttLayer);
      document.getElementById('tt-summary').textContent = t('planner.travelTimeSummary',
        {cells: fmtNumber(reached), pop: fmtNumber(pop), max});
    } catch (e) {
      document.getElementById('tt-summary').textContent = '';
      err.textContent = describeError(e);
    }
  }

  // ---- proposals -----------------------------------------------------------------------------------------------
  function blankProposal(operator) {
    return {
      id: 'NEW-' + (saved.length + 1), name: t('planner.newLineName'), name_en: '', operator: operator || '',
      circular: false, stops: [],
      service: {days: ['mon', 'tue', 'wed', 'thu', 'fri'], periods: [
        {from: '06:30', to: '09:30', headway_min: 10}, {from: '09:30', to: '17:00', headway_min: 20},
        {from: '17:00', to: '20:00', headway_min: 10}]},
      vehicle: {type: '12m', capacity: 80}, fare: 2,
    };
  }

  function stopLabel(s) {
    if (s.new) return s.new.name;
    const k = stopsById.get(s.stop);
    return k ? localName(k.name, k.nameEn) : s.stop;
  }

  function stopPosition(s) {
    if (s.new) return [s.new.lat, s.new.lon];
    const k = stopsById.get(s.stop);
    return k ? [k.lat, k.lon] : null;
  }

  function addExistingStop(id) {
    if (!id) return;
    const last = current.stops[current.stops.length - 1];
    if (last && last.stop === id) return; // a line does not stop twice in a row
    current.stops.push({stop: id});
    renderProposal();
  }

  function readEditor() {
    current.id = document.getElementById('p-id').value.trim();
    current.name = document.getElementById('p-name').value.trim();
    const en = document.getElementById('p-name-en').value.trim();
    if (en) current.name_en = en; else delete current.name_en;
    current.operator = document.getElementById('p-operator').value;
    current.circular = document.getElementById('p-circular').checked;
    current.service.days = DAYS.filter(d => document.getElementById('day-' + d).checked);
    current.service.periods = [...document.querySelectorAll('#p-periods tr')].map(tr => ({
      from: tr.querySelector('.from').value, to: tr.querySelector('.to').value,
      headway_min: Number(tr.querySelector('.headway').value),
    }));
    current.vehicle = {type: document.getElementById('p-vehicle').value.trim(),
      capacity: Number(document.getElementById('p-capacity').value)};
    current.fare = Number(document.getElementById('p-fare').value);
    return current;
  }

  function renderEditor() {
    document.getElementById('p-id').value = current.id || '';
    document.getElementById('p-name').value = current.name || '';
    document.getElementById('p-name-en').value = current.name_en || '';
    document.getElementById('p-operator').value = current.operator || '';
    document.getElementById('p-circular').checked = !!current.circular;
    const days = document.getElementById('p-days');
    days.innerHTML = DAYS.map(d => '<label><input type="checkbox" id="day-' + d + '"'
      + (current.service.days.includes(d) ? ' checked' : '') + '> ' + esc(t('day.' + d)) + '</label>').join('');
    const tbody = document.getElementById('p-periods');
    tbody.innerHTML = '';
    current.service.periods.forEach(p => addPeriodRow(p));
    document.getElementById('p-vehicle').value = (current.vehicle && current.vehicle.type) || '';
    document.getElementById('p-capacity').value = (current.vehicle && current.vehicle.capacity) || '';
    document.getElementById('p-fare').value = current.fare;
    renderProposal();
  }

  function addPeriodRow(p) {
    const tr = document.createElement('tr');
    tr.innerHTML = '<td><input type="time" class="from" value="' + esc(p.from) + '"></td>'
      + '<td><input type="time" class="to" value="' + esc(p.to) + '"></td>'
      + '<td><input type="number" class="headway" min="1" max="240" value="' + esc(p.headway_min) + '"></td>'
      + '<td><button class="small" title="' + esc(t('planner.remove')) + '">✕</button></td>';
    tr.querySelector('button').addEventListener('click', () => tr.remove());
    document.getElementById('p-periods').appendChild(tr);
  }

  /** The stop list in the editor and the line on the map (straight between stops; the evaluation routes it). */
  function renderProposal() {
    const list = document.getElementById('p-stops');
    list.innerHTML = '';
    current.stops.forEach((s, i) => {
      const li = document.createElement('li');
      li.className = s.new ? 'new' : '';
      li.innerHTML = '<span class="name"></span>'
        + '<button class="small" data-act="up" title="' + esc(t('planner.up')) + '">↑</button>'
        + '<button class="small" data-act="down" title="' + esc(t('planner.down')) + '">↓</button>'
        + '<button class="small" data-act="remove" title="' + esc(t('planner.remove')) + '">✕</button>';
      if (s.new) {
        const input = document.createElement('input');
        input.type = 'text';
        input.value = s.new.name;
        input.style.padding = '2px 4px';
        input.addEventListener('change', () => { s.new.name = input.value; });
        li.querySelector('.name').appendChild(input);
      } else {
        li.querySelector('.name').textContent = stopLabel(s);
        li.querySelector('.name').title = s.stop;
      }
      li.querySelectorAll('button').forEach(b => b.addEventListener('click', () => {
        const a = b.dataset.act;
        if (a === 'remove') current.stops.splice(i, 1);
        if (a === 'up' && i > 0) [current.stops[i - 1], current.stops[i]] = [current.stops[i], current.stops[i - 1]];
        if (a === 'down' && i < current.stops.length - 1) {
          [current.stops[i + 1], current.stops[i]] = [current.stops[i], current.stops[i + 1]];
        }
        renderProposal();
      }));
      list.appendChild(li);
    });
    proposalLayer.clearLayers();
    const pts = current.stops.map(stopPosition).filter(Boolean);
    if (pts.length >= 2) {
      L.polyline(current.circular ? pts.concat([pts[0]]) : pts, {color: '#d6336c', weight: 4, dashArray: '6 6',
        className: 'proposal-line'}).addTo(proposalLayer);
    }
    current.stops.forEach((s, i) => {
      const p = stopPosition(s);
      if (!p) return;
      if (s.new) {
        const m = L.marker(p, {draggable: true, title: s.new.name,
          icon: L.divIcon({className: '', html: '<div class="new-stop-icon"></div>', iconSize: [0, 0]})});
        m.on('dragend', ev => {
          const q = ev.target.getLatLng();
          s.new.lat = round(q.lat);
          s.new.lon = round(q.lng);
          renderProposal();
        });
        m.bindTooltip((i + 1) + '. ' + esc(s.new.name)).addTo(proposalLayer);
      } else {
        L.circleMarker(p, {radius: 7, color: '#d6336c', weight: 3, fillColor: '#fff', fillOpacity: 1,
          className: 'proposal-stop'}).bindTooltip((i + 1) + '. ' + esc(stopLabel(s))).addTo(proposalLayer);
      }
    });
  }

  function clean(p) {
    // The server takes the YAML proposal's fields only.
    const out = JSON.parse(JSON.stringify(p));
    out.stops = out.stops.map(s => (s.new ? {new: s.new} : {stop: s.stop}));
    if (!out.name_en) delete out.name_en;
    return out;
  }

  function showMessage(ok, text) {
    document.getElementById('p-error').textContent = ok ? '' : text;
    document.getElementById('p-message').textContent = ok ? text : '';
  }

  async function refreshSaved() {
    try {
      const r = await api('api/proposals');
      saved = Array.isArray(r) ? r : (r.proposals || []);
    } catch (e) {
      saved = [];
    }
    renderSavedList();
    renderCompareList();
  }

  function savedProposal(item) {
    return item.proposal || item;
  }

  /** Empties a list box (or says there is nothing saved) and calls f(item, proposal, id, box) per saved one. */
  function eachSaved(boxId, f) {
    const box = document.getElementById(boxId);
    box.innerHTML = saved.length ? '' : '<p class="hint">' + esc(t('planner.noneSaved')) + '</p>';
    saved.forEach(item => {
      const p = savedProposal(item);
      f(item, p, item.id || p.id, box);
    });
  }

  function renderSavedList() {
    eachSaved('proposal-list', (item, p, id, box) => {
      const div = document.createElement('div');
      div.className = 'proposal-item';
      div.innerHTML = '<span class="name"></span><small class="muted"></small>';
      div.querySelector('.name').textContent = localName(p.name, p.name_en || p.nameEn) + (id === currentSavedId ? ' ✎' : '');
      div.querySelector('small').textContent = id;
      div.querySelector('.name').addEventListener('click', () => openProposal(item));
      box.appendChild(div);
    });
  }

  async function openProposal(item) {
    let p;
    try {
      p = await api('api/proposals/' + encodeURIComponent(item.id));
    } catch (e) {
      showMessage(false, describeError(e));
      return;
    }
    if (!p.stops) {
      // A proposal that changes existing routes: the editor draws new lines only; it can still be evaluated.
      showMessage(false, t('planner.notALine', {id: item.id}));
      currentSavedId = item.id;
      renderSavedList();
      return;
    }
    current = JSON.parse(JSON.stringify(p));
    current.service = current.service || {days: [], periods: []};
    currentSavedId = item.id;
    renderEditor();
    renderSavedList();
    showMessage(true, '');
    const pts = current.stops.map(stopPosition).filter(Boolean);
    if (pts.length) map.fitBounds(pts, {padding: [60, 60], maxZoom: 15});
  }

  async function save() {
    const body = clean(readEditor());
    try {
      const r = currentSavedId
        ? await api('api/proposals/' + encodeURIComponent(currentSavedId), {method: 'PUT', json: body})
        : await api('api/proposals', {method: 'POST', json: body});
      currentSavedId = (r && (r.id || (r.proposal && r.proposal.id))) || body.id;
      showMessage(true, t('planner.saved', {id: currentSavedId}));
      await refreshSaved();
      return true;
    } catch (e) {
      showMessage(false, describeError(e));
      return false;
    }
  }

  async function validate() {
    try {
      const r = await api('api/proposals/validate', {method: 'POST', json: clean(readEditor())});
      const warnings = (r && r.warnings) || [];
      showMessage(true, t('planner.valid') + (warnings.length ? ' ' + warnings.join(' · ') : ''));
    } catch (e) {
      showMessage(false, describeError(e));
    }
  }

  async function remove() {
    if (!currentSavedId) return;
    try {
      await api('api/proposals/' + encodeURIComponent(currentSavedId), {method: 'DELETE'});
    } catch (e) {
      showMessage(false, describeError(e));
      return;
    }
    currentSavedId = null;
    current = blankProposal(document.getElementById('p-operator').value);
    renderEditor();
    await refreshSaved();
  }

  function duplicate() {
    readEditor();
    current = JSON.parse(JSON.stringify(current));
    current.id = (current.id || 'P') + '-2';
    current.name = t('planner.copyOf', {name: current.name});
    currentSavedId = null;
    renderEditor();
    renderSavedList();
    showMessage(true, t('planner.duplicated'));
  }

  // ---- evaluation ----------------------------------------------------------------------------------------------
  function switchTab(name) {
    document.querySelectorAll('.tabs button').forEach(b => b.classList.toggle('active', b.dataset.tab === name));
    document.querySelectorAll('.tab').forEach(s => s.classList.toggle('active', s.id === 'tab-' + name));
    if (name === 'results' && lastResult) Charts.resize();
  }

  async function evaluate() {
    if (mode) setMode(mode); // leave drawing mode: the map now shows the scores
    if (!(await save())) return;
    await runJob('api/evaluations', {proposalIds: [currentSavedId],
      accessibility: document.getElementById('p-accessibility').checked}, result => {
      lastResult = result;
      renderResults(result);
    });
  }

  async function runJob(path, body, onDone) {
    switchTab(path.includes('comparisons') ? 'compare' : 'results');
    const box = document.getElementById('job-box');
    const bar = document.getElementById('job-bar');
    const msg = document.getElementById('job-message');
    const errEl = document.getElementById(path.includes('comparisons') ? 'c-error' : 'job-error');
    errEl.textContent = '';
    box.hidden = false;
    bar.style.width = '0';
    msg.textContent = t('planner.starting');
    try {
      const started = await api(path, {method: 'POST', json: body});
      job = started.jobId || started.id;
      for (;;) {
        const s = await api('api/jobs/' + encodeURIComponent(job));
        bar.style.width = Math.round((s.progress || 0) * 100) + '%';
        msg.textContent = (s.stage || '') + ' ' + Math.round((s.progress || 0) * 100) + '%';
        const state = String(s.state || '').toUpperCase();
        if (['DONE', 'SUCCEEDED', 'COMPLETED', 'FINISHED'].includes(state)) {
          box.hidden = true;
          onDone(s.result);
          break;
        }
        if (['FAILED', 'ERROR', 'CANCELLED', 'CANCELED'].includes(state)) {
          box.hidden = true;
          errEl.textContent = state === 'FAILED' || state === 'ERROR'
            ? ((s.error && ((s.error.field ? s.error.field + ': ' : '') + s.error.detail)) || t('planner.failed'))
            : t('planner.cancelled');
          break;
        }
        await new Promise(r => setTimeout(r, 400));
      }
    } catch (e) {
      box.hidden = true;
      errEl.textContent = describeError(e);
    } finally {
      job = null;
    }
  }

  async function cancelJob() {
    if (job) {
      try { await api('api/jobs/' + encodeURIComponent(job), {method: 'DELETE'}); } catch (e) { /* already over */ }
    }
  }

  function renderResults(result) {
    const box = document.getElementById('results');
    box.innerHTML = '';
    const proposals = (result && result.proposals) || [];
    if (!proposals.length) {
      box.innerHTML = '<p class="hint">' + esc(t('planner.noResults')) + '</p>';
      return;
    }
    Charts.evaluation(box, result);
    drawResultLayers(result);
  }

  /** Positions of stop ids: the network's stops and the evaluated proposals' own (new) stops. */
  function stopPositions(result) {
    const pos = new Map();
    stopsById.forEach((s, id) => pos.set(id, [s.lat, s.lon]));
    for (const p of result.proposals || []) {
      for (const s of p.stops || []) pos.set(s.stop_id, [s.lat, s.lon]);
    }
    return pos;
  }

  /**
   * The report's map layers; a report without them (the plain report JSON) still has each line's stops and each
   * loop's bus and rail paths as stop ids, which are enough to draw the line and the loops it closes.
   */
  function layersOf(result) {
    if (result.layers) return result.layers;
    const pos = stopPositions(result);
    const feature = (type, coords, props) => ({type: 'Feature', geometry: {type, coordinates: coords},
      properties: props});
    const lonLat = id => { const p = pos.get(id); return p ? [p[1], p[0]] : null; };
    const lines = [];
    const loops = [];
    for (const p of result.proposals || []) {
      const coords = (p.stops || []).map(s => [s.lon, s.lat]);
      if (p.circular && coords.length) coords.push(coords[0]);
      if (coords.length >= 2) lines.push(feature('LineString', coords, {proposal: p.id, name: p.name}));
      for (const l of (p.loops && p.loops.closed) || []) {
        const ring = (l.bus_path || []).concat((l.rail_path || []).slice(1)).map(lonLat).filter(Boolean);
        if (ring.length >= 3) {
          ring.push(ring[0]);
          loops.push(feature('Polygon', [ring], {proposal: p.id, from_station: l.from_station_name,
            to_station: l.to_station_name, area_km2: l.area_km2}));
        }
      }
    }
    return {lines: {type: 'FeatureCollection', features: lines}, loops: {type: 'FeatureCollection', features: loops}};
  }

  function drawResultLayers(result) {
    resultLayer.clearLayers();
    const ls = layersOf(result || {});
    const add = (gj, opts) => gj && L.geoJSON(gj, opts).addTo(resultLayer);
    add(ls.accessibility_change, {pointToLayer: (f, ll) => {
      const d = f.properties.delta || 0;
      return L.circleMarker(ll, {radius: 5, stroke: false, fillColor: d > 0 ? '#2b8a3e' : d < 0 ? '#c92a2a' : '#adb5bd',
        fillOpacity: Math.min(0.85, 0.2 + Math.abs(d) / 2000), className: 'access-cell'})
        .bindTooltip(t('planner.accessDelta', {d: fmtNumber(d)}));
    }});
    add(ls.newly_covered, {pointToLayer: (f, ll) => L.circleMarker(ll, {radius: 4, stroke: false,
      fillColor: '#1971c2', fillOpacity: 0.5, className: 'covered-cell'})});
    add(ls.loops, {style: () => ({color: '#e8590c', weight: 2, fillColor: '#ffa94d', fillOpacity: 0.25,
      className: 'loop-polygon'}), onEachFeature: (f, l) => l.bindTooltip(esc(t('planner.loopTip', {
        from: f.properties.from_station, to: f.properties.to_station, km2: fmtNumber(f.properties.area_km2, 1)})))});
    add(ls.lines, {style: () => ({color: '#d6336c', weight: 5, className: 'result-line'})});
    add(ls.new_stops, {pointToLayer: (f, ll) => L.circleMarker(ll, {radius: 5, color: '#d6336c', fillColor: '#fff',
      fillOpacity: 1})});
    const b = resultLayer.getLayers().length ? L.featureGroup(resultLayer.getLayers()).getBounds() : null;
    if (b && b.isValid()) map.fitBounds(b, {padding: [30, 30]});
  }

  // ---- comparison ----------------------------------------------------------------------------------------------
  function renderCompareList() {
    eachSaved('compare-list', (item, p, id, box) => {
      const lab = document.createElement('label');
      lab.style.cssText = 'display:flex;gap:6px;align-items:center;color:var(--ink);font-size:13px';
      lab.innerHTML = '<input type="checkbox" value="' + esc(id) + '"> <span></span>';
      lab.querySelector('span').textContent = localName(p.name, p.name_en || p.nameEn) + ' (' + id + ')';
      box.appendChild(lab);
    });
  }

  async function compare() {
    const ids = [...document.querySelectorAll('#compare-list input:checked')].map(i => i.value);
    if (!ids.length) {
      document.getElementById('c-error').textContent = t('planner.pickSome');
      return;
    }
    const scenarios = {};
    ids.forEach(id => { scenarios[id] = [id]; });
    if (ids.length > 1) scenarios[t('planner.allTogether')] = ids;
    await runJob('api/comparisons', {scenarios}, result => Charts.comparison(document.getElementById('compare-results'),
      result));
  }

  // ---- start ---------------------------------------------------------------------------------------------------
  async function fillOperators() {
    const sel = document.getElementById('p-operator');
    const n = await Loopline.network();
    let ops = n.operators || n.agencies || [];
    if (!ops.length) {
      try {
        const routes = await loadLayer('routes');
        const seen = new Map();
        routes.eachLayer(l => {
          const p = l.feature && l.feature.properties;
          if (p && p.agency_id && !seen.has(p.agency_id)) seen.set(p.agency_id, p.operator || p.agency_name || p.agency_id);
        });
        ops = [...seen].map(([id, name]) => ({id, name}));
      } catch (e) { /* the editor still takes a typed operator */ }
    }
    sel.innerHTML = ops.map(o => '<option value="' + esc(o.id) + '">' + esc(o.name || o.id) + '</option>').join('');
  }

  Loopline.start(async () => {
    const m = Loopline.createMap('map');
    map = m.map;
    ttLayer = L.layerGroup().addTo(map);
    resultLayer = L.layerGroup().addTo(map);
    proposalLayer = L.layerGroup().addTo(map);
    modeControl = L.control({position: 'topright'});
    modeControl.onAdd = () => { const d = L.DomUtil.create('div', 'map-mode'); d.hidden = true; return d; };
    modeControl.addTo(map);
    map.on('click', onMapClick);
    await m.ready;
    document.querySelectorAll('.tabs button').forEach(b => b.addEventListener('click', () => switchTab(b.dataset.tab)));
    buildLayerToggles();
    for (const l of LAYERS) if (l.on) toggleLayer(l.key, true);
    await loadLayer('stops').catch(() => {}); // names for the editor's stop list
    await fillOperators();
    current = blankProposal(document.getElementById('p-operator').value);
    renderEditor();
    await refreshSaved();
    document.getElementById('mode-stop').addEventListener('click', () => setMode('stop'));
    document.getElementById('mode-new').addEventListener('click', () => setMode('new'));
    document.getElementById('tt-pick').addEventListener('click', () => setMode('tt'));
    document.getElementById('tt-clear').addEventListener('click', () => { ttLayer.clearLayers();
      document.getElementById('tt-summary').textContent = ''; });
    document.getElementById('p-circular').addEventListener('change', () => { current.circular =
      document.getElementById('p-circular').checked; renderProposal(); });
    document.getElementById('p-add-period').addEventListener('click', () => addPeriodRow({from: '20:00', to: '22:00',
      headway_min: 20}));
    document.getElementById('p-new').addEventListener('click', () => { currentSavedId = null;
      current = blankProposal(document.getElementById('p-operator').value); renderEditor(); renderSavedList(); });
    document.getElementById('p-duplicate').addEventListener('click', duplicate);
    document.getElementById('p-delete').addEventListener('click', remove);
    document.getElementById('p-validate').addEventListener('click', validate);
    document.getElementById('p-save').addEventListener('click', save);
    document.getElementById('p-evaluate').addEventListener('click', evaluate);
    document.getElementById('job-cancel').addEventListener('click', cancelJob);
    document.getElementById('c-run').addEventListener('click', compare);
    Loopline.onLanguage(() => {
      buildLayerToggles();
      readEditor();
      renderEditor();
      renderSavedList();
      if (lastResult) renderResults(lastResult);
    });
  });
})();
