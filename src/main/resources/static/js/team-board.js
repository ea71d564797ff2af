// Draws the team board's bar chart from the data the page puts on the canvas; the table next to it shows the same.
document.addEventListener("DOMContentLoaded", function () {
  var canvas = document.getElementById("workload-chart");
  if (!canvas || typeof Chart === "undefined") {
    return;
  }
  var data = JSON.parse(canvas.dataset.chart);
  new Chart(canvas, {
    type: "bar",
    data: {
      labels: data.labels,
      datasets: [
        { label: data.openLabel || "Open", data: data.open, backgroundColor: "#0b5cad" },
        { label: data.overdueLabel || "Overdue", data: data.overdue, backgroundColor: "#b3261e" }
      ]
    },
    options: { animation: false, responsive: true, maintainAspectRatio: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
  });
});
