/*
 * The residents' trip planner: origin and destination from a stop search or a click on the map (markers can be
 * dragged), date and time as departure or latest arrival, and the itineraries of /api/plan listed and drawn on the
 * map leg by leg: walks dashed, buses and rail in their colours, waits, transfers, fare and districts crossed.
 */
(function () {
  'use strict';
  const {t, api, esc, clock, fmtMinutes, fmtMeters, fmtNumber, localName, describeError} = Loopline;

  const MODE_COLOURS = {BUS: '#0b6e99', RAIL: '#7b2cbf', SUBWAY: '#7b2cbf', TRAM: '#c2410c', MONORAIL: '#7b2cbf'};
  const state = {from: null, to: null, picking: null, result: null, selected: 0};
  let map;
  let routeLayer;
  const markers = {};

  function odIcon(which) {
    return L.divIcon({className: '', html: '<div class="od-icon od-' + which + '"><span>'
      + (which === 'from' ? 'A' : 'B') + '</span></div>', iconSize: [0, 0]});
  }

  function setPoint(which, lat, lon, label, stop) {
    state[which] = {lat, lon, label, stop};
    document.getElementById(which + '-input').value = label || (lat.toFixed(5) + ', ' + lon.toFixed(5));
    if (markers[which]) {
      markers[which].setLatLng([lat, lon]);
    } else {
      markers[which] = L.marker([lat, lon], {icon: odIcon(which), draggable: true, title: t('residents.' + which)})
        .addTo(map);
      markers[which].on('dragend', ev => {
        const p = ev.target.getLatLng();
        setPoint(which, p.lat, p.lng, null);
        maybePlan();
      });
    }
  }

  function maybePlan() {
    if (state.from && state.to) plan();
  }

  function setPicking(which) {
    state.picking = which;
    document.getElementById('pick-from').classList.toggle('active', which === 'from');
    document.getElementById('pick-to').classList.toggle('active', which === 'to');
    map.getContainer().style.cursor = which ? 'crosshair' : '';
  }

  function onMapClick(ev) {
    // An explicit "on map" choice wins; otherwise the first click is the origin, the next the destination.
    const which = state.picking || (!state.from ? 'from' : 'to');
    setPoint(which, ev.latlng.lat, ev.latlng.lng, null);
    setPicking(null);
    maybePlan();
  }

  function params() {
    const p = new URLSearchParams();
    p.set('from', state.from.lat.toFixed(6) + ',' + state.from.lon.toFixed(6));
    p.set('to', state.to.lat.toFixed(6) + ',' + state.to.lon.toFixed(6));
    const date = document.getElementById('date').value;
    const time = document.getElementById('time').value || '08:00';
    if (date) p.set('at', date + 'T' + time);
    if (document.querySelector('input[name=when]:checked').value === 'arrive') p.set('arriveBy', 'true');
    const opt = (id, name, suffix) => {
      const v = document.getElementById(id).value;
      if (v !== '') p.set(name, v + (suffix || ''));
    };
    opt('max-walk', 'maxWalk', 'm');
    opt('walk-speed', 'walkSpeed');
    opt('max-transfers', 'maxTransfers');
    opt('window', 'window', 'm');
    p.set('n', '5');
    // Stops, lines, directions and operators named in the page's language (the feed's translations.txt).
    p.set('lang', Loopline.lang === 'en' ? 'en' : 'zh');
    return p;
  }

  /** Plans the trip; keepSelection: the same query again (names in another language), the same card stays open. */
  async function plan(keepSelection) {
    const err = document.getElementById('plan-error');
    err.textContent = '';
    if (!state.from || !state.to) {
      err.textContent = t('residents.needBoth');
      return;
    }
    const status = document.getElementById('plan-status');
    status.textContent = t('residents.planning');
    document.getElementById('plan').disabled = true;
    try {
      const result = await api('api/plan?' + params().toString());
      state.selected = keepSelection === true && state.selected < (result.itineraries || []).length
        ? state.selected : 0;
      state.result = result;
      render();
    } catch (e) {
      state.result = null;
      render();
      err.textContent = describeError(e);
    } finally {
      document.getElementById('plan').disabled = false;
      status.textContent = '';
    }
  }

  function legColour(leg) {
    return MODE_COLOURS[leg.mode] || '#555';
  }

  function legName(leg) {
    if (leg.mode === 'WALK') return t('mode.WALK');
    return (leg.routeShortName || leg.routeLongName || '') + (leg.headsign ? ' → ' + leg.headsign : '');
  }

  /** A place's name: a stop's own, or "From"/"To" for the points the user chose. */
  function placeName(p, it) {
    if (p.stopId) return p.name;
    return p === it.legs[0].from ? t('residents.origin') : t('residents.destination');
  }

  /** "A → B · 3 stops · 9 min" (one stop: "1 stop"). */
  function rideText(l) {
    const n = (l.intermediateStops || []).length + 1;
    return t(n === 1 ? 'residents.rideOne' : 'residents.ride', {from: l.from.name, to: l.to.name, n,
      d: fmtMinutes(l.durationSeconds)});
  }

  function districtNames(it) {
    return (it.districts || []).map(d => localName(d.name, d.nameEn)).join(' → ');
  }

  function render() {
    const list = document.getElementById('itineraries');
    list.innerHTML = '';
    routeLayer.clearLayers();
    const r = state.result;
    if (!r) return;
    if (!r.itineraries || r.itineraries.length === 0) {
      list.innerHTML = '<p class="hint" id="no-itinerary">' + esc(r.message || t('residents.none')) + '</p>';
      return;
    }
    r.itineraries.forEach((it, i) => {
      const card = document.createElement('div');
      card.className = 'itinerary' + (i === state.selected ? ' selected' : '');
      card.dataset.index = i;
      const chips = it.legs.map(l => l.mode === 'WALK'
        ? '<span class="chip walk">' + esc(t('mode.WALK')) + ' ' + fmtMeters(l.meters) + '</span>'
        : '<span class="chip" style="background:' + legColour(l) + '">' + esc(l.routeShortName || l.mode) + '</span>')
        .join('›');
      const fare = it.fare ? t('residents.fare', {amount: fmtNumber(it.fare.amount, 2), currency: it.fare.currency}) : '';
      card.innerHTML = '<div class="head"><span>' + clock(it.departure) + ' – ' + clock(it.arrival) + '</span><span>'
        + fmtMinutes(it.durationSeconds) + '</span></div>'
        + '<div class="facts">' + [t('residents.transfers', {n: it.transfers}),
          t('residents.walk', {d: fmtMeters(it.walkMeters)}), t('residents.wait', {d: fmtMinutes(it.waitingSeconds)}),
          fare].filter(Boolean).join(' · ') + '</div>'
        + '<div class="chips">' + chips + '</div>'
        + (it.districts && it.districts.length ? '<div class="districts">' + esc(t('residents.districts')) + ': '
          + esc(districtNames(it)) + '</div>' : '');
      if (i === state.selected) card.appendChild(legsDetail(it));
      card.addEventListener('click', () => {
        state.selected = i;
        render();
      });
      list.appendChild(card);
    });
    draw(r.itineraries[state.selected]);
  }

  function legsDetail(it) {
    const box = document.createElement('div');
    box.className = 'legs';
    let html = '';
    it.legs.forEach((l, i) => {
      if (i > 0) {
        const prev = it.legs[i - 1];
        const wait = (Date.parse(l.from.time) - Date.parse(prev.to.time)) / 1000;
        if (wait >= 60) {
          html += '<div class="leg"><span class="time">' + clock(prev.to.time) + '</span><span class="what muted">'
            + esc(t('residents.waitAt', {d: fmtMinutes(wait), stop: placeName(l.from, it)})) + '</span></div>';
        }
      }
      const what = l.mode === 'WALK'
        ? esc(t('residents.walkTo', {d: fmtMeters(l.meters), to: placeName(l.to, it)}))
        : '<b style="color:' + legColour(l) + '">' + esc(t('mode.' + l.mode)) + ' ' + esc(legName(l)) + '</b>'
          + '<small>' + esc(rideText(l))
          + (l.operator ? ' · ' + esc(l.operator) : '') + '</small>';
      html += '<div class="leg"><span class="time">' + clock(l.from.time) + '</span><span class="what">' + what
        + '</span></div>';
    });
    const last = it.legs[it.legs.length - 1];
    html += '<div class="leg"><span class="time">' + clock(last.to.time) + '</span><span class="what">'
      + esc(t('residents.arrive')) + '</span></div>';
    box.innerHTML = html;
    return box;
  }

  function draw(it) {
    routeLayer.clearLayers();
    if (!it) return;
    const bounds = [];
    for (const l of it.legs) {
      const pts = (l.geometry && l.geometry.coordinates || []).map(c => [c[1], c[0]]);
      if (pts.length < 2) continue;
      pts.forEach(p => bounds.push(p));
      if (l.mode === 'WALK') {
        L.polyline(pts, {color: '#444', weight: 4, dashArray: '2 8', lineCap: 'round', className: 'leg-walk'})
          .addTo(routeLayer);
      } else {
        L.polyline(pts, {color: '#fff', weight: 9, opacity: 0.9}).addTo(routeLayer);
        L.polyline(pts, {color: legColour(l), weight: 6, className: 'leg-transit'})
          .bindTooltip(t('mode.' + l.mode) + ' ' + legName(l)).addTo(routeLayer);
        for (const s of [l.from, l.to]) {
          L.circleMarker([s.lat, s.lon], {radius: 5, color: legColour(l), fillColor: '#fff', fillOpacity: 1, weight: 3})
            .bindTooltip(esc(s.name) + ' ' + clock(s.time)).addTo(routeLayer);
        }
      }
    }
    if (bounds.length) map.fitBounds(bounds, {padding: [40, 40], maxZoom: 16});
  }

  Loopline.start(async () => {
    const m = Loopline.createMap('map');
    map = m.map;
    routeLayer = L.layerGroup().addTo(map);
    map.on('click', onMapClick);
    await m.ready;
    const n = await Loopline.network();
    document.getElementById('date').value = n.typicalDate || n.firstServiceDate || '';
    if (n.firstServiceDate) document.getElementById('date').min = n.firstServiceDate;
    if (n.lastServiceDate) document.getElementById('date').max = n.lastServiceDate;
    Loopline.stopSearch(document.getElementById('from-input'), s => {
      setPoint('from', s.lat, s.lon, localName(s.name, s.nameEn), s);
      maybePlan();
    });
    Loopline.stopSearch(document.getElementById('to-input'), s => {
      setPoint('to', s.lat, s.lon, localName(s.name, s.nameEn), s);
      maybePlan();
    });
    document.getElementById('pick-from').addEventListener('click', () => setPicking(state.picking === 'from' ? null : 'from'));
    document.getElementById('pick-to').addEventListener('click', () => setPicking(state.picking === 'to' ? null : 'to'));
    document.getElementById('swap').addEventListener('click', () => {
      const a = state.from;
      const b = state.to;
      if (b) setPoint('from', b.lat, b.lon, b.label, b.stop);
      if (a) setPoint('to', a.lat, a.lon, a.label, a.stop);
      maybePlan();
    });
    document.getElementById('plan').addEventListener('click', () => plan());
    Loopline.onLanguage(() => {
      for (const which of ['from', 'to']) { // a chosen stop is named in the new language
        const p = state[which];
        if (p && p.stop) setPoint(which, p.lat, p.lon, localName(p.stop.name, p.stop.nameEn), p.stop);
      }
      render();
      // The names inside the itineraries come from the server in one language: ask again in the new one.
      if (state.result && state.from && state.to) plan(true);
    });
  });
})();
