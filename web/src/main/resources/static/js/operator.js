/*
 * The operators' page: the district feeds with their validation notices, every version of them and the upload of a
 * new one, the merges (merge now, download each unified feed), the merge report (twin stops merged or
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

  /** A refusal as one line: the detail names its field already; the first errors of a feed follow it. */
  function refusal(e) {
    if (!(e instanceof Loopline.ApiError)) return describeError(e);
    const notices = (e.problem.notices || []).slice(0, 5).map(n => n.severity + ' ' + where(n) + ': ' + n.message);
    return [e.message].concat(notices).join('\n');
  }

  function when(iso) {
    return iso ? new Date(iso).toLocaleString(Loopline.lang || undefined) : '';
  }

  /** Every version of every feed, newest last per feed; the feed ids offered for an upload. */
  async function loadVersions() {
    let versions = [];
    try {
      versions = await api('api/feeds/versions');
    } catch (e) {
      document.getElementById('upload-error').textContent = refusal(e);
    }
    document.querySelector('#versions-table tbody').innerHTML = versions.map(v =>
      '<tr><td>' + esc(v.id) + '</td><td class="num">' + esc(v.version) + '</td><td>' + esc(v.file)
      + ' <small class="muted">' + esc(v.origin) + '</small></td><td>' + esc(v.author) + '</td><td>'
      + esc(when(v.recorded)) + '</td><td class="num">' + fmtNumber(v.bytes) + '</td><td><code title="'
      + esc(v.sha256) + '">' + esc(String(v.sha256).substring(0, 12)) + '</code></td><td class="num sev-ERROR">'
      + fmtNumber(v.errors) + '</td><td class="num sev-WARNING">' + fmtNumber(v.warnings) + '</td></tr>').join('');
    const ids = [...new Set(versions.map(v => v.id))];
    document.getElementById('upload-feeds').innerHTML = ids.map(id => '<option value="' + esc(id) + '">').join('');
  }

  async function loadMerges() {
    let merges = [];
    try {
      merges = await api('api/merges');
    } catch (e) {
      document.getElementById('merges-error').textContent = refusal(e);
    }
    document.querySelector('#merges-table tbody').innerHTML = merges.map(m => {
      const out = m.output || {};
      const inputs = (m.inputs || []).map(i => i.feedId + ' v' + i.version).join(', ');
      return '<tr><td class="num">' + esc(m.id) + '</td><td>' + esc(m.author) + '</td><td>' + esc(when(m.recorded))
        + '</td><td><small>' + esc(inputs) + '</small></td><td class="num">' + fmtNumber(out.stops)
        + '</td><td class="num">' + fmtNumber(out.routes) + '</td><td class="num">' + fmtNumber(out.trips)
        + '</td><td>' + (m.download ? '<a class="merge-download" href="' + esc(m.download.replace(/^\//, ''))
        + '" download>' + esc(t('operator.download')) + '</a>' : '–') + '</td></tr>';
    }).join('') || '<tr><td colspan="8" class="muted">–</td></tr>';
  }

  async function reloadFeeds() {
    try {
      const r = await api('api/feeds');
      feeds = Array.isArray(r) ? r : (r.feeds || []);
      document.getElementById('feeds-error').textContent = '';
    } catch (e) {
      document.getElementById('feeds-error').textContent = describeError(e);
    }
    renderFeeds();
  }

  /** Upload: the file goes as multipart/form-data (api() adds the CSRF header); a refusal names file and entry. */
  async function upload(ev) {
    ev.preventDefault();
    const feed = document.getElementById('upload-feed').value.trim();
    const file = document.getElementById('upload-file').files[0];
    const status = document.getElementById('upload-status');
    const error = document.getElementById('upload-error');
    error.textContent = '';
    if (!feed || !file) return;
    const button = document.getElementById('upload-button');
    button.disabled = true;
    status.textContent = t('operator.uploading');
    try {
      const body = new FormData();
      body.append('file', file, file.name);
      const v = await api('api/feeds/' + encodeURIComponent(feed) + '/versions', {method: 'POST', body});
      status.textContent = t('operator.uploaded') + ' ' + v.id + ' v' + v.version;
      status.dataset.version = v.id + ':' + v.version;
      await Promise.all([loadVersions(), reloadFeeds()]);
    } catch (e) {
      status.textContent = '';
      error.textContent = refusal(e);
    } finally {
      button.disabled = false;
    }
  }

  async function mergeNow() {
    const button = document.getElementById('merge-button');
    const error = document.getElementById('merges-error');
    error.textContent = '';
    button.disabled = true;
    button.textContent = t('operator.merging');
    try {
      await api('api/merges', {method: 'POST', json: {repair: document.getElementById('merge-repair').checked}});
      merge = await api('api/merge-report');
      renderMerge();
      await loadMerges();
    } catch (e) {
      error.textContent = refusal(e);
    } finally {
      button.disabled = false;
      button.textContent = t('operator.mergeNow');
    }
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
    await Promise.all([renderExportChoices(), loadVersions(), loadMerges()]);
    document.getElementById('upload-form').addEventListener('submit', upload);
    document.getElementById('merge-button').addEventListener('click', mergeNow);
    document.getElementById('notice-feed').addEventListener('change', renderNotices);
    document.getElementById('notice-severity').addEventListener('change', renderNotices);
    Loopline.onLanguage(() => { renderFeeds(); renderMerge(); });
  });
})();
