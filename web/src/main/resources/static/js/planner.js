/*
 * The planners' page: the network map (rail, bus routes coloured by operator or district, district borders, the
 * border belt, population and coverage gaps), a travel-time map from any clicked point, and the proposal editor —
 * a new line (click existing stops or place new ones, drag them to move, set days, periods and headways) or changes
 * to existing routes (pick a route on the map or from the list, choose the change, fill its fields; changes.js) —
 * validate (a problem shows next to its field), save, duplicate, delete; then evaluate as a job with live progress
 * and read the scores as charts and the job's map layers (the lines as routed on the streets, the loops closed with
 * rail, newly covered cells and cells losing coverage, the per-cell accessibility change; a legend toggles each), or
 * compare saved proposals side by side with the difference map between two of them.
 */
(function () {
  'use strict';
  const {t, api, ApiError, esc, fmtNumber, localName, describeError} = Loopline;

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
  let resultLegend;
  const routesById = new Map(); // route id → properties of the routes layer
  let stopTarget = null;      // in 'stop' mode, where a clicked stop goes instead of the line (a change's field)
  let routeTarget = null;     // in 'route' mode, where a clicked route goes
  let ttLayer;
  let saved = [];             // proposals on the server
  let current = null;         // the proposal being edited (YAML-shaped JSON)
  let currentSavedId = null;  // its id on the server, when it was saved
  let job = null;
  let lastResult = null;
  let pendingLayers = null;   // the restored last evaluation, whose map layers are drawn when its scores are opened
  const LAST_EVALUATION = 'loopline.lastEvaluation';
  const EVALUATION_LAYERS = ['accessibility_change', 'newly_covered', 'gained', 'lost', 'loops', 'before', 'lines',
    'after', 'new_stops'];

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
            const id = p.id || p.stop_id;
            if (stopTarget) {
              if (!stopTarget(id)) setMode(null); // a single pick ends the mode; a list keeps picking
            } else {
              addExistingStop(id);
            }
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
          l.bindTooltip(() => esc(p.short_name || p.route_short_name || p.name || '') + ' '
            + esc(localName(p.long_name || p.route_long_name, p.long_name_en)), {sticky: true});
          l.bindPopup(() => popupOf(f.properties));
          if (key === 'routes') {
            routesById.set(p.route_id, {props: p, feature: f});
            l.on('add', () => l.getElement() && l.getElement().setAttribute('data-route', p.route_id));
            l.on('click', ev => {
              if (mode !== 'route') return;
              L.DomEvent.stopPropagation(ev);
              l.closePopup();
              const target = routeTarget;
              setMode(null);
              if (target) target(p.route_id);
            });
          }
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
    if (mode !== 'stop') stopTarget = null;
    if (mode !== 'route') routeTarget = null;
    map.getContainer().style.cursor = mode ? 'crosshair' : '';
    if (mode === 'stop' || mode === 'route') {
      // Existing stops (routes) must be on the map to be clicked.
      const key = mode === 'stop' ? 'stops' : 'routes';
      const cb = document.querySelector('input[data-layer=' + key + ']');
      if (!cb.checked) { cb.checked = true; LAYERS.find(l => l.key === key).on = true; toggleLayer(key, true); }
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

  /** A proposal of changes to existing routes (the other format is one new line). */
  function isChanges(p) {
    return !!p && Array.isArray(p.changes);
  }

  function blankChanges() {
    return {id: 'CHG-' + (saved.length + 1), name: t('changes.newName'), changes: [ChangeEditor.blank('headway')]};
  }

  /** What the change editor needs of the page: picking on the map, and names of routes and stops. */
  const changeContext = {
    pickRoute: cb => pickOnMap('route', cb),
    pickStop: cb => pickOnMap('stop', cb),
    routeLabel: id => {
      const r = routesById.get(id);
      return r ? routeText(r.props) : '';
    },
    stopLabel: id => {
      const k = stopsById.get(id);
      return k ? localName(k.name, k.nameEn) + ' (' + id + ')' : id;
    },
    onChange: () => renderProposal(),
    // New lines saved with the line editor: what a replacement or an added line can run.
    savedLines: () => saved.filter(item => (item.changes || []).length === 1 && item.changes[0] === 'new_line')
      .map(item => ({id: item.id, name: localName(item.name, item.nameEn)})),
    loadLine: id => api('api/proposals/' + encodeURIComponent(id))
      .then(doc => (doc.stops ? doc : doc.changes[0].line)), // a line file, or a proposal adding one line
  };

  function pickOnMap(m, target) {
    if (mode !== m) setMode(m);
    if (m === 'stop') stopTarget = target; else routeTarget = target;
    modeControl.getContainer().textContent = t('changes.mode.' + m);
  }

  function fillRouteOptions() {
    const list = document.getElementById('route-options');
    const rows = [...routesById.values()].map(r => r.props).filter(p => p.mode !== 'rail')
      .sort((a, b) => String(a.route_id).localeCompare(String(b.route_id)));
    list.innerHTML = rows.map(p => '<option value="' + esc(p.route_id) + '">' + esc(routeText(p)) + '</option>')
      .join('');
  }

  // Existing routes in the score tables: short and long name as the results give them, the long one in the page's
  // language (from the routes layer); new lines keep the name their proposal gives.
  Charts.nameRoutesWith(r => {
    const k = routesById.get(r.route_id);
    return k ? [k.props.short_name, localName(k.props.long_name, k.props.long_name_en)].filter(Boolean).join(' ')
      : null;
  });

  /** A route as the page names it: short name · long name · operator, in the page's language where translated. */
  function routeText(p) {
    return [p.name, localName(p.long_name, p.long_name_en), localName(p.operator, p.operator_en)]
      .filter(Boolean).join(' · ');
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
    if (isChanges(current)) return current; // the change cards edit the document as they go
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
    const changes = isChanges(current);
    document.querySelector('#p-kind input[value=' + (changes ? 'changes' : 'line') + ']').checked = true;
    document.getElementById('changes-fields').hidden = !changes;
    document.getElementById('line-fields').hidden = changes;
    document.getElementById('p-operator-box').hidden = changes;
    if (changes) {
      ChangeEditor.render(document.getElementById('p-changes'), current, changeContext);
      return;
    }
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

  /** The routes a change proposal names, drawn over the network so the planner sees what is picked. */
  function renderPickedRoutes() {
    proposalLayer.clearLayers();
    for (const id of ChangeEditor.routes(current)) {
      const r = routesById.get(id);
      if (r) {
        L.geoJSON(r.feature, {style: () => ({color: '#d6336c', weight: 6, opacity: 0.8, className: 'picked-route'})})
          .bindTooltip(esc(id + ' · ' + changeContext.routeLabel(id)), {sticky: true}).addTo(proposalLayer);
      }
    }
  }

  /** The stop list in the editor and the line on the map (straight between stops; the evaluation routes it). */
  function renderProposal() {
    if (isChanges(current)) {
      renderPickedRoutes();
      return;
    }
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
    if (isChanges(out)) {
      const doc = {id: out.id, name: out.name};
      if (out.name_en) doc.name_en = out.name_en;
      doc.changes = out.changes;
      return doc;
    }
    out.stops = out.stops.map(s => (s.new ? {new: s.new} : {stop: s.stop}));
    if (!out.name_en) delete out.name_en;
    return out;
  }

  function showMessage(ok, text) {
    document.getElementById('p-error').textContent = ok ? '' : text;
    document.getElementById('p-message').textContent = ok ? text : '';
  }

  /** A refused proposal: the problem next to the field it names when the editor shows that field, else below. */
  function showProblem(e) {
    const editor = document.getElementById('tab-proposal');
    ChangeEditor.clearErrors(editor);
    const field = e && e.problem && e.problem.field;
    showMessage(false, describeError(e));
    if (field) ChangeEditor.showError(editor, field, e.message);
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
    current = JSON.parse(JSON.stringify(p));
    if (!isChanges(current)) current.service = current.service || {days: [], periods: []};
    currentSavedId = item.id;
    renderEditor();
    renderSavedList();
    showMessage(true, '');
    const b = proposalLayer.getLayers().length ? L.featureGroup(proposalLayer.getLayers()).getBounds() : null;
    if (b && b.isValid()) map.fitBounds(b, {padding: [60, 60], maxZoom: 15});
  }

  async function save() {
    ChangeEditor.clearErrors(document.getElementById('tab-proposal'));
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
      showProblem(e);
      return false;
    }
  }

  async function validate() {
    ChangeEditor.clearErrors(document.getElementById('tab-proposal'));
    try {
      const r = await api('api/proposals/validate', {method: 'POST', json: clean(readEditor())});
      const warnings = (r && r.warnings) || [];
      // What the proposal would do to each route, one line each.
      const outcomes = ((r && r.routes) || []).map(o => o.routeId + ' (' + String(o.kind).toLowerCase() + '): '
        + (o.changes || []).join('; '));
      showMessage(true, [t('planner.valid')].concat(outcomes, warnings).join('\n'));
    } catch (e) {
      showProblem(e);
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
    current = isChanges(current) ? blankChanges() : blankProposal(document.getElementById('p-operator').value);
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
    if (name === 'results' && pendingLayers) {
      const view = pendingLayers;
      const shown = lastResult;
      pendingLayers = null;
      showJobLayers(view, EVALUATION_LAYERS, 'legend.evaluation', () => lastResult === shown && !job)
        .catch(e => { document.getElementById('job-error').textContent = describeError(e); });
    }
  }

  /**
   * The signed-in planner's earlier evaluations that finished, newest first (the server keeps their results and
   * map layers), offered above the scores to bring one back.
   */
  async function refreshEarlier() {
    const sel = document.getElementById('job-history');
    let list;
    try {
      list = await api('api/jobs?limit=30');
    } catch (e) {
      return; // signed out, or the server is away: the list simply stays as it was
    }
    const done = list.filter(j => j.kind === 'evaluation' && j.state === 'DONE');
    const when = iso => new Date(iso).toLocaleString(Loopline.lang || undefined);
    sel.innerHTML = '<option value="">' + esc(t('planner.pickEarlier')) + '</option>' + done.map(j => '<option value="'
      + esc(j.id) + '">' + esc(when(j.created) + ' · ' + (j.title || j.id)) + '</option>').join('');
    sel.closest('.earlier').hidden = !done.length;
  }

  /** Shows an earlier evaluation's scores and draws its map layers, as when it had just finished. */
  async function openEarlier(id) {
    if (!id || job) return;
    const errEl = document.getElementById('job-error');
    errEl.textContent = '';
    try {
      const view = await api('api/jobs/' + encodeURIComponent(id));
      lastResult = view.result;
      pendingLayers = null;
      localStorage.setItem(LAST_EVALUATION, id);
      renderResults(view.result);
      const shown = lastResult;
      await showJobLayers(view, EVALUATION_LAYERS, 'legend.evaluation', () => lastResult === shown && !job);
    } catch (e) {
      errEl.textContent = describeError(e);
    }
  }

  /**
   * The scores of the last evaluation run in this browser, back after a reload, the next day or a restart of the
   * server (which keeps the result and its map layers): shown in the Scores tab, drawn when that tab is opened.
   * A job the server no longer has is forgotten here too.
   */
  async function restoreLastEvaluation() {
    const id = localStorage.getItem(LAST_EVALUATION);
    if (!id) return;
    let view;
    try {
      view = await api('api/jobs/' + encodeURIComponent(id));
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) localStorage.removeItem(LAST_EVALUATION);
      return;
    }
    if (String(view.state || '').toUpperCase() !== 'DONE' || lastResult || job) return;
    lastResult = view.result;
    renderResults(view.result);
    pendingLayers = view;
    if (document.getElementById('tab-results').classList.contains('active')) switchTab('results');
  }

  async function evaluate() {
    if (mode) setMode(mode); // leave drawing mode: the map now shows the scores
    if (!(await save())) return;
    await runJob('api/evaluations', {proposalIds: [currentSavedId],
      accessibility: document.getElementById('p-accessibility').checked}, async (result, view) => {
      lastResult = result;
      pendingLayers = null;
      localStorage.setItem(LAST_EVALUATION, view.id);
      renderResults(result);
      refreshEarlier();
      try {
        await showJobLayers(view, EVALUATION_LAYERS, 'legend.evaluation');
      } catch (e) {
        document.getElementById('job-error').textContent = describeError(e);
      }
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
          await onDone(s.result, s);
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
    if (!((result && result.proposals) || []).length && !((result && result.scenarios) || []).length) {
      box.innerHTML = '<p class="hint">' + esc(t('planner.noResults')) + '</p>';
      return;
    }
    Charts.evaluation(box, result);
  }

  /**
   * The result layers the legend offers, in drawing order (cells under lines): each a job layer, or the part of one
   * whose features pass a filter. Every value drawn is the job's own (the layers `evaluate` writes).
   */
  const RESULT_LAYERS = [
    {key: 'accessibility_change', source: 'accessibility_change', swatch: 'linear-gradient(90deg,#c92a2a,#dee2e6,#2b8a3e)'},
    {key: 'difference', source: 'difference', swatch: 'linear-gradient(90deg,#c92a2a,#dee2e6,#2b8a3e)'},
    {key: 'newly_covered', source: 'newly_covered', swatch: '#1971c2'},
    {key: 'gained', source: 'scenario_cells', filter: p => p.status === 'gained', swatch: '#1971c2'},
    {key: 'lost', source: 'scenario_cells', filter: p => p.status === 'lost', swatch: '#f08c00'},
    {key: 'loops', source: 'loops', swatch: '#ffa94d'},
    {key: 'before', source: 'scenario_lines', filter: p => p.when === 'before', swatch: '#868e96'},
    {key: 'lines', source: 'lines', swatch: '#d6336c'},
    {key: 'after', source: 'scenario_lines', filter: p => p.when === 'after', swatch: '#d6336c'},
    {key: 'new_stops', source: 'new_stops', swatch: '#ffffff'},
  ];
  let shownLayers = null; // {title, entries: [{def, layer, count, max}]} of the last job drawn

  function maxAbs(features, key) {
    return features.reduce((m, f) => Math.max(m, Math.abs(Number(f.properties[key]) || 0)), 0) || 1;
  }

  /** Cells coloured by a signed value: green more, red fewer, stronger for larger changes. */
  function signedCells(features, key, cls, tip) {
    const max = maxAbs(features, key);
    return L.geoJSON({type: 'FeatureCollection', features}, {pointToLayer: (f, ll) => {
      const d = Number(f.properties[key]) || 0;
      return L.circleMarker(ll, {radius: 5, stroke: false, fillColor: d > 0 ? '#2b8a3e' : '#c92a2a',
        fillOpacity: 0.25 + 0.65 * Math.abs(d) / max, className: cls})
        .bindTooltip(esc(tip(d, f.properties)));
    }});
  }

  function leafletLayer(def, features) {
    const fc = {type: 'FeatureCollection', features};
    switch (def.key) {
      case 'accessibility_change':
        return signedCells(features, 'jobs_reachable_change', 'access-cell', (d, p) =>
          t('planner.accessDelta', {d: (d > 0 ? '+' : '') + fmtNumber(d)}) + ' · ' + p.cell_id);
      case 'difference': {
        const key = features.length && 'jobs_reachable_change' in features[0].properties ? 'jobs_reachable_change'
          : 'residents_covered_change';
        return signedCells(features, key, 'diff-cell', (d, p) => (d > 0 ? '+' : '') + fmtNumber(d) + ' '
          + t(key === 'jobs_reachable_change' ? 'legend.jobs' : 'legend.residents') + ' · ' + p.cell_id);
      }
      case 'newly_covered':
      case 'gained':
      case 'lost':
        return L.geoJSON(fc, {pointToLayer: (f, ll) => L.circleMarker(ll, {radius: 4, stroke: false,
          fillColor: def.swatch, fillOpacity: 0.6, className: def.key === 'lost' ? 'lost-cell' : 'covered-cell'})
          .bindTooltip(esc(t('legend.' + def.key) + ': ' + fmtNumber(f.properties.population) + ' '
            + t('legend.residents')))});
      case 'loops':
        return L.geoJSON(fc, {style: () => ({color: '#e8590c', weight: 2, fillColor: '#ffa94d', fillOpacity: 0.25,
          className: 'loop-polygon'}), onEachFeature: (f, l) => l.bindTooltip(esc(t('planner.loopTip', {
          from: f.properties.from_station, to: f.properties.to_station, km2: fmtNumber(f.properties.area_km2, 1)})))});
      case 'before':
        return L.geoJSON(fc, {style: () => ({color: '#868e96', weight: 5, dashArray: '4 6', className: 'before-line'}),
          onEachFeature: (f, l) => l.bindTooltip(esc(t('legend.before') + ': ' + f.properties.name), {sticky: true})});
      case 'new_stops':
        return L.geoJSON(fc, {pointToLayer: (f, ll) => L.circleMarker(ll, {radius: 5, color: '#d6336c',
          fillColor: '#fff', fillOpacity: 1}).bindTooltip(esc(f.properties.name))});
      default: // lines, after: as routed on the streets
        return L.geoJSON(fc, {style: () => ({color: '#d6336c', weight: 5, className: 'result-line'}),
          onEachFeature: (f, l) => l.bindTooltip(esc(f.properties.name || f.properties.proposal), {sticky: true})});
    }
  }

  /**
   * Loads a finished job's map layers (those of `keys` it has) and draws them with the legend; the view is the job
   * as GET /api/jobs/{id} gives it.
   */
  async function showJobLayers(view, keys, title, stillWanted) {
    const have = new Set(view.layers || []);
    const defs = RESULT_LAYERS.filter(d => keys.includes(d.key) && have.has(d.source));
    const sources = {};
    for (const src of new Set(defs.map(d => d.source))) {
      sources[src] = await api('api/jobs/' + encodeURIComponent(view.id) + '/layers/' + src);
    }
    if (stillWanted && !stillWanted()) return; // a newer result came while these loaded
    resultLayer.clearLayers();
    const entries = [];
    for (const def of defs) {
      const features = (sources[def.source].features || []).filter(f => !def.filter || def.filter(f.properties));
      if (!features.length) continue;
      const layer = leafletLayer(def, features);
      layer.addTo(resultLayer);
      entries.push({def, layer, count: features.length, on: true});
    }
    shownLayers = {title, entries};
    renderLegend();
    const b = resultLayer.getLayers().length ? L.featureGroup(resultLayer.getLayers()).getBounds() : null;
    if (b && b.isValid()) map.fitBounds(b, {padding: [30, 30]});
  }

  /** The legend of the drawn result layers: a swatch, what it shows, how many features, a toggle each. */
  function renderLegend() {
    const box = resultLegend.getContainer();
    box.hidden = !shownLayers || !shownLayers.entries.length;
    if (box.hidden) return;
    box.innerHTML = '<h4>' + esc(t(shownLayers.title)) + '</h4>';
    for (const e of shownLayers.entries) {
      const lab = document.createElement('label');
      lab.innerHTML = '<input type="checkbox" data-result-layer="' + e.def.key + '"' + (e.on ? ' checked' : '')
        + '> <span class="swatch" style="background:' + e.def.swatch + ';border:1px solid #adb5bd"></span> <span>'
        + esc(t('legend.' + e.def.key)) + ' (' + fmtNumber(e.count) + ')</span>';
      lab.querySelector('input').addEventListener('change', ev => {
        e.on = ev.target.checked;
        if (e.on) e.layer.addTo(resultLayer); else resultLayer.removeLayer(e.layer);
      });
      box.appendChild(lab);
    }
    L.DomEvent.disableClickPropagation(box);
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
    // Each alone, and (several) together under a name the API takes: the ids joined, or "together" when too long.
    const scenarios = {};
    ids.forEach(id => { scenarios[id] = [id]; });
    if (ids.length > 1) scenarios[ids.join('+').length <= 40 ? ids.join('+') : 'together'] = ids;
    const difference = ids.length > 1 ? [ids[0], ids[1]] : ['baseline', ids[0]];
    await runJob('api/comparisons', {scenarios, difference}, async (result, view) => {
      const box = document.getElementById('compare-results');
      Charts.comparison(box, result);
      const note = document.createElement('p');
      note.className = 'hint difference-note';
      note.textContent = t('compare.difference', {a: difference[0] === 'baseline' ? t('compare.baseline')
        : difference[0], b: difference[1]});
      box.appendChild(note);
      try {
        await showJobLayers(view, ['difference', 'after'], 'legend.comparison');
      } catch (e) {
        document.getElementById('c-error').textContent = describeError(e);
      }
    });
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
          if (p && p.agency_id && !seen.has(p.agency_id)) seen.set(p.agency_id, localName(p.operator || p.agency_name, p.operator_en) || p.agency_id);
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
    resultLegend = L.control({position: 'bottomright'});
    resultLegend.onAdd = () => { const d = L.DomUtil.create('div', 'result-legend'); d.id = 'result-legend';
      d.hidden = true; return d; };
    resultLegend.addTo(map);
    map.on('click', onMapClick);
    await m.ready;
    document.querySelectorAll('.tabs button').forEach(b => b.addEventListener('click', () => switchTab(b.dataset.tab)));
    buildLayerToggles();
    for (const l of LAYERS) if (l.on) toggleLayer(l.key, true);
    await loadLayer('stops').catch(() => {}); // names for the editor's stop list
    await loadLayer('routes').then(fillRouteOptions).catch(() => {}); // the change editor's route list
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
      current = isChanges(current) ? blankChanges() : blankProposal(document.getElementById('p-operator').value);
      renderEditor(); renderSavedList(); });
    document.querySelectorAll('#p-kind input').forEach(r => r.addEventListener('change', () => {
      // Switching the kind starts a new proposal of that kind (the two formats share only id and names).
      const keep = readEditor();
      current = r.value === 'changes' ? blankChanges() : blankProposal(document.getElementById('p-operator').value);
      current.name = keep.name || current.name;
      currentSavedId = null;
      renderEditor();
      renderSavedList();
    }));
    const addKind = document.getElementById('c-add-kind');
    const fillKinds = () => { addKind.innerHTML = ChangeEditor.KINDS.map(k => '<option value="' + k + '">'
      + esc(t('changes.kind.' + k)) + '</option>').join(''); };
    fillKinds();
    document.getElementById('p-add-change').addEventListener('click', () => {
      current.changes.push(ChangeEditor.blank(addKind.value));
      renderEditor();
    });
    document.getElementById('p-duplicate').addEventListener('click', duplicate);
    document.getElementById('p-delete').addEventListener('click', remove);
    document.getElementById('p-validate').addEventListener('click', validate);
    document.getElementById('p-save').addEventListener('click', save);
    document.getElementById('p-evaluate').addEventListener('click', evaluate);
    document.getElementById('job-cancel').addEventListener('click', cancelJob);
    document.getElementById('c-run').addEventListener('click', compare);
    restoreLastEvaluation();
    refreshEarlier();
    document.getElementById('job-history').addEventListener('change', e => openEarlier(e.target.value));
    Loopline.onLanguage(() => {
      refreshEarlier();
      buildLayerToggles();
      fillKinds();
      renderLegend();
      readEditor();
      renderEditor();
      renderSavedList();
      if (routesById.size) fillRouteOptions();
      if (lastResult) renderResults(lastResult);
    });
  });
})();
