/* 概览 Overview: reports by year, template, status and format; check outcomes by rule; the findings that matter first. */
(function () {
  'use strict';
  var S = window.SITE, el = S.el, t = S.t;
  S.header('overview');
  var main = document.getElementById('main');
  var d = window.SITE_DATA && window.SITE_DATA.overview;
  if (!d) { S.fail(main, '没有数据：data/overview.js 未找到。', 'No data: data/overview.js is missing.'); return; }
  main.textContent = '';

  main.appendChild(el('h1', null, t('政府信息公开工作年度报告核查概览', 'Overview of the annual disclosure reports')));
  var errors = d.rules.filter(function (r) { return r[1] === 'error'; }).reduce(function (a, r) { return a + r[3]; }, 0);
  var warnings = d.rules.filter(function (r) { return r[1] === 'warning'; }).reduce(function (a, r) { return a + r[3]; }, 0);
  main.appendChild(el('div', { class: 'cards' },
    stat(d.reports, '份年报', 'reports'),
    stat(d.agencies.length, '个机关', 'agencies'),
    stat(errors, '项错误', 'failed error checks', 'findings.html#severity=error'),
    stat(warnings, '项警告', 'failed warning checks', 'findings.html#severity=warning')));

  var charts = el('div', { class: 'grid2' });
  main.appendChild(el('h2', null, t('逐年情况', 'By year')));
  main.appendChild(charts);
  S.chart(charts, ['各年度年报数量', 'reports per year'], [['年度', 'year'], ['年报', 'reports'], ['有错误的年报', 'reports with an error']],
    d.years.map(function (y) { return [y[0], y[1], y[2]]; }),
    { series: [{ name: '年报 reports', type: 'bar', data: d.years.map(function (y) { return y[1]; }) },
               { name: '有错误 with error', type: 'bar', data: d.years.map(function (y) { return y[2]; }), itemStyle: { color: '#c62828' } }] });
  S.chart(charts, ['各年度未通过的核对', 'failing checks per year'], [['年度', 'year'], ['错误', 'error'], ['警告', 'warning'], ['提示', 'info']],
    d.years.map(function (y) { return [y[0], y[3], y[4], y[5]]; }),
    { series: [
      { name: '错误 error', type: 'bar', stack: 'f', data: d.years.map(function (y) { return y[3]; }), itemStyle: { color: '#c62828' } },
      { name: '警告 warning', type: 'bar', stack: 'f', data: d.years.map(function (y) { return y[4]; }), itemStyle: { color: '#e0a030' } },
      { name: '提示 info', type: 'bar', stack: 'f', data: d.years.map(function (y) { return y[5]; }), itemStyle: { color: '#5b8db0' } }] });

  main.appendChild(el('h2', null, t('需要关注的问题', 'Findings that matter first')));
  main.appendChild(el('p', null, t('错误在前，警告随后。', 'Errors first, then warnings.'), ' ',
    el('a', { href: 'findings.html' }, t('全部 ' + d.findings + ' 项问题 →', 'all findings'))));
  main.appendChild(findingsTable(d.topReports, d.top));

  main.appendChild(el('h2', null, t('按规则的核对结果', 'Check outcomes by rule')));
  main.appendChild(el('table', { class: 'data' },
    el('thead', null, el('tr', null, [['规则', 'rule'], ['含义', 'what must hold'], ['严重程度', 'severity'], ['通过', 'pass'], ['不通过', 'fail'], ['无法判断', 'not assessable']]
      .map(function (c, i) { return el('th', { scope: 'col', class: i > 2 ? 'num' : null }, t(c[0], c[1])); }))),
    el('tbody', null, d.rules.map(function (r) {
      return el('tr', null,
        el('th', { scope: 'row' }, r[3] > 0 ? el('a', { href: 'findings.html#rule=' + encodeURIComponent(r[0]) }, r[0]) : r[0]),
        el('td', null, S.label(S.rules, r[0])),
        el('td', null, S.sevBadge(r[1])),
        el('td', { class: 'num', text: S.num(r[2]) }),
        el('td', { class: 'num out-' + (r[3] ? 'fail' : 'pass'), text: S.num(r[3]) }),
        el('td', { class: 'num', text: S.num(r[4]) }));
    }))));

  main.appendChild(el('h2', null, t('年报构成', 'What was read')));
  var grid = el('div', { class: 'grid2' });
  main.appendChild(grid);
  grid.appendChild(countTable(['年度', 'year'], d.byYear, null));
  grid.appendChild(countTable(['格式版本', 'template'], d.byTemplate, S.template));
  grid.appendChild(countTable(['读取状态', 'status'], d.byStatus, S.status));
  grid.appendChild(countTable(['文件格式', 'file format'], d.byFormat, null));

  main.appendChild(el('h2', null, t('机关', 'Agencies')));
  var filter = el('input', { type: 'search', id: 'agency-filter', placeholder: '输入机关名称 type a name' });
  main.appendChild(el('div', { class: 'filters' }, el('label', { for: 'agency-filter' }, t('筛选机关', 'filter agencies'), filter)));
  var agencyBox = el('div');
  main.appendChild(agencyBox);
  function renderAgencies() {
    var q = filter.value.trim();
    var rows = d.agencies.filter(function (a) { return !q || a[1].indexOf(q) >= 0; })
      .sort(function (a, b) { return b[3] - a[3] || (a[1] < b[1] ? -1 : 1); });
    var shown = rows.slice(0, 100);
    agencyBox.textContent = '';
    agencyBox.appendChild(el('table', { class: 'data' },
      el('thead', null, el('tr', null, [['机关', 'agency'], ['年报', 'reports'], ['未通过核对', 'failing checks'], ['年度', 'years']]
        .map(function (c, i) { return el('th', { scope: 'col', class: i === 1 || i === 2 ? 'num' : null }, t(c[0], c[1])); }))),
      el('tbody', null, shown.map(function (a) {
        return el('tr', null, el('th', { scope: 'row' }, el('a', { href: S.agencyHref(a[0]), text: a[1] })),
          el('td', { class: 'num', text: S.num(a[2]) }), el('td', { class: 'num' + (a[3] ? ' out-fail' : ''), text: S.num(a[3]) }),
          el('td', { text: a[4] == null ? '—' : (a[4] === a[5] ? a[4] : a[4] + '–' + a[5]) }));
      }))));
    if (rows.length > shown.length) agencyBox.appendChild(el('p', { class: 'muted' }, t('共 ' + rows.length + ' 个，显示未通过最多的前 100 个。', rows.length + ' in all; the 100 with most failing checks shown.')));
  }
  filter.addEventListener('input', renderAgencies);
  renderAgencies();
  S.rendered();

  function stat(n, zh, en, href) {
    var box = el('div', { class: 'stat' }, el('div', { class: 'num', text: S.num(n) }), el('div', null, t(zh, en)));
    return href ? el('a', { href: href, style: 'text-decoration:none;color:inherit' }, box) : box;
  }

  function countTable(title, rows, map) {
    return el('table', { class: 'data' }, el('caption', null, t(title[0], title[1])),
      el('thead', null, el('tr', null, el('th', { scope: 'col' }, t(title[0], title[1])), el('th', { scope: 'col', class: 'num' }, t('年报', 'reports')))),
      el('tbody', null, rows.map(function (r) {
        return el('tr', null, el('th', { scope: 'row' }, map ? S.label(map, r[0]) : r[0]), el('td', { class: 'num', text: S.num(r[1]) }));
      })));
  }

  function findingsTable(reports, rows) {
    if (!rows.length) return el('p', { class: 'card' }, t('没有未通过的核对。', 'No failing checks.'));
    return el('table', { class: 'data' },
      el('thead', null, el('tr', null, [['严重程度', 'severity'], ['机关', 'agency'], ['年度', 'year'], ['规则', 'rule'], ['说明', 'message'], ['', '']]
        .map(function (c) { return el('th', { scope: 'col' }, t(c[0], c[1])); }))),
      el('tbody', null, rows.map(function (f) {
        var r = reports[f[0]];
        return el('tr', null, el('td', null, S.sevBadge(f[2])), el('td', null, el('a', { href: S.agencyHref(r[3]), text: r[2] })),
          el('td', { text: r[4] == null ? '—' : r[4] }), el('td', { text: f[1] + ' · ' + f[3] }), el('td', null, S.message(f[6])),
          el('td', null, el('a', { href: S.reportHref(r[1], f[1], f[3]) }, t('查看', 'view'))));
      })));
  }
})();
