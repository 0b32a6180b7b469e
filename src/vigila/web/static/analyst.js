/* Analyst dashboard: draws the reports-over-time chart from the JSON data block on the page.
   Loaded as a file (CSP script-src 'self'); the page also shows the same numbers as a table. */
(function () {
  "use strict";
  var PALETTE = ["#7a2e8e", "#b45309", "#1d4ed8", "#15803d", "#b91c1c", "#0f766e",
                 "#a16207", "#6d28d9", "#be185d", "#4b5563", "#0369a1", "#65a30d"];

  function readJSON(id) {
    var el = document.getElementById(id);
    if (!el) { return null; }
    try { return JSON.parse(el.textContent); } catch (e) { return null; }
  }

  function drawTimeline() {
    var data = readJSON("timeline-data");
    var canvas = document.getElementById("timeline");
    if (!data || !canvas || typeof window.Chart === "undefined") { return; }
    var datasets = data.series.map(function (s, i) {
      return { label: s.label, data: s.counts, backgroundColor: PALETTE[i % PALETTE.length], stack: "t" };
    });
    new window.Chart(canvas, {
      type: "bar",
      data: { labels: data.labels, datasets: datasets },
      options: {
        responsive: true, maintainAspectRatio: false, animation: false,
        plugins: { legend: { position: "bottom" }, title: { display: false } },
        scales: {
          x: { stacked: true, title: { display: true, text: data.x_title } },
          y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, title: { display: true, text: data.y_title } }
        }
      }
    });
    canvas.setAttribute("data-drawn", "1");
  }

  function confirmForms() {
    var forms = document.querySelectorAll("form[data-confirm]");
    Array.prototype.forEach.call(forms, function (form) {
      form.addEventListener("submit", function (ev) {
        if (!window.confirm(form.getAttribute("data-confirm"))) { ev.preventDefault(); }
      });
    });
  }

  function printButtons() {
    var buttons = document.querySelectorAll("[data-print]");
    Array.prototype.forEach.call(buttons, function (b) {
      b.hidden = false;
      b.addEventListener("click", function () { window.print(); });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    drawTimeline();
    confirmForms();
    printButtons();
  });
})();
