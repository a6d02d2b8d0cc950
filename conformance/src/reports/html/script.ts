/**
 * The page's script, inline and dependency-free: the filters (verdict, class, area, text search) and the
 * evidence, rendered from the embedded JSON only when a reader opens it (a full-width row under the requirement)
 * — with textContent, never as HTML.
 * Before printing it opens every evidence list (the exchanges a reader opened stay open) and closes them after.
 */
export const SCRIPT = `
(function () {
  'use strict';
  var form = document.getElementById('filters');
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr.req'));
  var groups = Array.prototype.slice.call(document.querySelectorAll('tr.group'));
  var sections = Array.prototype.slice.call(document.querySelectorAll('section.area'));
  var shown = document.getElementById('shown');
  var note = document.getElementById('filter-note');
  var empty = document.getElementById('no-match');
  var norm = function (s) { return s.normalize('NFKC').toLowerCase(); };
  var texts = rows.map(function (r) { return norm(r.textContent || ''); });

  function apply() {
    var verdicts = {}, labels = [];
    form.querySelectorAll('input[name=verdict]').forEach(function (box) {
      if (box.checked) verdicts[box.value] = true; else labels.push(box.parentNode.textContent.replace(/\\s*\\d+\\s*$/, '').trim());
    });
    var cls = form.elements['class'].value, area = form.elements['area'].value;
    var words = norm(form.elements['q'].value).split(/\\s+/).filter(Boolean);
    var count = 0, visibleGroups = {};
    rows.forEach(function (r, i) {
      var d = r.dataset;
      var ok = verdicts[d.verdict] === true && (!cls || d['class'] === cls) && (!area || d.area === area) &&
        words.every(function (w) { return texts[i].indexOf(w) >= 0; });
      r.hidden = !ok;
      if (ok) { count++; visibleGroups[d.group] = true; }
    });
    groups.forEach(function (g) { g.hidden = !visibleGroups[g.dataset.group]; });
    exrows.forEach(function (tr, d) { tr.hidden = d.closest('tr.req').hidden; });
    sections.forEach(function (s) { s.hidden = !s.querySelector('tr.req:not([hidden])'); });
    shown.textContent = rows.length + ' 件中 ' + count + ' 件を表示';
    empty.hidden = count > 0;
    var parts = [];
    if (labels.length) parts.push('除外した判定: ' + labels.join('、'));
    if (cls) parts.push('実装区分: ' + form.elements['class'].selectedOptions[0].textContent);
    if (area) parts.push('分野: ' + form.elements['area'].selectedOptions[0].textContent);
    if (words.length) parts.push('検索: 「' + form.elements['q'].value.trim() + '」');
    note.textContent = parts.length ? '絞り込み条件 — ' + parts.join('／') + '（' + shown.textContent + '）' : '';
  }
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  form.addEventListener('reset', function () { setTimeout(apply, 0); });

  var evidence = new Map(JSON.parse(document.getElementById('evidence-data').textContent || '[]'));
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function headers(h) { return Object.keys(h).map(function (k) { return k + ': ' + h[k]; }).join('\\n'); }
  function body(side) {
    if (side.bodyCut) return side.bodyCut.text + '\\n…（' + side.bodyCut.length + ' 文字のうち先頭のみ。全文は report.json にあります）';
    if (side.body === undefined) return '';
    return typeof side.body === 'string' ? side.body : JSON.stringify(side.body, null, 2);
  }
  function side(title, x) {
    var box = el('div', 'side');
    box.appendChild(el('p', 'line', title));
    var text = [headers(x.headers), body(x)].filter(Boolean).join('\\n\\n');
    if (text) box.appendChild(el('pre', '', text));
    return box;
  }
  // The exchanges of a check open in a full-width row under the requirement's row, and go when closed.
  function show(details) {
    var req = details.closest('tr.req'), check = details.dataset.check;
    var tr = el('tr', 'exrow'), td = el('td');
    td.colSpan = req.cells.length;
    tr.appendChild(td);
    td.appendChild(el('p', 'exhead', req.cells[0].textContent + '　検査 ' + check + ' で記録された要求・応答'));
    (evidence.get(check) || []).forEach(function (x, i) {
      var box = el('div', 'exchange');
      box.appendChild(el('p', 'seq', '記録 ' + (i + 1)));
      if (x.request) box.appendChild(side('要求　' + x.request.method + ' ' + x.request.url, x.request));
      if (x.response) box.appendChild(side('応答　' + x.response.status, x.response));
      else if (x.request) box.appendChild(el('p', 'line', '応答なし'));
      if (x.note) box.appendChild(el('p', 'note', '記録: ' + x.note));
      td.appendChild(box);
    });
    var after = req;
    while (after.nextElementSibling && after.nextElementSibling.classList.contains('exrow')) after = after.nextElementSibling;
    after.after(tr);
    tr.hidden = req.hidden;
    exrows.set(details, tr);
  }
  var exrows = new Map();
  document.addEventListener('toggle', function (e) {
    var d = e.target;
    if (!d.matches) return;
    if (d.matches('details.ex')) {
      if (d.open && !exrows.has(d)) show(d);
      if (!d.open && exrows.has(d)) { exrows.get(d).remove(); exrows.delete(d); }
    } else if (d.matches('details.ev') && !d.open) {
      d.querySelectorAll('details.ex[open]').forEach(function (x) { x.open = false; });
    }
  }, true);

  var opened = [];
  window.addEventListener('beforeprint', function () {
    opened = Array.prototype.slice.call(document.querySelectorAll('details.ev:not([open])'));
    opened.forEach(function (d) { d.open = true; });
  });
  window.addEventListener('afterprint', function () {
    opened.forEach(function (d) { d.open = false; });
    opened = [];
  });
  apply();
})();
`;
