/**
 * The script of the HTML report: filters, expand/collapse all, and "copy" for curl lines.
 * The page is complete without it; controls that need it start `hidden` and it reveals them.
 * Plain ES2017 with no template literals, so it sits in a TS template string unchanged.
 */
export const HTML_SCRIPT = `
(function () {
  'use strict';
  var rows = Array.prototype.slice.call(document.querySelectorAll('tr[data-outcome]'));
  var groups = Array.prototype.slice.call(document.querySelectorAll('tbody[data-area]'));
  var filters = Array.prototype.slice.call(document.querySelectorAll('button[data-filter]'));
  var empty = document.getElementById('empty');

  function applyFilter(filter) {
    var shown = 0;
    rows.forEach(function (row) {
      var visible = filter === 'all' || row.getAttribute('data-outcome') === filter;
      row.hidden = !visible;
      if (visible) shown++;
    });
    groups.forEach(function (group) {
      group.hidden = !group.querySelector('tr[data-outcome]:not([hidden])');
    });
    filters.forEach(function (button) {
      button.setAttribute('aria-pressed', String(button.getAttribute('data-filter') === filter));
    });
    if (empty) empty.hidden = shown > 0;
  }

  function openRow(row) {
    Array.prototype.forEach.call(row.querySelectorAll('details'), function (d) { d.open = true; });
  }

  filters.forEach(function (button) {
    button.addEventListener('click', function () {
      var filter = button.getAttribute('data-filter');
      applyFilter(filter);
      // Narrowing to what went wrong means wanting to see why: open those rows.
      if (filter === 'failed' || filter === 'warning' || filter === 'errored') {
        rows.forEach(function (row) { if (!row.hidden) openRow(row); });
      }
    });
  });

  // A link from "Needs attention" shows its row (whatever the filter) with the findings open.
  function jumpTo(id) {
    var row = document.getElementById(id);
    if (!row || !row.hasAttribute('data-outcome')) return;
    if (row.hidden) applyFilter('all');
    openRow(row);
  }
  Array.prototype.forEach.call(document.querySelectorAll('a[data-jump]'), function (link) {
    link.addEventListener('click', function () { jumpTo(link.getAttribute('data-jump')); });
  });

  function setOpen(open) {
    rows.forEach(function (row) {
      if (row.hidden) return;
      Array.prototype.forEach.call(row.querySelectorAll('details'), function (d) { d.open = open; });
    });
  }
  var expand = document.getElementById('expand-all');
  var collapse = document.getElementById('collapse-all');
  if (expand) expand.addEventListener('click', function () { setOpen(true); });
  if (collapse) collapse.addEventListener('click', function () { setOpen(false); });

  function copyWithTextarea(text) {
    var area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'offscreen';
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok;
  }

  function selectText(node) {
    var range = document.createRange();
    range.selectNodeContents(node);
    var selection = window.getSelection();
    if (selection) { selection.removeAllRanges(); selection.addRange(range); }
  }

  function flash(button, label) {
    button.textContent = label;
    setTimeout(function () { button.textContent = 'Copy'; }, 1600);
  }

  Array.prototype.forEach.call(document.querySelectorAll('button[data-copy]'), function (button) {
    button.addEventListener('click', function () {
      var source = document.getElementById(button.getAttribute('data-copy'));
      if (!source) return;
      var text = source.textContent || '';
      function fallback() {
        if (copyWithTextarea(text)) { flash(button, 'Copied'); return; }
        // Last resort: select it so the reader can press Ctrl+C / Cmd+C.
        selectText(source);
        flash(button, 'Press Ctrl+C');
      }
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(text).then(function () { flash(button, 'Copied'); }, fallback);
      } else {
        fallback();
      }
    });
  });

  Array.prototype.forEach.call(document.querySelectorAll('[data-needs-js]'), function (el) { el.hidden = false; });
  var wanted = location.hash.slice(1);
  var isFilter = filters.some(function (b) { return b.getAttribute('data-filter') === wanted; });
  applyFilter(isFilter ? wanted : 'all');
  if (isFilter && wanted !== 'all' && wanted !== 'skipped') rows.forEach(function (row) { if (!row.hidden) openRow(row); });
  if (!isFilter && wanted) jumpTo(wanted);
})();
`;
