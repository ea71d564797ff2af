// Draws the dashboard's and the wall screen's charts from the data each page puts on its canvas
// (labels and series names come translated from the page); the tables beside them show the same
// figures. Content swapped in later (the wall's figures every minute) is drawn when it arrives.
(function () {
  function data(root, id) {
    var canvas = root.querySelector ? root.querySelector("#" + id) : null;
    if (!canvas && root.id === id) {
      canvas = root;
    }
    if (!canvas || typeof Chart === "undefined" || Chart.getChart(canvas)) {
      return null;
    }
    return { canvas: canvas, values: JSON.parse(canvas.dataset.chart) };
  }

  function series(chart, index, fallback) {
    return chart.values.series && chart.values.series[index] ? chart.values.series[index] : fallback;
  }

  function npsTrend(chart, big) {
    if (!chart) {
      return;
    }
    var font = big ? { size: 22 } : {};
    new Chart(chart.canvas, {
      type: "line",
      data: {
        labels: chart.values.labels,
        datasets: [{ label: series(chart, 0, "NPS"), data: chart.values.nps, borderColor: "#0b5cad", backgroundColor: "#0b5cad",
          borderWidth: big ? 6 : 2, pointRadius: big ? 6 : 3, spanGaps: false, tension: 0.2 }]
      },
      options: {
        animation: false, responsive: true, maintainAspectRatio: false,
        plugins: { legend: { display: !big, labels: { font: font } } },
        scales: { y: { suggestedMin: -100, suggestedMax: 100, ticks: { font: font } }, x: { ticks: { font: font } } }
      }
    });
  }

  function draw(root) {
    npsTrend(data(root, "nps-trend-chart"), false);
    npsTrend(data(root, "wall-trend-chart"), true);

    var cut = data(root, "cut-chart");
    if (cut) {
      new Chart(cut.canvas, {
        type: "bar",
        data: { labels: cut.values.labels,
          datasets: [{ label: series(cut, 0, "NPS"), data: cut.values.nps, backgroundColor: cut.values.nps.map(function (v) {
            return v === null || v >= 0 ? "#1b7f3b" : "#b3261e"; }) }] },
        options: { animation: false, responsive: true, maintainAspectRatio: false, indexAxis: "y",
          scales: { x: { suggestedMin: -100, suggestedMax: 100 } } }
      });
    }

    var causes = data(root, "cause-chart");
    if (causes) {
      new Chart(causes.canvas, {
        data: { labels: causes.values.labels, datasets: [
          { type: "bar", label: series(causes, 0, "Cases"), data: causes.values.cases, backgroundColor: "#0b5cad", yAxisID: "y" },
          { type: "line", label: series(causes, 1, "Cumulative %"), data: causes.values.cumulative, borderColor: "#b3261e",
            backgroundColor: "#b3261e", yAxisID: "share" }
        ] },
        options: { animation: false, responsive: true, maintainAspectRatio: false,
          scales: { y: { beginAtZero: true, ticks: { precision: 0 } }, share: { position: "right", min: 0, max: 100, grid: { drawOnChartArea: false } } } }
      });
    }
  }

  document.addEventListener("DOMContentLoaded", function () {
    draw(document);
  });
  document.addEventListener("htmx:load", function (event) {
    draw(event.detail.elt);
  });
})();
