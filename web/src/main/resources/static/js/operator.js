/*
 * The operators' page: the district feeds with their validation notices, the merge report (twin stops merged or
 * linked, route names renamed for clashes, repairs) and the unified GTFS download, the baseline or with chosen
 * proposals applied.
 */
(function () {
  'use strict';
  const {t, api, esc, fmtNumber, localName, describeError} = Loopline;

  let feeds = [];
  let merge = null;

  function where(n) {
    return [n.file, n.line ? ':' + n.line : '', n.field ? ' ' + n.field : ''].join('');
  }

  /** One row per district feed: how it was read, its size as the merge counted it, its notices by severity. */
  function renderFeeds() {
    const inputs = new Map(((merge && merge.inputs) || []).map(i => [i.feedId, i]));
    const body = document.querySelector('#feeds-table tbody');
    body.innerHTML = feeds.map(f => {
      const size = inputs.get(f.id) || {};
      return '<tr><td>' + esc(f.id) + '</td><td>' + esc(f.file) + '</td><td>' + esc(f.crs) + '</td><td>'
        + esc(f.encoding) + '</td>'
        + ['agencies', 'stops', 'routes', 'trips'].map(k => '<td class="num">' + fmtNumber(size[k]) + '</td>').join('')
        + '<td class="num sev-ERROR">' + fmtNumber(f.errors) + '</td><td class="num sev-WARNING">'
        + fmtNumber(f.warnings) + '</td></tr>';
    }).join('');
    const sel = document.getElementById('notice-feed');
    const keep = sel.value;
    sel.innerHTML = '<option value="">*</option>' + feeds.map(f => '<option>' + esc(f.id) + '</option>').join('');
    sel.value = keep;
    renderNotices();
  }

  function renderNotices() {
    const feed = document.getElementById('notice-feed').value;
    const sev = document.getElementById('notice-severity').value;
    const rows = [];
    for (const f of feeds) {
      if (feed && f.id !== feed) continue;
      for (const n of f.notices || []) {
        if (sev && n.severity !== sev) continue;
        rows.push('<tr><td class="sev-' + esc(n.severity) + '">' + esc(n.severity) + '</td><td>' + esc(n.code)
          + '</td><td>' + esc(f.id + ' ' + where(n)) + '</td><td>' + esc(n.message) + '</td></tr>');
        if (rows.length >= 500) break;
      }
    }
    document.querySelector('#notices-table tbody').innerHTML = rows.length ? rows.join('')
      : '<tr><td colspan="4" class="muted">' + esc(t('operator.noNotices')) + '</td></tr>';
  }

  function renderMerge() {
    if (!merge) return;
    const out = merge.output || {};
    const merged = (merge.stopDecisions || []).filter(d => d.outcome === 'MERGED').length;
    const linked = (merge.stopDecisions || []).filter(d => d.outcome === 'LINKED').length;
    const kpi = (v, k) => '<div class="kpi"><b>' + fmtNumber(v) + '</b><span>' + esc(t(k)) + '</span></div>';
    document.getElementById('merge-summary').innerHTML = kpi(merged, 'operator.mergedPairs')
      + kpi(linked, 'operator.linkedPairs') + kpi((merge.duplicateTrips || []).length, 'operator.duplicateTrips')
      + kpi((merge.routeRenames || []).length, 'operator.renamesCount') + kpi(out.stops, 'operator.stops')
      + kpi(out.routes, 'operator.routes') + kpi(out.trips, 'operator.trips')
      + kpi((merge.repairs || []).length, 'operator.repairsCount');
    document.querySelector('#decisions-table tbody').innerHTML = (merge.stopDecisions || []).slice(0, 500).map(d =>
      '<tr><td>' + esc(t('operator.outcome.' + d.outcome)) + '</td><td>' + esc(d.nameA) + ' <small class="muted">'
      + esc(d.stopA) + '</small></td><td>' + esc(d.nameB) + ' <small class="muted">' + esc(d.stopB)
      + '</small></td><td class="num">' + fmtNumber(d.distanceMeters, 0) + ' m</td><td>' + esc(d.reason || '')
      + '</td></tr>').join('');
    document.querySelector('#renames-table tbody').innerHTML = (merge.routeRenames || []).map(r =>
      '<tr><td>' + esc(r.routeId) + '</td><td>' + esc(r.feedId) + '</td><td>' + esc(r.from) + ' → ' + esc(r.to)
      + '</td><td>' + esc((r.clashesWith || []).join(', ')) + '</td></tr>').join('')
      || '<tr><td colspan="4" class="muted">–</td></tr>';
    document.querySelector('#repairs-table tbody').innerHTML = (merge.repairs || []).map(r =>
      '<tr><td>' + esc(r.feedId) + '</td><td>' + esc(where(r)) + '</td><td>' + esc(r.action) + '</td><td>'
      + esc(r.reason) + '</td></tr>').join('') || '<tr><td colspan="4" class="muted">–</td></tr>';
  }

  async function renderExportChoices() {
    const box = document.getElementById('export-proposals');
    let saved = [];
    try {
      const r = await api('api/proposals');
      saved = Array.isArray(r) ? r : (r.proposals || []);
    } catch (e) { /* the baseline download still works */ }
    box.innerHTML = saved.map(item => {
      const p = item.proposal || item;
      const id = item.id || p.id;
      return '<label style="display:flex;gap:6px;align-items:center;color:var(--ink);font-size:13px">'
        + '<input type="checkbox" value="' + esc(id) + '"> ' + esc(localName(p.name, p.name_en || p.nameEn))
        + ' <small class="muted">'
        + esc(id) + '</small></label>';
    }).join('');
    const update = () => {
      const ids = [...box.querySelectorAll('input:checked')].map(i => 'with=' + encodeURIComponent(i.value));
      document.getElementById('export-link').href = 'api/export' + (ids.length ? '?' + ids.join('&') : '');
    };
    box.querySelectorAll('input').forEach(i => i.addEventListener('change', update));
    update();
  }

  Loopline.start(async () => {
    try {
      merge = await api('api/merge-report');
    } catch (e) {
      document.getElementById('merge-error').textContent = describeError(e);
    }
    try {
      const r = await api('api/feeds');
      feeds = Array.isArray(r) ? r : (r.feeds || []);
    } catch (e) {
      document.getElementById('feeds-error').textContent = describeError(e);
    }
    renderFeeds();
    renderMerge();
    await renderExportChoices();
    document.getElementById('notice-feed').addEventListener('change', renderNotices);
    document.getElementById('notice-severity').addEventListener('change', renderNotices);
    Loopline.onLanguage(() => { renderFeeds(); renderMerge(); });
  });
})();
