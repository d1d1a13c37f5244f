/* 年报 Report: metadata and links, the three tables as the national template prints them (every cell's value and kind,
   failing cells highlighted with their rules, raw text and source location on hover or focus), checks, narrative,
   diagnostics. Loads data/reports/ID.js for report.html?id=ID; &rule=R&scope=S selects one finding. */
(function () {
  'use strict';
  var S = window.SITE, el = S.el, t = S.t;
  S.header('report');
  var main = document.getElementById('main');
  var key = S.safeKey(S.param('id'));
  if (!key) { S.fail(main, '地址中没有有效的年报编号。', 'No valid report id in the address.'); return; }
  S.loadScript('data/reports/' + key + '.js').then(function () { render(window.SITE_DATA.report); }, function () {
    S.fail(main, '找不到该年报的数据（' + key + '）。', 'No data for this report (' + key + ').');
  });

  function render(r) {
    var templates = window.SITE_DATA.templates || {};
    main.textContent = '';
    document.title = (r.title || r.agencyName) + ' · 政府信息公开年报核查';
    var cells = {}, order = [];
    r.cells.forEach(function (c) {
      var ref = c[0] + '/' + c[1] + '/' + c[2];
      if (!cells[ref]) { cells[ref] = { table: c[0], row: c[1], col: c[2], kind: c[3], value: c[4], raw: c[5], unit: c[6], at: c[7], fails: [] }; order.push(ref); }
    });
    var legacy = legacyRows(r.legacy || [], cells);
    var checks = r.checks.map(function (c) {
      return { rule: c[0], scope: c[1], outcome: c[2], severity: c[3], expected: c[4], actual: c[5], message: c[6], cells: c[7] || [], evidence: c[8] };
    });
    checks.forEach(function (c) {
      if (c.outcome !== 'fail') return;
      c.cells.forEach(function (ref) { if (cells[ref]) cells[ref].fails.push(c); });
    });
    var wantRule = S.param('rule'), wantScope = S.param('scope');
    var selected = wantRule ? checks.filter(function (c) { return c.outcome === 'fail' && c.rule === wantRule && (!wantScope || c.scope === wantScope); })[0] : null;

    main.appendChild(el('p', { class: 'muted' }, el('a', { href: S.agencyHref(r.agencyKey), text: r.agencyName }), ' › ', t('年报', 'report')));
    main.appendChild(el('h1', null, r.title || (r.agencyName + (r.year ? ' ' + r.year + ' 年度报告' : ''))));
    main.appendChild(meta(r));

    if (selected) main.appendChild(selectedFinding(selected, cells));

    main.appendChild(el('h2', null, t('表格', 'Tables')));
    var tpl = templates[r.template];
    if (tpl) main.appendChild(legend());
    if (!tpl) {
      main.appendChild(el('p', { class: 'card' }, legacy.length
        ? t('该年报为 2019 年以前的格式，没有国家格式表格；下面是它自己的统计表。', 'This report predates the 2019/2021 national format; below is its own statistics table.')
        : t('该年报不是 2019/2021 国家格式，没有国家格式表格。', 'This report does not follow the 2019/2021 national format; it has no national tables.')));
      if (legacy.length) { main.appendChild(legend()); main.appendChild(legacyTable(legacy, cells)); }
    } else {
      tpl.forEach(function (table) { main.appendChild(renderTable(table, cells, order, templates.extraRows || [])); });
    }

    main.appendChild(el('h2', { id: 'checks' }, t('核对结果', 'Checks')));
    main.appendChild(checksBlock(checks, cells, selected));

    main.appendChild(el('h2', null, t('正文', 'Narrative')));
    if (!r.sections.length) main.appendChild(el('p', { class: 'muted' }, t('未找到正文部分。', 'No narrative section found.')));
    r.sections.forEach(function (s) {
      main.appendChild(el('h3', null, S.label(S.sections, s[0])));
      main.appendChild(el('div', { class: 'narrative', tabindex: '0', text: s[1] }));
    });

    main.appendChild(el('h2', null, t('读取诊断', 'Diagnostics')));
    if (!r.diagnostics.length) main.appendChild(el('p', { class: 'muted' }, t('没有诊断信息。', 'No diagnostics.')));
    else main.appendChild(el('table', { class: 'data', id: 'diagnostics' },
      el('thead', null, el('tr', null, [['代码', 'code'], ['严重程度', 'severity'], ['说明', 'message'], ['位置', 'at']].map(function (c) { return el('th', { scope: 'col' }, t(c[0], c[1])); }))),
      el('tbody', null, r.diagnostics.map(function (d) {
        return el('tr', null, el('td', { text: d[0] }), el('td', null, S.sevBadge(d[1])), el('td', { text: d[2] || '' }), el('td', { class: 'cells-list', text: d[3] || '' }));
      }))));

    wireTip(cells);
    S.rendered();
    if (selected) {
      var first = selected.cells.map(function (ref) { return document.getElementById(cellId(ref)); }).filter(Boolean)[0];
      if (first) { first.focus(); first.scrollIntoView({ block: 'center' }); }
    }
  }

  function meta(r) {
    var rows = [
      [['机关', 'agency'], el('a', { href: S.agencyHref(r.agencyKey), text: r.agency || r.agencyName })],
      [['年度', 'year'], r.year == null ? '—' : String(r.year)],
      [['格式版本', 'template'], S.label(S.template, r.template)],
      [['读取状态', 'status'], S.label(S.status, r.status)],
      [['文件格式', 'file format'], r.format],
      [['发布日期', 'published'], r.publishedAt || '—'],
      [['来源', 'source'], r.sourceHref ? el('a', { href: r.sourceHref, rel: 'noopener noreferrer', text: r.sourceUri }) : r.sourceUri],
      [['存档副本', 'archived copy'], archive(r)],
      [['SHA-256', ''], el('code', { text: r.sha256 })],
      [['核对', 'checks'], el('span', null, el('span', { class: 'out-pass', text: r.pass + ' 通过 pass' }), ' · ',
        el('span', { class: r.fail ? 'out-fail' : '', text: r.fail + ' 不通过 fail' }), ' · ', el('span', { class: 'muted', text: r.notAssessable + ' 无法判断 n/a' }))]
    ];
    var dl = el('dl', { class: 'meta' });
    rows.forEach(function (x) { dl.appendChild(el('dt', null, t(x[0][0], x[0][1]))); dl.appendChild(el('dd', null, x[1])); });
    return el('div', { class: 'card' }, dl);
  }

  /** The archived copy inside the site, or a visible reason why there is none. */
  function archive(r) {
    var size = r.archiveBytes == null ? '' : mib(r.archiveBytes);
    switch (r.archiveState) {
      case 'copied':
        return el('span', { id: 'archive' }, el('a', { href: r.archiveHref, id: 'archive-link' }, t('打开存档', 'open the archived copy')),
          el('span', { class: 'muted', text: ' ' + size + ' · SHA-256 ✓' }));
      case 'too_large':
        return el('span', { id: 'archive', class: 'archive-note' }, t('存档副本 ' + size + ' 超过站点上限 ' + mib(r.archiveMaxBytes) + '，未复制进本站点；原件按下方 SHA-256 保存在抓取存档或原文件处',
          'the archived copy (' + size + ') is over the site\'s cap (' + mib(r.archiveMaxBytes) + ') and was not copied into this site; the original is kept by the SHA-256 below in the crawl archive or where it was read'));
      case 'changed':
        return el('span', { id: 'archive', class: 'archive-note' }, t('读取后原文件已改动（SHA-256 不符），未复制：它已不是本页数字所依据的文件',
          'the file at the source path changed after it was read (SHA-256 differs), so it was not copied: it is no longer the file these figures come from'));
      default:
        return el('span', { id: 'archive', class: 'archive-note muted' }, t('无存档副本：生成本站点时，抓取存档中没有这些字节，读取的文件也已不在原处',
          'no archived copy: when this site was built, the crawl archive did not hold these bytes and the file read was no longer at its path'));
    }
  }

  function mib(bytes) { return bytes == null ? '?' : bytes < 1048576 ? (bytes / 1024).toFixed(1) + ' KiB' : (bytes / 1048576).toFixed(1) + ' MiB'; }

  function selectedFinding(c, cells) {
    var box = el('section', { class: 'card finding-focus', id: 'selected-finding', 'aria-labelledby': 'sf-h' },
      el('h2', { id: 'sf-h', style: 'margin-top:0' }, t('所选问题', 'Selected finding'), ' ', S.sevBadge(c.severity), ' ', c.rule + ' · ' + c.scope),
      S.message(c.message),
      el('p', null, t('应为', 'expected'), ' ', el('strong', { text: S.num(c.expected) }), ' · ', t('实为', 'actual'), ' ', el('strong', { text: S.num(c.actual) })));
    box.appendChild(evidenceTable(c, cells));
    return box;
  }

  /** The cells of a check with their raw text and location: this report's cells, then any other report's from the evidence. */
  function evidenceTable(c, cells) {
    var items = c.cells.map(function (ref) { var x = cells[ref] || {}; return { ref: ref, raw: x.raw, at: x.at, source: null }; });
    if (Array.isArray(c.evidence)) {
      c.evidence.forEach(function (e) {
        if (e && e.source) items.push({ ref: e.ref, raw: e.raw, at: e.at, source: e.source });
        // A narrative check quotes its sentence first: the words the table is compared with.
        else if (e && typeof e.ref === 'string' && e.ref.indexOf('sections/') === 0) items.unshift({ ref: e.ref, raw: e.raw, at: e.at, source: '叙述 narrative', sentence: true });
      });
    } else if (typeof c.evidence === 'string') {
      items.push({ ref: '', raw: c.evidence, at: '', source: '证据（原文） evidence as stored' });
    }
    return el('table', { class: 'data evidence' },
      el('thead', null, el('tr', null, [['单元格', 'cell'], ['原文', 'raw text'], ['位置', 'at'], ['来源', 'from']].map(function (h) { return el('th', { scope: 'col' }, t(h[0], h[1])); }))),
      el('tbody', null, items.map(function (e) {
        var local = !e.source && cells[e.ref];
        return el('tr', e.sentence ? { class: 'sentence' } : null,
          el('td', null, local ? el('a', { href: '#' + cellId(e.ref), text: e.ref }) : e.ref),
          el('td', null, el('code', { class: 'raw', text: e.raw == null ? '' : e.raw })),
          el('td', { class: 'cells-list', text: e.at || '' }),
          el('td', { class: 'cells-list', text: e.source || '本年报 this report' }));
      })));
  }

  /** The pre-2019 statistics table's rows as cells of the page (refs legacy_indicators/KEY/this_year|cumulative, as the checks name them). */
  function legacyRows(rows, cells) {
    var seen = {};
    return rows.map(function (x) {
      var n = seen[x[1]] = (seen[x[1]] || 0) + 1;
      var row = { key: x[1], label: x[2], unit: x[3], ref: 'legacy_indicators/' + x[1] + (n > 1 ? '#' + n : '') };
      [['this_year', 4, 5], ['cumulative', 6, 7]].forEach(function (c) {
        var ref = row.ref + '/' + c[0];
        if (!cells[ref]) cells[ref] = { table: 'legacy_indicators', row: x[1], col: c[0], kind: x[c[2]], value: x[c[1]], raw: x[8], unit: x[3], at: x[9], fails: [] };
      });
      return row;
    });
  }

  /** 2019 年前的统计表: 指标名称 | 计量单位 | 本年度 | 历年累计, as the old form prints it. */
  function legacyTable(rows, cells) {
    var section = el('section', { 'aria-labelledby': 'h-legacy' });
    section.appendChild(el('h3', { id: 'h-legacy' }, '政府信息公开情况统计表（2019 年以前）', el('span', { class: 'en', lang: 'en', text: 'legacy_indicators' })));
    var thead = el('thead', null, el('tr', null, [['指标名称', 'indicator'], ['计量单位', 'unit'], ['本年度', 'this year'], ['历年累计', 'cumulative']].map(function (h) {
      return el('th', { scope: 'col' }, h[0], el('span', { class: 'en', lang: 'en', text: h[1] }));
    })));
    var tb = el('tbody', null, rows.map(function (row) {
      return el('tr', null, el('th', { scope: 'row', class: 'lbl' }, row.label || row.key, el('span', { class: 'en', lang: 'en', text: row.key })),
        el('td', { text: row.unit || '' }),
        ['this_year', 'cumulative'].map(function (col) { var ref = row.ref + '/' + col; return valueCell(cells[ref], ref); }));
    }));
    var wrap = el('div', { style: 'overflow-x:auto' }, el('table', { class: 'tpl', id: 'table-legacy' }, thead, tb));
    section.appendChild(wrap);
    return section;
  }

  function legend() {
    var kinds = [['number', '12', ''], ['blank', '', 'k-blank'], ['na', '—', 'k-na'], ['text', '见附件', 'k-text'], ['missing', '?', 'k-missing']];
    return el('div', { class: 'legend', 'aria-label': '图例 legend' },
      kinds.map(function (k) { return el('span', null, el('span', { class: 'sw ' + k[2], style: k[0] === 'missing' ? 'outline:2px dashed #b0179b;outline-offset:-4px' : null }), S.label(S.kind, k[0])); }),
      el('span', null, el('span', { class: 'sw', style: 'box-shadow: inset 0 0 0 3px #c62828; background:#fde8e8' }), t('未通过核对', 'in a failing check')),
      el('span', { class: 'muted' }, t('悬停或聚焦单元格可看原文与位置', 'hover or focus a cell for its raw text and location')));
  }

  function cellId(ref) { return 'cell-' + ref.replace(/[^A-Za-z0-9_-]/g, '-'); }

  function valueCell(c, ref) {
    if (!c) return el('td', { class: 'cell k-missing', text: '' });
    var cls = 'cell k-' + c.kind + (c.fails.length ? ' fail' : '');
    var td = el('td', { class: cls, id: cellId(ref), tabindex: '0', 'data-ref': ref, 'data-kind': c.kind, 'aria-describedby': 'tip' });
    var shown;
    switch (c.kind) {
      case 'number': shown = S.num(c.value); break;
      case 'blank': shown = ''; break;
      case 'missing': shown = '?'; break;
      default: shown = c.raw || '';
    }
    td.appendChild(el('span', { class: 'v', text: shown }));
    if (c.kind !== 'number') td.appendChild(el('span', { class: 'k', text: S.kind[c.kind] ? S.kind[c.kind][0] : c.kind }));
    if (c.fails.length) td.appendChild(el('span', { class: 'rules', text: unique(c.fails.map(function (f) { return f.rule; })).join(' ') }));
    return td;
  }

  function renderTable(table, cells, order, extraRows) {
    var rows = table.rows.slice();
    var known = {};
    rows.forEach(function (r) { known[r.key] = true; });
    // Rows a report carries beyond its template (the 2019 （六）其他处理 in a 2021 table) go where they print: before the total.
    var extra = [];
    order.forEach(function (ref) {
      var c = cells[ref];
      if (c.table !== table.key || known[c.row]) return;
      known[c.row] = true;
      var def = extraRows.filter(function (x) { return x.key === c.row; })[0] || { key: c.row, label: c.row, cols: [] };
      extra.push(def);
    });
    if (extra.length) {
      var at = rows.map(function (r) { return r.key; }).indexOf('total_processed');
      if (at < 0) at = rows.length;
      rows.splice.apply(rows, [at, 0].concat(extra));
    }
    var section = el('section', { 'aria-labelledby': 'h-' + table.key });
    section.appendChild(el('h3', { id: 'h-' + table.key }, table.heading, el('span', { class: 'en', lang: 'en', text: table.key })));
    var wrap = el('div', { style: 'overflow-x:auto' });
    section.appendChild(wrap);
    if (table.key === 'appeals') wrap.appendChild(appealsTable(rows, cells));
    else if (table.key === 'applications') wrap.appendChild(applicationsTable(rows, cells));
    else wrap.appendChild(activeTable(table, rows, cells));
    return section;
  }

  /** 二: rows with the same columns share a header row, as the printed form repeats its 信息内容 header per block. */
  function activeTable(table, rows, cells) {
    var tb = el('tbody');
    var prev = null;
    rows.forEach(function (r) {
      var sig = r.cols.map(function (c) { return c[0]; }).join(',');
      if (sig !== prev) {
        tb.appendChild(el('tr', null, el('th', { scope: 'col' }, '信息内容'), r.cols.map(function (c) {
          return el('th', { scope: 'col' }, c[1], el('span', { class: 'en', lang: 'en', text: c[0] }));
        })));
        prev = sig;
      }
      tb.appendChild(el('tr', null, el('th', { scope: 'row', class: 'lbl' }, r.label, el('span', { class: 'en', lang: 'en', text: r.key })),
        r.cols.map(function (c) { var ref = table.key + '/' + r.key + '/' + c[0]; return valueCell(cells[ref], ref); })));
    });
    return el('table', { class: 'tpl', id: 'table-active' }, tb);
  }

  /** 三: the applicant header in two levels and the row labels in up to three merged levels, as printed. */
  function applicationsTable(rows, cells) {
    var cols = rows.length ? rows[0].cols : [];
    var natural = cols.filter(function (c) { return c[0] === 'natural_person'; });
    var orgs = cols.filter(function (c) { return ['natural_person', 'total'].indexOf(c[0]) < 0; });
    var total = cols.filter(function (c) { return c[0] === 'total'; });
    var colHead = function (c, attrs) { return el('th', attrs || { scope: 'col' }, c[1], el('span', { class: 'en', lang: 'en', text: c[0] })); };
    var thead = el('thead', null,
      el('tr', null, el('th', { colspan: '3', rowspan: '3', scope: 'col' }, t('（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）', '')),
        el('th', { colspan: String(cols.length), scope: 'colgroup' }, '申请人情况', el('span', { class: 'en', lang: 'en', text: 'applicants' }))),
      el('tr', null, natural.map(function (c) { return colHead(c, { scope: 'col', rowspan: '2' }); }),
        orgs.length ? el('th', { colspan: String(orgs.length), scope: 'colgroup' }, '法人或其他组织', el('span', { class: 'en', lang: 'en', text: 'organisations' })) : null,
        total.map(function (c) { return colHead(c, { scope: 'col', rowspan: '2' }); })),
      el('tr', null, orgs.map(function (c) { return colHead(c); })));
    var order = natural.concat(orgs, total);

    // Label levels: 一、… alone; 三、本年度办理结果 over its sub-rows; （三）不予公开 over 1.–8.
    var lv = [], group1 = null;
    rows.forEach(function (r) {
      var parts = r.label.split(/\s+/);
      if (/^[一二三四五六七八九十]+、/.test(parts[0])) {
        if (parts.length === 1) { lv.push([parts[0], null, null]); group1 = null; return; }
        group1 = parts.shift();
      }
      if (!group1) { lv.push([parts.join(' '), null, null]); return; }
      lv.push(parts.length >= 2 ? [group1, parts[0], parts.slice(1).join(' ')] : [group1, parts[0], null]);
    });
    var tb = el('tbody');
    rows.forEach(function (r, i) {
      var tr = el('tr');
      var l = lv[i];
      var en = el('span', { class: 'en', lang: 'en', text: r.key });
      if (l[1] == null) {
        tr.appendChild(el('th', { scope: 'row', class: 'lbl', colspan: '3' }, l[0], en));
      } else {
        if (i === 0 || lv[i - 1][0] !== l[0]) tr.appendChild(el('th', { scope: 'rowgroup', class: 'lbl', rowspan: String(span(i, 0)) }, l[0]));
        if (l[2] == null) tr.appendChild(el('th', { scope: 'row', class: 'lbl', colspan: '2' }, l[1], en));
        else {
          if (i === 0 || lv[i - 1][1] !== l[1] || lv[i - 1][0] !== l[0] || lv[i - 1][2] == null) tr.appendChild(el('th', { scope: 'rowgroup', class: 'lbl', rowspan: String(span(i, 1)) }, l[1]));
          tr.appendChild(el('th', { scope: 'row', class: 'lbl' }, l[2], en));
        }
      }
      order.forEach(function (c) { var ref = 'applications/' + r.key + '/' + c[0]; tr.appendChild(valueCell(cells[ref], ref)); });
      tb.appendChild(tr);
    });
    return el('table', { class: 'tpl', id: 'table-applications' }, thead, tb);

    function span(i, level) {
      var n = 1;
      // A row whose label has no sub-item (the 2019 （六）其他处理 kept beside the 2021 sub-rows) stands alone in level 2.
      while (i + n < lv.length && lv[i + n][level] === lv[i][level] && (level === 0 || (lv[i + n][0] === lv[i][0] && lv[i + n][2] != null)) && lv[i + n][1] != null) n++;
      return n;
    }
  }

  /** 四: printed as one row of 15 numbers under 行政复议 | 行政诉讼（未经复议直接起诉 | 复议后起诉）. */
  function appealsTable(rows, cells) {
    var review = rows.filter(function (r) { return r.key === 'review'; });
    var suits = rows.filter(function (r) { return r.key !== 'review'; });
    var sub = function (r) { return r.label.split(/\s+/).slice(1).join(' ') || r.label; };
    var colHead = function (c, attrs) { return el('th', attrs, c[1], el('span', { class: 'en', lang: 'en', text: c[0] })); };
    var thead = el('thead', null,
      el('tr', null, review.map(function (r) { return el('th', { colspan: String(r.cols.length), scope: 'colgroup' }, '行政复议', el('span', { class: 'en', lang: 'en', text: r.key })); }),
        suits.length ? el('th', { colspan: String(suits.reduce(function (a, r) { return a + r.cols.length; }, 0)), scope: 'colgroup' }, '行政诉讼', el('span', { class: 'en', lang: 'en', text: 'litigation' })) : null),
      el('tr', null, review.map(function (r) { return r.cols.map(function (c) { return colHead(c, { rowspan: '2', scope: 'col' }); }); }),
        suits.map(function (r) { return el('th', { colspan: String(r.cols.length), scope: 'colgroup' }, sub(r), el('span', { class: 'en', lang: 'en', text: r.key })); })),
      el('tr', null, suits.map(function (r) { return r.cols.map(function (c) { return colHead(c, { scope: 'col' }); }); })));
    var tr = el('tr');
    review.concat(suits).forEach(function (r) { r.cols.forEach(function (c) { var ref = 'appeals/' + r.key + '/' + c[0]; tr.appendChild(valueCell(cells[ref], ref)); }); });
    return el('table', { class: 'tpl', id: 'table-appeals' }, thead, el('tbody', null, tr));
  }

  function checksBlock(checks, cells, selected) {
    var box = el('div');
    var notPass = checks.filter(function (c) { return c.outcome !== 'pass'; });
    var rank = { fail: 0, not_assessable: 1 }, sev = { error: 0, warning: 1, info: 2 };
    notPass.sort(function (a, b) { return rank[a.outcome] - rank[b.outcome] || (sev[a.severity] - sev[b.severity]) || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0); });
    var byRule = {};
    checks.forEach(function (c) { var x = byRule[c.rule] = byRule[c.rule] || { pass: 0, fail: 0, not_assessable: 0 }; x[c.outcome] = (x[c.outcome] || 0) + 1; });
    box.appendChild(el('table', { class: 'data' },
      el('thead', null, el('tr', null, [['规则', 'rule'], ['含义', 'what must hold'], ['通过', 'pass'], ['不通过', 'fail'], ['无法判断', 'not assessable']].map(function (h, i) { return el('th', { scope: 'col', class: i > 1 ? 'num' : null }, t(h[0], h[1])); }))),
      el('tbody', null, Object.keys(byRule).sort().map(function (rule) {
        var x = byRule[rule];
        return el('tr', null, el('th', { scope: 'row', text: rule }), el('td', null, S.label(S.rules, rule)), el('td', { class: 'num', text: x.pass }),
          el('td', { class: 'num' + (x.fail ? ' out-fail' : ''), text: x.fail }), el('td', { class: 'num', text: x.not_assessable }));
      }))));
    if (!notPass.length) { box.appendChild(el('p', null, t('全部核对通过。', 'Every check passed.'))); return box; }
    box.appendChild(el('table', { class: 'data', id: 'check-list' },
      el('thead', null, el('tr', null, [['结果', 'outcome'], ['严重程度', 'severity'], ['规则', 'rule'], ['范围', 'scope'], ['应为', 'expected'], ['实为', 'actual'], ['说明', 'message'], ['', '']].map(function (h) { return el('th', { scope: 'col' }, t(h[0], h[1])); }))),
      el('tbody', null, notPass.map(function (c) {
        var isSel = c === selected;
        return el('tr', { class: isSel ? 'finding-focus' : null, 'data-rule': c.rule },
          el('td', { class: 'out-' + c.outcome }, S.label(S.outcome, c.outcome)), el('td', null, S.sevBadge(c.severity)),
          el('td', { text: c.rule }), el('td', { text: c.scope }), el('td', { class: 'num', text: S.num(c.expected) }), el('td', { class: 'num', text: S.num(c.actual) }),
          el('td', null, S.message(c.message)),
          el('td', null, c.outcome === 'fail' && c.cells.length ? el('button', { type: 'button', onclick: function () { select(c); } }, t('在表中显示', 'show in table')) : null));
      }))));
    return box;
  }

  function select(c) {
    Array.prototype.forEach.call(document.querySelectorAll('td.cell.selected'), function (td) { td.classList.remove('selected'); });
    var tds = c.cells.map(function (ref) { return document.getElementById(cellId(ref)); }).filter(Boolean);
    tds.forEach(function (td) { td.classList.add('selected'); });
    if (tds[0]) { tds[0].focus(); tds[0].scrollIntoView({ block: 'center' }); }
  }

  function wireTip(cells) {
    var tip = document.getElementById('tip');
    var show = function (td) {
      var c = cells[td.getAttribute('data-ref')];
      if (!c) return;
      tip.textContent = '';
      var dl = el('dl');
      var add = function (zh, en, v) { dl.appendChild(el('dt', null, t(zh, en))); dl.appendChild(el('dd', null, v)); };
      add('单元格', 'cell', td.getAttribute('data-ref'));
      add('类型', 'kind', S.label(S.kind, c.kind));
      if (c.kind === 'number') add('数值', 'value', S.num(c.value) + (c.unit ? ' ' + c.unit : ''));
      add('原文', 'raw', el('span', { class: 'raw', id: 'tip-raw', text: c.raw == null || c.raw === '' ? '（无 none）' : c.raw }));
      add('位置', 'at', el('span', { id: 'tip-at', text: c.at || '（无 none）' }));
      unique(c.fails).forEach(function (f) { add(f.rule, S.severity[f.severity] ? S.severity[f.severity][0] : f.severity, f.message || ''); });
      tip.appendChild(dl);
      tip.hidden = false;
      var b = td.getBoundingClientRect();
      tip.style.left = Math.max(4, Math.min(window.scrollX + b.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8)) + 'px';
      tip.style.top = (window.scrollY + b.bottom + 4) + 'px';
    };
    var hide = function () { tip.hidden = true; };
    main.addEventListener('mouseover', function (e) { var td = e.target.closest && e.target.closest('td.cell'); if (td) show(td); });
    main.addEventListener('mouseout', function (e) { var td = e.target.closest && e.target.closest('td.cell'); if (td && !td.contains(e.relatedTarget)) { if (document.activeElement === td) show(td); else hide(); } });
    main.addEventListener('focusin', function (e) { var td = e.target.closest && e.target.closest('td.cell'); if (td) show(td); else hide(); });
    main.addEventListener('focusout', function (e) { if (!e.relatedTarget || !e.relatedTarget.closest || !e.relatedTarget.closest('td.cell')) hide(); });
    document.addEventListener('keydown', function (e) { if (e.key === 'Escape') hide(); });
  }

  function unique(a) { return Array.from(new Set(a)); }
})();
