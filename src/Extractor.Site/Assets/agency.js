/* 机关 Agency: the agency's reports over the years, charts of the key quantities (each with its data table), and the
   cross-year checks (X-CARRY, X-IN-FORCE) placed between the two years they link. Loads data/agencies/KEY.js. */
(function () {
  'use strict';
  var S = window.SITE, el = S.el, t = S.t;
  S.header('agency');
  var main = document.getElementById('main');
  var key = S.safeKey(S.param('a'));
  if (!key) { S.fail(main, '地址中没有有效的机关编号。', 'No valid agency id in the address.'); return; }
  S.loadScript('data/agencies/' + key + '.js').then(function () { render(window.SITE_DATA.agency); }, function () {
    S.fail(main, '找不到该机关的数据（' + key + '）。', 'No data for this agency (' + key + ').');
  });

  function render(a) {
    main.textContent = '';
    document.title = a.name + ' · 政府信息公开年报核查';
    main.appendChild(el('h1', null, a.name, el('span', { class: 'en', lang: 'en', text: 'agency' })));

    var reports = a.reports.map(function (r) {
      return { id: r[0], key: r[1], year: r[2], title: r[3], template: r[4], status: r[5], pass: r[6], fail: r[7], na: r[8], q: r[9] };
    });
    main.appendChild(el('h2', null, t('历年年报', 'Reports over the years')));
    main.appendChild(el('table', { class: 'data', id: 'agency-reports' },
      el('thead', null, el('tr', null, [['年度', 'year'], ['标题', 'title'], ['格式版本', 'template'], ['读取状态', 'status'], ['通过', 'pass'], ['不通过', 'fail'], ['无法判断', 'n/a']]
        .map(function (h, i) { return el('th', { scope: 'col', class: i >= 4 ? 'num' : null }, t(h[0], h[1])); }))),
      el('tbody', null, reports.map(function (r) {
        return el('tr', null, el('th', { scope: 'row', text: r.year == null ? '—' : r.year }),
          el('td', null, el('a', { href: S.reportHref(r.key), text: r.title || r.id })),
          el('td', null, S.label(S.template, r.template)), el('td', null, S.label(S.status, r.status)),
          el('td', { class: 'num', text: r.pass }), el('td', { class: 'num' + (r.fail ? ' out-fail' : ''), text: r.fail }), el('td', { class: 'num', text: r.na }));
      }))));

    // One point per year: the first parsed report of the year (a mirror of the same report adds nothing).
    var byYear = {};
    reports.forEach(function (r) { if (r.year != null && (!byYear[r.year] || (byYear[r.year].status !== 'parsed' && r.status === 'parsed'))) byYear[r.year] = r; });
    var years = Object.keys(byYear).map(Number).sort(function (x, y) { return x - y; });
    var q = function (y, k) { return byYear[y].q[k]; };
    var share = function (y, k) { var p = q(y, 'processed'), v = q(y, k); return p && v != null ? Math.round(1000 * v / p) / 10 : null; };

    main.appendChild(el('h2', null, t('主要数量', 'Key quantities')));
    if (!years.length) main.appendChild(el('p', { class: 'muted' }, t('没有可用的年度数据。', 'No yearly figures.')));
    else {
      var grid = el('div', { class: 'grid2' });
      main.appendChild(grid);
      var line = function (name, data) { return { name: name, type: 'line', connectNulls: false, symbolSize: 8, data: data }; };
      S.chart(grid, ['收到和办理的申请', 'applications received and processed'], [['年度', 'year'], ['本年新收', 'received'], ['办理总计', 'processed']],
        years.map(function (y) { return [y, q(y, 'received'), q(y, 'processed')]; }),
        { series: [line('本年新收 received', years.map(function (y) { return q(y, 'received'); })), line('办理总计 processed', years.map(function (y) { return q(y, 'processed'); }))] });
      S.chart(grid, ['办理结果占比（%）', 'outcome shares of processed (%)'], [['年度', 'year'], ['予以公开', 'granted'], ['部分公开', 'partially'], ['不予公开', 'withheld'], ['无法提供', 'unavailable']],
        years.map(function (y) { return [y, share(y, 'granted'), share(y, 'partial'), share(y, 'withheld'), share(y, 'unavailable')]; }),
        { yAxis: { type: 'value', max: 100 }, series: [
          line('予以公开 granted', years.map(function (y) { return share(y, 'granted'); })),
          line('部分公开 partially', years.map(function (y) { return share(y, 'partial'); })),
          line('不予公开 withheld', years.map(function (y) { return share(y, 'withheld'); })),
          line('无法提供 unavailable', years.map(function (y) { return share(y, 'unavailable'); }))] });
      S.chart(grid, ['行政复议和行政诉讼', 'administrative reviews and lawsuits'], [['年度', 'year'], ['行政复议', 'reviews'], ['行政诉讼', 'lawsuits']],
        years.map(function (y) { return [y, q(y, 'reviews'), q(y, 'lawsuits')]; }),
        { series: [{ name: '行政复议 reviews', type: 'bar', data: years.map(function (y) { return q(y, 'reviews'); }) },
                   { name: '行政诉讼 lawsuits', type: 'bar', data: years.map(function (y) { return q(y, 'lawsuits'); }) }] });
      main.appendChild(el('p', { class: 'muted' }, t('空白或无法读取的数量不画点（不当作 0）；分项之和中的空白按 0 计，与核对规则相同。', 'A blank or unreadable quantity is left out of a chart, never drawn as 0; within a sum of sub-rows a blank counts as 0, as in the checks.')));
      main.appendChild(el('p', { class: 'muted' }, t('2019年以前的年度取自旧统计表：受理申请总数、行政复议数、行政诉讼数（本年度）。', 'Years before 2019 come from the old statistics table: applications received, reviews and lawsuits (this year).')));
    }

    main.appendChild(legacyTable(a.legacy || []));

    main.appendChild(el('h2', null, t('跨年核对', 'Cross-year checks')));
    main.appendChild(timeline(reports, a.cross));
    S.rendered();
  }

  /** The pre-2019 statistics tables (legacy_indicators) per year; a value that is not a number shows its kind, never 0. */
  function legacyTable(rows) {
    var box = el('section', { id: 'agency-legacy' });
    box.appendChild(el('h2', null, t('2019年以前的统计表', 'Pre-2019 statistics tables')));
    if (!rows.length) { box.appendChild(el('p', { class: 'muted' }, t('没有2019年以前的统计数据。', 'No pre-2019 statistics.'))); return box; }
    var value = function (v, kind) {
      return kind === 'number' ? el('td', { class: 'num', text: S.num(v) })
        : el('td', { class: 'num kind-' + kind, 'data-kind': kind }, S.label(S.kind, kind));
    };
    box.appendChild(el('table', { class: 'data', id: 'legacy-indicators' },
      el('thead', null, el('tr', null, [['年度', 'year'], ['指标', 'indicator'], ['计量单位', 'unit'], ['本年度', 'this year'], ['历年累计', 'cumulative']]
        .map(function (h, i) { return el('th', { scope: 'col', class: i >= 3 ? 'num' : null }, t(h[0], h[1])); }))),
      el('tbody', null, rows.map(function (r) {
        var x = { key: r[0], year: r[1], indicator: r[3], label: r[4], unit: r[5], thisYear: r[6], thisYearKind: r[7], cumulative: r[8], cumulativeKind: r[9] };
        return el('tr', { 'data-indicator': x.indicator },
          el('th', { scope: 'row' }, el('a', { href: S.reportHref(x.key), text: x.year == null ? '—' : String(x.year) })),
          el('td', null, x.label || x.indicator, ' ', el('code', { class: 'muted', text: x.indicator })),
          el('td', { text: x.unit || '' }), value(x.thisYear, x.thisYearKind), value(x.cumulative, x.cumulativeKind));
      }))));
    return box;
  }

  /** The years in order, with the cross-year checks that link two of them placed between them. */
  function timeline(reports, cross) {
    var box = el('div', { class: 'timeline', id: 'timeline' });
    var links = {};
    cross.forEach(function (c) {
      var x = { toKey: c[0], toYear: c[1], fromKey: c[2], fromYear: c[3], rule: c[4], scope: c[5], outcome: c[6], severity: c[7], expected: c[8], actual: c[9], message: c[10] };
      (links[x.toKey] = links[x.toKey] || []).push(x);
    });
    if (!cross.length) box.appendChild(el('p', { class: 'muted' }, t('没有可比较的相邻年度。', 'No consecutive years to compare.')));
    reports.forEach(function (r) {
      var l = links[r.key];
      if (l) {
        var fails = l.filter(function (x) { return x.outcome === 'fail'; });
        var rules = Array.from(new Set(l.map(function (x) { return x.rule; })));
        var link = el('div', { class: 'link' + (fails.length ? ' has-fail' : ''), 'data-from': l[0].fromYear, 'data-to': l[0].toYear });
        link.appendChild(el('p', { style: 'margin:.1rem 0' }, el('strong', { text: (l[0].fromYear == null ? '?' : l[0].fromYear) + ' → ' + r.year }), ' ',
          rules.map(function (rule) {
            var rs = l.filter(function (x) { return x.rule === rule; });
            var f = rs.filter(function (x) { return x.outcome === 'fail'; }).length, p = rs.filter(function (x) { return x.outcome === 'pass'; }).length;
            return el('span', { class: 'badge', style: 'margin-right:.4rem' }, rule + ': ' + p + ' 通过 pass · ' + f + ' 不通过 fail · ' + (rs.length - p - f) + ' 无法判断 n/a');
          })));
        if (fails.length) link.appendChild(el('table', { class: 'data' },
          el('thead', null, el('tr', null, [['规则', 'rule'], ['范围', 'scope'], ['应为', 'expected'], ['实为', 'actual'], ['说明', 'message']].map(function (h) { return el('th', { scope: 'col' }, t(h[0], h[1])); }))),
          el('tbody', null, fails.map(function (x) {
            return el('tr', null, el('td', null, S.sevBadge(x.severity), ' ', x.rule), el('td', { text: x.scope }), el('td', { class: 'num', text: S.num(x.expected) }),
              el('td', { class: 'num', text: S.num(x.actual) }), el('td', null, S.message(x.message), el('a', { href: S.reportHref(x.toKey, x.rule, x.scope) }, t('查看', 'view'))));
          }))));
        box.appendChild(link);
      }
      box.appendChild(el('div', { class: 'year' }, el('strong', { text: r.year == null ? '—' : String(r.year) }), ' ',
        el('a', { href: S.reportHref(r.key), text: r.title || r.id }), ' ', r.fail ? el('span', { class: 'out-fail', text: r.fail + ' 项不通过 failing' })
          : r.status === 'parsed' || r.status === 'partial' ? el('span', { class: 'out-pass', title: '全部通过 every check passed', text: '✓' })
          : el('span', { class: 'muted' }, S.label(S.status, r.status))));
    });
    return box;
  }
})();
