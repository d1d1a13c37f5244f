/* 问题清单 Findings: every failing check, filtered, sorted and paged in the browser. The state lives in the URL hash
   (#rule=T3-ID&severity=error&year=2021&agency=…&sort=agency&dir=1&page=2) so a filtered view can be linked. */
(function () {
  'use strict';
  var S = window.SITE, el = S.el, t = S.t;
  var PAGE = 50;
  var SEV_RANK = { error: 0, warning: 1, info: 2 };
  S.header('findings');
  var main = document.getElementById('main');
  var d = window.SITE_DATA && window.SITE_DATA.findings;
  if (!d) { S.fail(main, '没有数据：data/findings.js 未找到。', 'No data: data/findings.js is missing.'); return; }
  main.textContent = '';
  var reports = d.reports, rows = d.rows;

  var state = readHash();
  var rules = unique(rows.map(function (f) { return f[1]; })).sort();
  var years = unique(reports.map(function (r) { return r[4]; }).filter(function (y) { return y != null; })).sort();

  main.appendChild(el('h1', null, t('问题清单', 'Findings'), ' ', el('span', { class: 'muted', style: 'font-size:.7em' },
    t('未通过的核对（错误、警告、提示）', 'failing checks: errors, warnings, information'))));

  var ruleSel = select('f-rule', [['', '全部规则 all rules']].concat(rules.map(function (r) { return [r, r + ' ' + (S.rules[r] ? S.rules[r][0] : '')]; })), state.rule);
  var sevSel = select('f-severity', [['', '全部 all'], ['error', '错误 error'], ['warning', '警告 warning'], ['info', '提示 info']], state.severity);
  var yearSel = select('f-year', [['', '全部年度 all years']].concat(years.map(function (y) { return [String(y), String(y)]; })), state.year);
  var agencyIn = el('input', { type: 'search', id: 'f-agency', value: state.agency || '', placeholder: '如：市场监督 e.g. part of a name', autocomplete: 'off' });
  main.appendChild(el('form', { class: 'filters', role: 'search', onsubmit: function (e) { e.preventDefault(); } },
    el('label', { for: 'f-rule' }, t('规则', 'rule'), ruleSel),
    el('label', { for: 'f-severity' }, t('严重程度', 'severity'), sevSel),
    el('label', { for: 'f-year' }, t('年度', 'year'), yearSel),
    el('label', { for: 'f-agency' }, t('机关名称包含', 'agency contains'), agencyIn)));
  var status = el('p', { id: 'result-count', role: 'status', 'aria-live': 'polite' });
  main.appendChild(status);
  var tableBox = el('div');
  main.appendChild(tableBox);

  [ruleSel, sevSel, yearSel].forEach(function (s) { s.addEventListener('change', function () { state.page = 1; update(); }); });
  agencyIn.addEventListener('input', function () { state.page = 1; update(); });
  window.addEventListener('hashchange', function () {
    state = readHash(); ruleSel.value = state.rule || ''; sevSel.value = state.severity || ''; yearSel.value = state.year || '';
    agencyIn.value = state.agency || ''; render();
  });
  render();
  S.rendered();

  function update() {
    state.rule = ruleSel.value; state.severity = sevSel.value; state.year = yearSel.value; state.agency = agencyIn.value.trim();
    writeHash();
    render();
  }

  function render() {
    var q = (state.agency || '').toLowerCase();
    var year = state.year ? Number(state.year) : null;
    var list = [];
    for (var i = 0; i < rows.length; i++) {
      var f = rows[i], r = reports[f[0]];
      if (state.rule && f[1] !== state.rule) continue;
      if (state.severity && f[2] !== state.severity) continue;
      if (year !== null && r[4] !== year) continue;
      if (q && r[2].toLowerCase().indexOf(q) < 0) continue;
      list.push(f);
    }
    if (state.sort) {
      var key = state.sort, dir = state.dir || 1;
      list.sort(function (a, b) { return dir * compare(value(a, key), value(b, key)) || a[0] - b[0]; });
    }
    var pages = Math.max(1, Math.ceil(list.length / PAGE));
    state.page = Math.min(Math.max(1, state.page || 1), pages);
    var shown = list.slice((state.page - 1) * PAGE, state.page * PAGE);
    status.textContent = '';
    status.appendChild(t('共 ' + list.length + ' 项（全部 ' + rows.length + ' 项）', list.length + ' of ' + rows.length + ' findings'));

    tableBox.textContent = '';
    var sortState = { key: state.sort, dir: state.dir || 1 };
    var head = el('tr', null,
      S.sortHeader(['严重程度', 'severity'], 'severity', sortState, sortBy),
      S.sortHeader(['机关', 'agency'], 'agency', sortState, sortBy),
      S.sortHeader(['年度', 'year'], 'year', sortState, sortBy, true),
      S.sortHeader(['规则', 'rule'], 'rule', sortState, sortBy),
      el('th', { scope: 'col' }, t('范围', 'scope')),
      S.sortHeader(['应为', 'expected'], 'expected', sortState, sortBy, true),
      S.sortHeader(['实为', 'actual'], 'actual', sortState, sortBy, true),
      el('th', { scope: 'col' }, t('说明', 'message')),
      el('th', { scope: 'col' }, t('涉及单元格', 'cells')),
      el('th', { scope: 'col' }, t('年报', 'report')));
    tableBox.appendChild(el('table', { class: 'data', id: 'findings' }, el('thead', null, head),
      el('tbody', null, shown.map(function (f) {
        var r = reports[f[0]];
        return el('tr', { 'data-rule': f[1] },
          el('td', null, S.sevBadge(f[2])),
          el('td', null, el('a', { href: S.agencyHref(r[3]), text: r[2] })),
          el('td', { class: 'num', text: r[4] == null ? '—' : r[4] }),
          el('td', { class: 'nowrap', title: S.rules[f[1]] ? S.rules[f[1]].join(' / ') : null, text: f[1] }),
          el('td', { text: f[3] }),
          el('td', { class: 'num', text: S.num(f[4]) }),
          el('td', { class: 'num', text: S.num(f[5]) }),
          el('td', null, S.message(f[6])),
          el('td', { class: 'cells-list', title: f[7].split(';').join('\n'), text: shortRefs(f[7]) }),
          el('td', null, el('a', { class: 'to-report', href: S.reportHref(r[1], f[1], f[3]) }, t('查看年报', 'open report'))));
      }))));
    tableBox.appendChild(pager(pages));
  }

  function pager(pages) {
    var nav = el('nav', { class: 'pager', 'aria-label': '分页 pages' });
    nav.appendChild(el('button', { type: 'button', disabled: state.page <= 1, onclick: function () { go(state.page - 1); } }, t('上一页', 'previous')));
    nav.appendChild(el('span', null, t('第 ' + state.page + ' / ' + pages + ' 页', 'page ' + state.page + ' of ' + pages)));
    nav.appendChild(el('button', { type: 'button', disabled: state.page >= pages, onclick: function () { go(state.page + 1); } }, t('下一页', 'next')));
    return nav;
  }

  function go(page) { state.page = page; writeHash(); render(); main.focus(); }

  function sortBy(key) {
    state.dir = state.sort === key ? -(state.dir || 1) : 1;
    state.sort = key;
    writeHash();
    render();
  }

  function value(f, key) {
    var r = reports[f[0]];
    switch (key) {
      case 'severity': return SEV_RANK[f[2]];
      case 'agency': return r[2];
      case 'year': return r[4];
      case 'rule': return f[1];
      case 'expected': return f[4];
      case 'actual': return f[5];
      default: return 0;
    }
  }

  function compare(a, b) {
    if (a == null) return b == null ? 0 : 1;
    if (b == null) return -1;
    if (typeof a === 'string') return a.localeCompare(b, 'zh-CN');
    return a - b;
  }

  function select(id, options, value) {
    var s = el('select', { id: id }, options.map(function (o) { return el('option', { value: o[0], text: o[1] }); }));
    s.value = value || '';
    return s;
  }

  /** table/row/col keys, one a line, the table named once when all share it. */
  function shortRefs(cells) {
    var refs = cells ? cells.split(';') : [];
    var tables = unique(refs.map(function (r) { return r.split('/')[0]; }));
    if (tables.length !== 1) return refs.join('\n');
    return tables[0] + ':\n' + refs.map(function (r) { return r.split('/').slice(1).join('/'); }).join('\n');
  }

  function unique(a) { return Array.from(new Set(a)); }

  function readHash() {
    var p = new URLSearchParams(location.hash.slice(1));
    return { rule: p.get('rule') || '', severity: p.get('severity') || '', year: p.get('year') || '', agency: p.get('agency') || '',
      sort: p.get('sort') || '', dir: Number(p.get('dir')) || 1, page: Number(p.get('page')) || 1 };
  }

  function writeHash() {
    var p = new URLSearchParams();
    ['rule', 'severity', 'year', 'agency', 'sort'].forEach(function (k) { if (state[k]) p.set(k, state[k]); });
    if (state.sort && state.dir < 0) p.set('dir', '-1');
    if (state.page > 1) p.set('page', String(state.page));
    history.replaceState(null, '', '#' + p.toString());
  }
})();
