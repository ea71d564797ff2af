// Draws the dashboard's and the wall screen's charts from the data each page puts on its canvas;
// the tables beside them show the same figures.
(function () {
  function data(id) {
    var canvas = document.getElementById(id);
    return canvas && typeof Chart !== "undefined" ? { canvas: canvas, values: JSON.parse(canvas.dataset.chart) } : null;
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
        datasets: [{ label: "NPS", data: chart.values.nps, borderColor: "#0b5cad", backgroundColor: "#0b5cad",
          borderWidth: big ? 6 : 2, pointRadius: big ? 6 : 3, spanGaps: false, tension: 0.2 }]
      },
      options: {
        animation: false, responsive: true, maintainAspectRatio: false,
        plugins: { legend: { display: !big, labels: { font: font } } },
        scales: { y: { suggestedMin: -100, suggestedMax: 100, ticks: { font: font } }, x: { ticks: { font: font } } }
      }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    npsTrend(data("nps-trend-chart"), false);
    npsTrend(data("wall-trend-chart"), true);

    var touchpoints = data("touchpoint-chart");
    if (touchpoints) {
      new Chart(touchpoints.canvas, {
        type: "bar",
        data: { labels: touchpoints.values.labels,
          datasets: [{ label: "NPS by touchpoint", data: touchpoints.values.nps, backgroundColor: touchpoints.values.nps.map(function (v) {
            return v === null || v >= 0 ? "#1b7f3b" : "#b3261e"; }) }] },
        options: { animation: false, responsive: true, maintainAspectRatio: false, indexAxis: "y",
          scales: { x: { suggestedMin: -100, suggestedMax: 100 } } }
      });
    }

    var causes = data("cause-chart");
    if (causes) {
      new Chart(causes.canvas, {
        data: { labels: causes.values.labels, datasets: [
          { type: "bar", label: "Cases", data: causes.values.cases, backgroundColor: "#0b5cad", yAxisID: "y" },
          { type: "line", label: "Cumulative %", data: causes.values.cumulative, borderColor: "#b3261e", backgroundColor: "#b3261e", yAxisID: "share" }
        ] },
        options: { animation: false, responsive: true, maintainAspectRatio: false,
          scales: { y: { beginAtZero: true, ticks: { precision: 0 } }, share: { position: "right", min: 0, max: 100, grid: { drawOnChartArea: false } } } }
      });
    }
  });
})();
