/*
 * The editor of a proposal that changes existing routes (the `changes:` format of the YAML proposal files): each
 * change is a card — its kind, the route (typed with suggestions, or picked on the map), and the fields of that kind
 * (periods and headways per direction and day, first and last departures, end stops, stops to pass, the partner
 * route of a merge; for a replacement or an added line, a new line saved with the line editor). The cards edit the
 * proposal document in place, so what is saved is the document the CLI reads.
 */
(function () {
  'use strict';
  const {t, esc} = Loopline;

  const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
  /** The kinds the cards edit, in the order the kind list offers them. */
  const KINDS = ['headway', 'span', 'truncate', 'extend', 'reroute', 'withdraw', 'merge', 'replace', 'new_line'];

  /** A new change of a kind, with the fields it needs filled with a plausible start. */
  function blank(kind, route) {
    const r = route || '';
    switch (kind) {
      case 'headway':
        return {change: 'headway', route: r, direction: 'both', days: ['mon', 'tue', 'wed', 'thu', 'fri'],
          periods: [{from: '07:00', to: '09:00', headway_min: 6}]};
      case 'span':
        return {change: 'span', route: r, first: '06:00', last: '22:00'};
      case 'truncate':
        return {change: 'truncate', route: r, to: ''};
      case 'extend':
        return {change: 'extend', route: r, at: 'end', stops: []};
      case 'reroute':
        return {change: 'reroute', route: r, from: '', to: '', via: []};
      case 'merge':
        return {change: 'merge', routes: [r, ''], id: 'T1', name: ''};
      case 'replace': // the line is chosen among the saved new lines
        return {change: 'replace', route: r};
      case 'new_line':
        return {change: 'new_line'};
      default:
        return {change: 'withdraw', route: r};
    }
  }

  /**
   * Draws the cards of `proposal.changes` into `box`.
   *
   * @param ctx {pickRoute(cb), pickStop(cb), routeLabel(id), stopLabel(id), savedLines(), loadLine(id), onChange()}
   *     from the page: map picking, names, and the saved new lines a replacement can run
   */
  function render(box, proposal, ctx) {
    box.innerHTML = '';
    proposal.changes.forEach((c, i) => box.appendChild(card(proposal, c, i, ctx, () => render(box, proposal, ctx))));
    ctx.onChange();
  }

  function card(proposal, c, i, ctx, rerender) {
    const div = document.createElement('div');
    div.className = 'change-card';
    div.dataset.index = i;
    const base = 'changes[' + i + ']';
    const head = document.createElement('div');
    head.className = 'row change-head';
    head.innerHTML = '<div><label>' + esc(t('changes.kind')) + '</label><select class="change-kind" data-field="' + base
      + '.change">' + KINDS.map(k => '<option value="' + k + '"' + (k === c.change
      ? ' selected' : '') + '>' + esc(t('changes.kind.' + k)) + '</option>').join('') + '</select></div>'
      + '<button class="small narrow change-remove" title="' + esc(t('planner.remove')) + '">✕</button>';
    head.querySelector('select').addEventListener('change', ev => {
      proposal.changes[i] = blank(ev.target.value, c.route || (c.routes && c.routes[0]));
      rerender();
    });
    head.querySelector('.change-remove').addEventListener('click', () => {
      proposal.changes.splice(i, 1);
      rerender();
    });
    div.appendChild(head);
    if (c.change === 'merge') {
      div.appendChild(routeField(c.routes, 0, base + '.routes[0]', 'changes.route', ctx));
      div.appendChild(routeField(c.routes, 1, base + '.routes[1]', 'changes.partner', ctx));
      div.appendChild(text(c, 'id', base, 'changes.throughId'));
      div.appendChild(text(c, 'name', base, 'planner.name'));
      div.appendChild(text(c, 'name_en', base, 'planner.nameEn', true));
      div.appendChild(text(c, 'operator', base, 'planner.operator', true));
      const own = document.createElement('label');
      own.className = 'check';
      own.innerHTML = '<input type="checkbox" class="own-service"' + (c.service ? ' checked' : '') + '> '
        + esc(t('changes.ownService'));
      own.querySelector('input').addEventListener('change', ev => {
        if (ev.target.checked) {
          c.service = {days: DAYS.slice(), periods: [{from: '06:30', to: '21:30', headway_min: 10}]};
        } else {
          delete c.service;
        }
        rerender();
      });
      div.appendChild(own);
      if (c.service) {
        div.appendChild(days(c.service, base + '.service.days'));
        div.appendChild(periods(c.service.periods, base + '.service.periods', rerender));
      }
      return div;
    }
    if (c.change === 'new_line') {
      div.appendChild(lineField(c, base, ctx));
      return div;
    }
    div.appendChild(routeField(c, 'route', base + '.route', 'changes.route', ctx));
    if (c.change === 'replace') div.appendChild(lineField(c, base, ctx));
    if (c.change === 'headway' || c.change === 'span') {
      const dir = document.createElement('div');
      dir.innerHTML = '<label>' + esc(t('changes.direction')) + '</label><select class="direction" data-field="' + base
        + '.direction">' + ['both', '0', '1'].map(v => '<option value="' + v + '"' + (String(c.direction ?? 'both')
        === v ? ' selected' : '') + '>' + esc(t('changes.direction.' + v)) + '</option>').join('') + '</select>';
      dir.querySelector('select').addEventListener('change', ev => {
        c.direction = ev.target.value === 'both' ? 'both' : Number(ev.target.value);
      });
      div.appendChild(dir);
      if (!c.days) c.days = DAYS.slice(0, 5);
      div.appendChild(days(c, base + '.days'));
    }
    if (c.change === 'headway') div.appendChild(periods(c.periods, base + '.periods', rerender));
    if (c.change === 'span') {
      const row = document.createElement('div');
      row.className = 'row';
      row.appendChild(text(c, 'first', base, 'changes.first', true, 'time'));
      row.appendChild(text(c, 'last', base, 'changes.last', true, 'time'));
      div.appendChild(row);
    }
    if (c.change === 'truncate' || c.change === 'reroute') {
      const row = document.createElement('div');
      row.className = 'row';
      row.appendChild(stopField(c, 'from', base, c.change === 'truncate', ctx));
      row.appendChild(stopField(c, 'to', base, c.change === 'truncate', ctx));
      div.appendChild(row);
    }
    if (c.change === 'extend') {
      const at = document.createElement('div');
      at.innerHTML = '<label>' + esc(t('changes.at')) + '</label><select class="at" data-field="' + base + '.at">'
        + ['start', 'end'].map(v => '<option value="' + v + '"' + (c.at === v ? ' selected' : '') + '>'
        + esc(t('changes.at.' + v)) + '</option>').join('') + '</select>';
      at.querySelector('select').addEventListener('change', ev => { c.at = ev.target.value; });
      div.appendChild(at);
      div.appendChild(stopList(c, 'stops', base, 'changes.newStops', ctx, rerender));
    }
    if (c.change === 'reroute') div.appendChild(stopList(c, 'via', base, 'changes.via', ctx, rerender));
    return div;
  }

  /** A text input bound to `obj[key]`; optional ones are removed from the document when emptied. */
  function text(obj, key, base, label, optional, type) {
    const d = document.createElement('div');
    d.innerHTML = '<label>' + esc(t(label)) + '</label><input type="' + (type || 'text') + '" class="f-' + key
      + '" data-field="' + base + '.' + key + '">';
    const input = d.querySelector('input');
    input.value = obj[key] ?? '';
    input.addEventListener('input', () => {
      const v = input.value.trim();
      if (v === '' && optional) delete obj[key]; else obj[key] = v;
    });
    return d;
  }

  /** A route id with suggestions (the network's bus routes) and a button to pick it on the map. */
  function routeField(obj, key, field, label, ctx) {
    const d = document.createElement('div');
    d.className = 'route-field';
    d.innerHTML = '<label>' + esc(t(label)) + '</label><div class="inline"><input type="text" class="route" list="route-options"'
      + ' data-field="' + field + '" placeholder="' + esc(t('changes.routeHint')) + '"><button class="small pick-route">'
      + esc(t('changes.pickRoute')) + '</button></div><small class="muted route-name"></small>';
    const input = d.querySelector('input');
    const name = d.querySelector('.route-name');
    const set = v => {
      obj[key] = v;
      input.value = v;
      name.textContent = ctx.routeLabel(v);
      ctx.onChange();
    };
    input.value = obj[key] || '';
    name.textContent = ctx.routeLabel(input.value);
    // A suggestion reads "id · name": keep the id.
    input.addEventListener('change', () => set(input.value.split(' · ')[0].trim()));
    d.querySelector('.pick-route').addEventListener('click', () => ctx.pickRoute(set));
    return d;
  }

  /**
   * The line a replacement (or an added line) runs: one of the saved new-line proposals, copied into the change
   * when chosen (the proposal file carries the whole line); a line already in the document is kept as it is.
   */
  function lineField(c, base, ctx) {
    const d = document.createElement('div');
    const lines = ctx.savedLines();
    const kept = c.line && !lines.some(l => l.id === c.line.id) ? [{id: c.line.id, name: c.line.name}] : [];
    d.innerHTML = '<label>' + esc(t('changes.line')) + '</label><select class="line" data-field="' + base + '.line">'
      + '<option value="">' + esc(t('changes.chooseLine')) + '</option>' + kept.concat(lines).map(l => '<option value="'
      + esc(l.id) + '"' + (c.line && c.line.id === l.id ? ' selected' : '') + '>' + esc(l.name + ' (' + l.id + ')')
      + '</option>').join('') + '</select><small class="muted line-name"></small>';
    const sel = d.querySelector('select');
    const name = d.querySelector('.line-name');
    const show = () => { name.textContent = c.line ? t('changes.lineStops', {n: (c.line.stops || []).length}) : ''; };
    show();
    sel.addEventListener('change', async () => {
      if (!sel.value) {
        delete c.line;
      } else if (!c.line || c.line.id !== sel.value) {
        c.line = await ctx.loadLine(sel.value);
      }
      show();
    });
    return d;
  }

  /** A stop id (typed, or the next stop clicked on the map). */
  function stopField(obj, key, base, optional, ctx) {
    const d = text(obj, key, base, 'changes.' + key, optional);
    const b = document.createElement('button');
    b.className = 'small pick-stop';
    b.textContent = t('changes.pickStop');
    const input = d.querySelector('input');
    b.addEventListener('click', () => ctx.pickStop(id => {
      obj[key] = id;
      input.value = id;
    }));
    d.appendChild(b);
    return d;
  }

  /** A list of stops ({stop: id} or {new: {...}} kept as read), with stops added by clicking them on the map. */
  function stopList(obj, key, base, label, ctx, rerender) {
    const d = document.createElement('div');
    d.dataset.field = base + '.' + key;
    d.innerHTML = '<label>' + esc(t(label)) + '</label><ol class="stop-list change-stops"></ol>'
      + '<button class="small add-stops">' + esc(t('planner.addStops')) + '</button>';
    const ol = d.querySelector('ol');
    (obj[key] || []).forEach((s, j) => {
      const li = document.createElement('li');
      li.innerHTML = '<span class="name"></span><button class="small" title="' + esc(t('planner.remove')) + '">✕</button>';
      li.querySelector('.name').textContent = s.new ? s.new.name : ctx.stopLabel(s.stop);
      li.querySelector('button').addEventListener('click', () => { obj[key].splice(j, 1); rerender(); });
      ol.appendChild(li);
    });
    d.querySelector('.add-stops').addEventListener('click', () => ctx.pickStop(id => {
      obj[key] = (obj[key] || []).concat([{stop: id}]);
      rerender();
      return true; // keep picking
    }));
    return d;
  }

  function days(obj, field) {
    const d = document.createElement('div');
    d.className = 'radio-row';
    d.dataset.field = field;
    d.innerHTML = DAYS.map(day => '<label><input type="checkbox" value="' + day + '"' + (obj.days.includes(day)
      ? ' checked' : '') + '> ' + esc(t('day.' + day)) + '</label>').join('');
    d.querySelectorAll('input').forEach(cb => cb.addEventListener('change', () => {
      obj.days = DAYS.filter(day => d.querySelector('input[value=' + day + ']').checked);
    }));
    return d;
  }

  function periods(list, field, rerender) {
    const table = document.createElement('table');
    table.className = 'data periods';
    table.dataset.field = field;
    table.innerHTML = '<thead><tr><th>' + esc(t('planner.periodFrom')) + '</th><th>' + esc(t('planner.periodTo'))
      + '</th><th>' + esc(t('planner.headway')) + '</th><th></th></tr></thead><tbody></tbody>';
    list.forEach((p, j) => {
      const tr = document.createElement('tr');
      const f = field + '[' + j + ']';
      tr.innerHTML = '<td><input type="time" class="from" data-field="' + f + '.from"></td>'
        + '<td><input type="time" class="to" data-field="' + f + '.to"></td>'
        + '<td><input type="number" class="headway" min="1" max="240" step="0.5" data-field="' + f + '.headway_min"></td>'
        + '<td><button class="small" title="' + esc(t('planner.remove')) + '">✕</button></td>';
      tr.querySelector('.from').value = p.from;
      tr.querySelector('.to').value = p.to;
      tr.querySelector('.headway').value = p.headway_min;
      tr.querySelector('.from').addEventListener('input', ev => { p.from = ev.target.value; });
      tr.querySelector('.to').addEventListener('input', ev => { p.to = ev.target.value; });
      tr.querySelector('.headway').addEventListener('input', ev => { p.headway_min = Number(ev.target.value); });
      tr.querySelector('button').addEventListener('click', () => { list.splice(j, 1); rerender(); });
      table.querySelector('tbody').appendChild(tr);
    });
    const wrap = document.createElement('div');
    wrap.appendChild(table);
    const add = document.createElement('button');
    add.className = 'small add-period';
    add.textContent = t('planner.addPeriod');
    add.addEventListener('click', () => {
      const last = list[list.length - 1];
      list.push({from: last ? last.to : '07:00', to: '20:00', headway_min: last ? last.headway_min : 10});
      rerender();
    });
    wrap.appendChild(add);
    return wrap;
  }

  /**
   * Shows a problem next to the field it names (`changes[0].periods[1].headway_min`): the element whose data-field
   * is the longest prefix of the field, else the whole box. Returns whether it found a place.
   */
  function showError(box, field, message) {
    const els = [...box.querySelectorAll('[data-field]')];
    let best = null;
    for (const el of els) {
      const f = el.dataset.field;
      if ((field === f || field.startsWith(f + '.') || field.startsWith(f + '['))
        && (!best || f.length > best.dataset.field.length)) best = el;
    }
    if (!best) return false;
    const err = document.createElement('div');
    err.className = 'field-error';
    err.setAttribute('role', 'alert');
    err.textContent = message;
    best.classList.add('invalid');
    (best.closest('.route-field') || best.parentElement).appendChild(err);
    return true;
  }

  function clearErrors(box) {
    box.querySelectorAll('.field-error').forEach(e => e.remove());
    box.querySelectorAll('.invalid').forEach(e => e.classList.remove('invalid'));
  }

  /** The route ids the changes name (to highlight them on the map). */
  function routes(proposal) {
    return (proposal.changes || []).flatMap(c => c.routes || [c.route]).filter(Boolean);
  }

  window.ChangeEditor = {KINDS, blank, render, showError, clearErrors, routes};
})();
