/* Sort and filter the findings table in the page itself: no network, no library. */
(function () {
  "use strict";
  var table = document.getElementById("bevindingen-tabel");
  if (!table) { return; }
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var text = document.getElementById("filter-tekst");
  var severity = document.getElementById("filter-ernst");
  var rule = document.getElementById("filter-controle");
  var count = document.getElementById("filter-aantal");
  document.getElementById("filters").hidden = false;

  function filter() {
    var words = text.value.toLowerCase().trim();
    var shown = 0;
    rows.forEach(function (row) {
      var keep = (!severity.value || row.getAttribute("data-ernst") === severity.value) &&
        (!rule.value || row.getAttribute("data-controle") === rule.value) &&
        (!words || row.textContent.toLowerCase().indexOf(words) >= 0);
      row.hidden = !keep;
      if (keep) { shown += 1; }
    });
    count.textContent = shown + " van " + rows.length + " bevindingen getoond";
  }

  function sortKey(cell, numeric) {
    var value = cell.getAttribute("data-value");
    if (value === null) { value = cell.textContent.trim(); }
    return numeric ? parseFloat(value) || 0 : value;
  }

  heads.forEach(function (head, index) {
    var button = head.querySelector("button");
    if (!button) { return; }
    var numeric = button.hasAttribute("data-numeric");
    button.addEventListener("click", function () {
      var ascending = head.getAttribute("aria-sort") !== "ascending";
      heads.forEach(function (other) { other.setAttribute("aria-sort", "none"); });
      head.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      rows.sort(function (a, b) {
        var x = sortKey(a.cells[index], numeric);
        var y = sortKey(b.cells[index], numeric);
        var order = numeric ? x - y : String(x).localeCompare(String(y), "nl", { numeric: true });
        return ascending ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });

  [text, severity, rule].forEach(function (control) {
    control.addEventListener("input", filter);
    control.addEventListener("change", filter);
  });
  Array.prototype.forEach.call(document.querySelectorAll("a[data-controle]"), function (link) {
    link.addEventListener("click", function () {
      rule.value = link.getAttribute("data-controle");
      filter();
    });
  });
  filter();
}());
