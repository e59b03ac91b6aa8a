// Sorting by column and filtering by kind, year and place, for tables the server already ordered.
// Without JavaScript the tables keep that order and show every row.
(function () {
  "use strict";

  function key(cell) {
    var value = cell ? cell.getAttribute("data-sort") : "";
    if (value === null) { value = cell.textContent.trim(); }
    var number = Number(value);
    return value !== "" && !isNaN(number) ? { n: number } : { s: value };
  }

  function compare(a, b) {
    if (a.n !== undefined && b.n !== undefined) { return a.n - b.n; }
    if (a.s === "" && b.s !== "") { return 1; }
    if (b.s === "" && a.s !== "") { return -1; }
    if (a.n !== undefined) { return -1; }
    if (b.n !== undefined) { return 1; }
    return a.s.localeCompare(b.s, "zh-CN");
  }

  function sortBy(table, header, button) {
    var tbody = table.tBodies[0];
    var headers = Array.prototype.slice.call(header.parentNode.children);
    var column = headers.indexOf(header);
    var ascending = header.getAttribute("aria-sort") !== "ascending";
    headers.forEach(function (th) { th.removeAttribute("aria-sort"); });
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    var rows = Array.prototype.slice.call(tbody.rows);
    rows.forEach(function (row, index) { row.originalIndex = index; });
    rows.sort(function (a, b) {
      var order = compare(key(a.cells[column]), key(b.cells[column]));
      return (ascending ? order : -order) || a.originalIndex - b.originalIndex;
    });
    rows.forEach(function (row) { tbody.appendChild(row); });
    button.focus();
  }

  document.querySelectorAll("table.sortable").forEach(function (table) {
    table.querySelectorAll("button.sort").forEach(function (button) {
      button.addEventListener("click", function () { sortBy(table, button.closest("th"), button); });
    });
  });

  // Each form of filters acts on the fact tables of its page. A district option with a URL is one whose
  // figures are not all here: choosing it opens its own page, which lists them all.
  document.querySelectorAll("form.filters").forEach(function (form) {
    var selects = Array.prototype.slice.call(form.querySelectorAll("select[data-filter]"));
    form.hidden = false;
    var filter = function () {
      document.querySelectorAll("table.facts tbody tr").forEach(function (row) {
        row.hidden = !selects.every(function (select) {
          return !select.value || row.getAttribute("data-" + select.getAttribute("data-filter")) === select.value;
        });
      });
    };
    selects.forEach(function (select) {
      select.addEventListener("change", function () {
        var chosen = select.options[select.selectedIndex];
        if (chosen && chosen.getAttribute("data-url")) { window.location.href = chosen.getAttribute("data-url"); return; }
        filter();
      });
    });
  });
})();
