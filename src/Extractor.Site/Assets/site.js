/* Shared helpers of the watchdog site. Data comes from data/*.js files (script tags, because browsers refuse to fetch
   files from file:// pages). Every text from the datasets goes into the page through textContent, never as HTML. */
(function () {
  'use strict';
  var S = window.SITE = {};

  S.el = function (tag, attrs) {
    var e = document.createElement(tag);
    if (attrs) {
      for (var k in attrs) {
        if (!Object.prototype.hasOwnProperty.call(attrs, k) || attrs[k] == null || attrs[k] === false) continue;
        if (k === 'text') e.textContent = attrs[k];
        else if (k === 'class') e.className = attrs[k];
        else if (k.slice(0, 2) === 'on') e.addEventListener(k.slice(2), attrs[k]);
        else e.setAttribute(k, attrs[k] === true ? '' : attrs[k]);
      }
    }
    for (var i = 2; i < arguments.length; i++) S.append(e, arguments[i]);
    return e;
  };

  S.append = function (parent, child) {
    if (child == null || child === false) return parent;
    if (Array.isArray(child)) { child.forEach(function (c) { S.append(parent, c); }); return parent; }
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
    return parent;
  };

  /** Chinese label with the English one beside it. */
  S.t = function (zh, en) {
    var f = document.createDocumentFragment();
    f.appendChild(document.createTextNode(zh));
    if (en) f.appendChild(S.el('span', { class: 'en', lang: 'en' }, en));
    return f;
  };

  S.loadScript = function (src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement('script');
      s.src = src;
      s.onload = function () { resolve(); };
      s.onerror = function () { reject(new Error('cannot load ' + src)); };
      document.head.appendChild(s);
    });
  };

  S.param = function (name) { return new URLSearchParams(location.search).get(name); };

  /** A file key of the data folder: letters, digits, - and _ only (the builder makes them so). */
  S.safeKey = function (key) { return key && /^[0-9a-z_-]{1,64}$/.test(key) ? key : null; };

  S.severity = { error: ['错误', 'error'], warning: ['警告', 'warning'], info: ['提示', 'info'] };
  S.outcome = { pass: ['通过', 'pass'], fail: ['不通过', 'fail'], not_assessable: ['无法判断', 'not assessable'] };
  S.kind = {
    number: ['数字', 'number'], blank: ['空白', 'blank'], na: ['不适用', 'n/a'], text: ['文字', 'text'], missing: ['缺失', 'missing']
  };
  S.status = { parsed: ['已读取', 'parsed'], partial: ['部分读取', 'partial'], failed: ['读取失败', 'failed'], not_a_report: ['非年报', 'not a report'] };
  S.template = { '2021': ['2021 版格式', '2021 format'], '2019': ['2019 版格式', '2019 format'], legacy: ['2019 年前', 'legacy'], unknown: ['未识别', 'unknown'] };
  S.rules = {
    'T3-ID': ['表三：新收＋上年结转＝办理总计＋结转下年度', 'table 3: received + carried over = processed + carried forward'],
    'T3-SUM': ['表三：办理结果各项之和＝总计', 'table 3: outcomes add up to the total processed'],
    'T3-COL': ['表三：各类申请人之和＝总计', 'table 3: applicant columns add up to the total'],
    'T4-SUM': ['表四：维持＋纠正＋其他＋尚未审结＝总计', 'table 4: results add up to the total'],
    'NEG': ['数量不为负', 'counts are not negative'],
    'STRUCT': ['三张表及各部分齐全', 'tables and sections complete'],
    'TEMPLATE-YEAR': ['格式与年度相符', 'template matches the year'],
    'NARR-NUM': ['正文数字与表格一致', 'narrative numbers match the table'],
    'LEG-SUB': ['2019年前统计表：分项不大于总数', 'pre-2019 table: a sub-item is at most its total'],
    'LEG-CUM': ['2019年前统计表：本年度不大于历年累计', 'pre-2019 table: this year is at most the cumulative figure'],
    'NARR-LEG': ['正文数字与2019年前统计表一致', 'narrative numbers match the pre-2019 statistics table'],
    'NARR-RATE': ['正文所述办结率与件数一致', 'a stated completion rate matches the stated counts'],
    'X-LEG-CUM': ['历年累计＝上年累计＋本年度', 'cumulative = last year\'s cumulative + this year'],
    'X-CARRY': ['本年“上年结转”＝上年“结转下年度”', 'carried over = last year\'s carried forward'],
    'X-IN-FORCE': ['现行有效件数＝上年＋制发－废止', 'in force = last year + issued − repealed']
  };
  S.sections = {
    overall: ['一、总体情况', 'overall'], active: ['二、主动公开政府信息情况', 'proactive disclosure'],
    applications: ['三、收到和处理政府信息公开申请情况', 'applications'], appeals: ['四、行政复议、行政诉讼情况', 'reviews and lawsuits'],
    problems: ['五、存在的主要问题及改进情况', 'problems and improvements'], other: ['六、其他需要报告的事项', 'other matters']
  };

  S.label = function (map, key) { var l = map[key]; return l ? S.t(l[0], l[1]) : document.createTextNode(key == null ? '—' : String(key)); };
  S.labelText = function (map, key) { var l = map[key]; return l ? l[0] + ' ' + l[1] : String(key); };

  S.sevBadge = function (sev) { return S.el('span', { class: 'sev sev-' + sev }, S.label(S.severity, sev)); };

  /** A check message is "中文 / English": shown as two lines. */
  S.message = function (msg) {
    var box = S.el('div', { class: 'msg' });
    if (!msg) return box;
    var i = msg.indexOf(' / ');
    if (i < 0) { box.appendChild(S.el('span', { class: 'zh', text: msg })); return box; }
    box.appendChild(S.el('span', { class: 'zh', text: msg.slice(0, i) }));
    box.appendChild(S.el('span', { class: 'en-line', lang: 'en', text: msg.slice(i + 3) }));
    return box;
  };

  S.num = function (v) { return v == null ? '—' : Number(v).toLocaleString('zh-CN', { maximumFractionDigits: 8 }); };

  S.header = function (current) {
    var nav = [['index.html', '概览', 'Overview', 'overview'], ['findings.html', '问题清单', 'Findings', 'findings']];
    var h = S.el('header', { class: 'site' },
      S.el('span', { class: 'brand' }, S.t('政府信息公开年报核查', 'Disclosure report watchdog')),
      S.el('nav', { 'aria-label': '主导航 main' }, nav.map(function (n) {
        return S.el('a', { href: n[0], 'aria-current': n[3] === current ? 'page' : null }, S.t(n[1], n[2]));
      })));
    document.body.insertBefore(h, document.body.firstChild);
  };

  S.fail = function (main, zh, en) {
    main.textContent = '';
    main.appendChild(S.el('div', { class: 'error-box', role: 'alert' }, S.t(zh, en)));
  };

  /**
   * A chart (Apache ECharts) with its data as a table behind it: the table is the accessible form and the one to copy
   * from. columns: [[zh, en], ...]; rows: arrays of values, first the category.
   */
  S.chart = function (parent, title, columns, rows, option) {
    var id = 'chart-' + Math.random().toString(36).slice(2, 9);
    var fig = S.el('figure', { style: 'margin:0' });
    fig.appendChild(S.el('figcaption', null, S.el('h3', null, S.t(title[0], title[1]))));
    var box = S.el('div', { class: 'chart', id: id, role: 'img', 'aria-label': title[0] + ' ' + title[1] + '（数据见下表 data in the table below）' });
    fig.appendChild(box);
    var table = S.el('table', { class: 'data' },
      S.el('caption', null, S.t(title[0], title[1])),
      S.el('thead', null, S.el('tr', null, columns.map(function (c, i) { return S.el('th', { scope: 'col', class: i ? 'num' : null }, S.t(c[0], c[1])); }))),
      S.el('tbody', null, rows.map(function (r) {
        return S.el('tr', null, r.map(function (v, i) {
          return i ? S.el('td', { class: 'num', text: S.num(v) }) : S.el('th', { scope: 'row', text: String(v) });
        }));
      })));
    fig.appendChild(S.el('details', { class: 'behind' }, S.el('summary', null, S.t('数据表', 'data table')), table));
    parent.appendChild(fig);
    if (window.echarts) {
      var chart = window.echarts.init(box, null, { renderer: 'canvas' });
      var base = {
        animation: false,
        textStyle: { fontFamily: getComputedStyle(document.body).fontFamily },
        tooltip: { trigger: 'axis' },
        legend: { top: 0 },
        grid: { left: 48, right: 16, top: 36, bottom: 28 },
        xAxis: { type: 'category', data: rows.map(function (r) { return String(r[0]); }) },
        yAxis: { type: 'value' }
      };
      for (var k in option) base[k] = option[k];
      chart.setOption(base);
      window.addEventListener('resize', function () { chart.resize(); });
    }
    return fig;
  };

  /** Sortable column headers: a button in each th, aria-sort kept true. */
  S.sortHeader = function (label, key, state, onSort, numeric) {
    var th = S.el('th', { scope: 'col', class: numeric ? 'num' : null });
    if (state.key === key) th.setAttribute('aria-sort', state.dir > 0 ? 'ascending' : 'descending');
    th.appendChild(S.el('button', { class: 'sort', type: 'button', onclick: function () { onSort(key); } }, S.t(label[0], label[1])));
    return th;
  };

  S.reportHref = function (fileKey, rule, scope) {
    var q = 'report.html?id=' + encodeURIComponent(fileKey);
    if (rule) q += '&rule=' + encodeURIComponent(rule) + '&scope=' + encodeURIComponent(scope || '');
    return q;
  };
  /** Marks the moment a page has drawn its content (performance.mark 'site-rendered'; the scale test reads it). */
  S.rendered = function () { if (window.performance && performance.mark) performance.mark('site-rendered'); };

  S.agencyHref = function (key) { return 'agency.html?a=' + encodeURIComponent(key); };
})();
