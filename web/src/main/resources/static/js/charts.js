/*
 * The planners' scores as charts (ECharts, from the server's WebJar) and tables: one evaluated proposal — newly
 * covered residents, jobs reachable, loops closed with rail, fleet, yearly cost and the per-district subsidy split —
 * and a comparison of scenarios side by side.
 */
(function () {
  'use strict';
  const {t, esc, fmtNumber, localName} = Loopline;
  const charts = [];
  let districtNames = {};

  Loopline.network().then(n => {
    for (const d of n.districts || []) districtNames[d.id] = d;
  }).catch(() => {});

  function district(id) {
    const d = districtNames[id];
    return d ? localName(d.name, d.nameEn) : id;
  }

  function chart(box, option, cls) {
    const div = document.createElement('div');
    div.className = 'chart ' + (cls || '');
    box.appendChild(div);
    const c = echarts.init(div, null, {renderer: 'svg'});
    c.setOption(Object.assign({animation: false, grid: {left: 70, right: 12, top: 30, bottom: 50},
      tooltip: {trigger: 'axis'}, textStyle: {fontFamily: 'inherit'}}, option));
    charts.push(c);
    return c;
  }

  function heading(box, key) {
    const h = document.createElement('h3');
    h.textContent = t(key);
    box.appendChild(h);
  }

  function kpis(box, items) {
    const div = document.createElement('div');
    div.className = 'kpis';
    div.innerHTML = items.filter(i => i[1] !== undefined && i[1] !== null).map(([key, v]) =>
      '<div class="kpi"><b>' + esc(v) + '</b><span>' + esc(t(key)) + '</span></div>').join('');
    box.appendChild(div);
  }

  function sum(obj) {
    return Object.values(obj || {}).reduce((a, b) => a + (Number(b) || 0), 0);
  }

  /** One proposal's scores. */
  function proposal(box, p, result) {
    const title = document.createElement('h2');
    title.textContent = localName(p.name, p.name_en) + ' (' + p.id + ')';
    box.appendChild(title);
    const newly = (p.coverage && p.coverage.newly_covered) || {};
    const sim = p.simulation || {};
    const cost = p.cost || {};
    const split = p.split || {};
    const loops = (p.loops && p.loops.closed) || [];
    const access = p.accessibility;
    kpis(box, [
      ['charts.newResidents', fmtNumber(newly.population)],
      ['charts.newJobs', fmtNumber(newly.jobs)],
      ['charts.loops', fmtNumber(loops.length)],
      ['charts.peakVehicles', fmtNumber(sim.peak_vehicles !== undefined ? sim.peak_vehicles : cost.peak_vehicles)],
      ['charts.costPerYear', fmtNumber(cost.cost_per_year)],
      ['charts.subsidyPerYear', fmtNumber(split.subsidy_per_year !== undefined ? split.subsidy_per_year
        : cost.subsidy_per_year)],
      ['charts.fundPays', fmtNumber(split.science_city_fund_pays)],
      ['charts.accessGain', access ? fmtNumber(sum(access.person_jobs_gained_by_district)) : null],
      ['charts.cycle', sim.cycle_minutes !== undefined ? fmtNumber(sim.cycle_minutes, 0) + ' min' : null],
      ['charts.boardings', cost.ridership_estimate ? fmtNumber(cost.ridership_estimate.boardings_per_operating_day)
        : null],
    ]);

    const byDistrict = split.by_district || {};
    const ids = Object.keys(byDistrict);
    if (ids.length) {
      heading(box, 'charts.split');
      chart(box, {
        legend: {top: 0, itemGap: 24},
        xAxis: {type: 'category', data: ids.map(district), axisLabel: {interval: 0, rotate: ids.length > 4 ? 30 : 0}},
        yAxis: {type: 'value'},
        series: [
          {name: t('charts.districtPays'), type: 'bar', stack: 's', data: ids.map(i => byDistrict[i].district_pays)},
          {name: t('charts.fundPaysShort'), type: 'bar', stack: 's', data: ids.map(i => byDistrict[i].fund_pays)},
        ],
      }, 'split-chart');
      const table = document.createElement('table');
      table.className = 'data split-table';
      table.innerHTML = '<thead><tr><th>' + esc(t('charts.district')) + '</th><th class="num">' + esc(t('charts.kmShare'))
        + '</th><th class="num">' + esc(t('charts.districtPays')) + '</th><th class="num">' + esc(t('charts.fundPaysShort'))
        + '</th></tr></thead><tbody>' + ids.map(i => '<tr><td>' + esc(district(i)) + '</td><td class="num">'
        + fmtNumber((byDistrict[i].km_share || 0) * 100, 1) + '%</td><td class="num">' + fmtNumber(byDistrict[i].district_pays)
        + '</td><td class="num">' + fmtNumber(byDistrict[i].fund_pays) + '</td></tr>').join('') + '</tbody>';
      append(box, table);
    }

    const popBy = newly.population_by_district || {};
    if (Object.keys(popBy).length) {
      heading(box, 'charts.coverage');
      const k = Object.keys(popBy);
      chart(box, {xAxis: {type: 'category', data: k.map(district)}, yAxis: {type: 'value'},
        series: [{name: t('charts.newResidents'), type: 'bar', data: k.map(i => popBy[i]), itemStyle: {color: '#1971c2'}}]});
    }

    if (access && access.person_jobs_gained_by_district) {
      const g = access.person_jobs_gained_by_district;
      const k = Object.keys(g);
      heading(box, 'charts.accessibility');
      chart(box, {xAxis: {type: 'category', data: k.map(district)}, yAxis: {type: 'value'},
        series: [{name: t('charts.accessGain'), type: 'bar', data: k.map(i => g[i]), itemStyle: {color: '#2b8a3e'}}]});
    }

    if (cost.cost_per_year) {
      heading(box, 'charts.cost');
      chart(box, {tooltip: {trigger: 'item'}, series: [{type: 'pie', radius: ['35%', '65%'], data: [
        {name: t('charts.distanceCost'), value: cost.distance_cost},
        {name: t('charts.timeCost'), value: cost.time_cost},
        {name: t('charts.fleetCost'), value: cost.fleet_cost}]}]});
    }

    heading(box, 'charts.loopsClosed');
    const lt = document.createElement('table');
    lt.className = 'data loops-table';
    lt.innerHTML = loops.length ? '<thead><tr><th>' + esc(t('charts.loopStations')) + '</th><th>' + esc(t('charts.railLines'))
      + '</th><th class="num">km²</th></tr></thead><tbody>' + loops.map(l => '<tr><td>' + esc(l.from_station_name)
      + ' ↔ ' + esc(l.to_station_name) + '</td><td>' + esc((l.rail_lines || []).join(', ')) + '</td><td class="num">'
      + fmtNumber(l.area_km2, 1) + '</td></tr>').join('') + '</tbody>'
      : '<tbody><tr><td class="muted">' + esc(t('charts.noLoops')) + '</td></tr></tbody>';
    append(box, lt);

    const warnings = sim.warnings || [];
    if (warnings.length) {
      const w = document.createElement('p');
      w.className = 'hint';
      w.textContent = warnings.join(' · ');
      box.appendChild(w);
    }
    if (result && result.data_source) {
      const s = document.createElement('p');
      s.className = 'hint';
      s.textContent = result.data_source + (result.service_date ? ' · ' + result.service_date : '');
      box.appendChild(s);
    }
  }

  function clear() {
    while (charts.length) charts.pop().dispose();
  }

  function signed(v, decimals) {
    if (v === null || v === undefined) return null;
    return (v > 0 ? '+' : '') + fmtNumber(v, decimals);
  }

  function table(box, cls, head, rows) {
    const el = document.createElement('table');
    el.className = 'data ' + cls;
    el.innerHTML = '<thead><tr>' + head.map((h, i) => '<th' + (i ? ' class="num"' : '') + '>' + esc(h) + '</th>')
      .join('') + '</tr></thead><tbody>' + rows.map(r => '<tr>' + r.map((c, i) => '<td' + (i ? ' class="num"' : '')
      + '>' + esc(c === null || c === undefined ? '' : c) + '</td>').join('') + '</tr>').join('') + '</tbody>';
    append(box, el);
  }

  /**
   * Adds a table in a box that scrolls sideways: a table with more columns than the side panel is wide (the changes
   * per district have eight) stays inside the panel, its last columns a scroll away instead of cut off at the map.
   */
  function append(box, tableEl) {
    const wrap = document.createElement('div');
    wrap.className = 'table-scroll';
    wrap.appendChild(tableEl);
    box.appendChild(wrap);
  }

  /** Before → after of one figure of a route's cost (blank where the route is not there). */
  function beforeAfter(r, f) {
    const v = c => (c && c.cost ? c.cost[f] : null);
    const b = v(r.before);
    const a = v(r.after);
    return (b === null ? '–' : fmtNumber(b)) + ' → ' + (a === null ? '–' : fmtNumber(a));
  }

  /**
   * One scenario (a proposal that changes existing routes, or a package): the changes in the headline figures
   * (residents gained and lost, buses, vehicle-km, cost, subsidy, accessibility), every touched route before and
   * after, and the yearly changes per district — a withdrawal saves money in the district that ran it.
   */
  let routeNamer = () => null;

  function routeName(r) {
    // A line the scenario adds has its own names from its proposal; the network's routes are named by the page.
    if (r.line_name) return localName(r.line_name, r.line_name_en);
    return routeNamer(r) || r.name;
  }

  function scenario(box, s) {
    const title = document.createElement('h2');
    title.textContent = s.name + ' (' + s.id + ')';
    box.appendChild(title);
    const h = s.headline || {};
    kpis(box, [
      ['charts.residentsGained', fmtNumber(h.residents_gained)],
      ['charts.residentsLost', fmtNumber(h.residents_lost)],
      ['charts.fleetChange', signed(h.fleet_change, 0)],
      ['charts.vehicleKmChange', signed(h.vehicle_km_change, 0)],
      ['charts.costChange', signed(h.cost_change, 0)],
      ['charts.subsidyChange', signed(h.subsidy_change, 0)],
      ['charts.meanJobsChange', signed(h.mean_jobs_change, 1)],
    ]);
    heading(box, 'charts.routesTouched');
    table(box, 'route-delta-table', [t('charts.route'), t('charts.outcome'), t('charts.buses'), t('charts.tripsPerWeek'),
      t('charts.vehicleKmPerYear'), t('charts.costPerYear')], (s.routes || []).map(r => [
      [r.route_id, routeName(r)].filter(Boolean).join(' '), t('charts.outcome.' + r.outcome), beforeAfter(r, 'peak_vehicles'),
      beforeAfter(r, 'trips_per_week'), beforeAfter(r, 'vehicle_km_per_year'), beforeAfter(r, 'cost_per_year')]));
    heading(box, 'charts.districtDeltas');
    const gained = s.residents_gained_by_district || {};
    const lost = s.residents_lost_by_district || {};
    const access = s.accessibility_change_by_district || {};
    table(box, 'district-delta-table', [t('charts.district'), t('charts.residentsGained'), t('charts.residentsLost'),
      t('charts.buses'), t('charts.vehicleKmPerYear'), t('charts.subsidyPerYear'), t('charts.districtPays'),
      t('charts.accessChange')], (s.districts || []).map(d => [district(d.district), fmtNumber(gained[d.district] || 0),
      fmtNumber(lost[d.district] || 0), signed(d.buses, 0), signed(d.vehicle_km_per_year, 0),
      signed(d.subsidy_per_year, 0), signed(d.district_pays_per_year, 0),
      access[d.district] === undefined ? '' : signed(access[d.district], 0)]));
    const ids = (s.districts || []).map(d => d.district);
    if (ids.length) {
      chart(box, {legend: {top: 0}, xAxis: {type: 'category', data: ids.map(district)}, yAxis: {type: 'value'},
        series: [{name: t('charts.districtPays'), type: 'bar', data: (s.districts || []).map(d => d.district_pays_per_year),
          itemStyle: {color: '#e8590c'}}]}, 'district-delta-chart');
    }
    const notes = (s.stops_losing_service || []).length
      ? [t('charts.stopsLosingService', {n: s.stops_losing_service.length})] : [];
    const all = notes.concat(s.warnings || []);
    if (all.length) {
      const w = document.createElement('p');
      w.className = 'hint';
      w.textContent = all.join(' · ');
      box.appendChild(w);
    }
  }

  function evaluation(box, result) {
    clear();
    box.innerHTML = '';
    for (const p of result.proposals || []) proposal(box, p, result);
    for (const s of result.scenarios || []) scenario(box, s);
  }

  /**
   * Scenarios side by side (the scenario table of `compare`: one object per scenario with its headline figures):
   * every figure as a row, one column per scenario, and a chart of the first few figures.
   */
  function comparison(box, result) {
    box.innerHTML = '';
    const rows = Array.isArray(result) ? result : ((result && result.scenarios) || []);
    const scenarios = rows.map(r => {
      const headline = r.headline || Object.fromEntries(Object.entries(r)
        .filter(([k, v]) => !['scenario', 'package', 'id', 'name'].includes(k) && (typeof v === 'number' || v === null)));
      return {name: r.scenario || r.name || r.id, headline};
    });
    if (!scenarios.length) {
      box.innerHTML = '<p class="hint">' + esc(t('planner.noResults')) + '</p>';
      return;
    }
    const keys = [...new Set(scenarios.flatMap(s => Object.keys(s.headline)))];
    const table = document.createElement('table');
    table.className = 'data compare-table';
    table.innerHTML = '<thead><tr><th></th>' + scenarios.map(s => '<th class="num">' + esc(s.name) + '</th>')
      .join('') + '</tr></thead><tbody>' + keys.map(k => '<tr><td>' + esc(k.replace(/_/g, ' ')) + '</td>'
      + scenarios.map(s => '<td class="num">' + fmtNumber(s.headline[k], 1) + '</td>').join('') + '</tr>')
      .join('') + '</tbody>';
    append(box, table);
    const shown = keys.filter(k => !k.includes('cost') && !k.includes('subsidy') && !k.includes('revenue')
      && !k.includes('vehicle_km')).slice(0, 4);
    chart(box, {legend: {top: 0, itemGap: 16}, xAxis: {type: 'category', data: scenarios.map(s => s.name)},
      yAxis: {type: 'value'}, series: shown.map(k => ({name: k.replace(/_/g, ' '), type: 'bar',
        data: scenarios.map(s => s.headline[k])}))});
  }

  function resize() {
    charts.forEach(c => c.resize());
  }

  /**
   * The page may name the routes of the tables in its language (the results carry the feed's own names);
   * f(route row) gives the name, or nothing to keep the feed's.
   */
  function nameRoutesWith(f) {
    routeNamer = f;
  }

  window.Charts = {evaluation, comparison, resize, nameRoutesWith};
})();
