// Sorting a page's tables by column, and the district menu of the figure filters. Without JavaScript
// the tables keep the order the build gave them and the other filters, which are links, still work.
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

  // The filters are links to pages the build made; the district menu, shown only where scripts run,
  // opens the chosen district's page.
  document.querySelectorAll("select[data-navigate]").forEach(function (select) {
    select.closest("[hidden]").hidden = false;
    select.addEventListener("change", function () {
      if (select.value) { window.location.href = select.value; }
    });
  });
})();
